package org.onewindow.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.channel.ChannelStore;
import org.onewindow.channel.ChannelUser;
import org.onewindow.codec.Json;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

/**
 * {@link ChannelStore} on SQL (SQLite or PostgreSQL). Claims and inserts use
 * {@code INSERT … ON CONFLICT DO NOTHING}, which both databases know, so a repeat is a row count
 * of 0 rather than an exception that would fail the other writes of a group commit.
 */
public final class SqlChannelStore implements ChannelStore {

    private static final TypeReference<List<QuickReply>> OPTIONS = new TypeReference<>() {};
    private static final String COLUMNS = "channel, user_id, conversation_id, token, locale, options, sent_seq";

    private final SqlDatabase db;

    public SqlChannelStore(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public Future<Optional<ChannelUser>> find(String channel, String userId) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM channel_users WHERE channel = ? AND user_id = ?")) {
                select.setString(1, channel);
                select.setString(2, userId);
                List<ChannelUser> found = readUsers(select);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public Future<List<ChannelUser>> all() {
        return db.read(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM channel_users ORDER BY created_at")) {
                return readUsers(select);
            }
        });
    }

    @Override
    public Future<Boolean> insert(ChannelUser user, Instant at) {
        return db.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO channel_users (" + COLUMNS
                    + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (channel, user_id) DO NOTHING")) {
                insert.setString(1, user.channel());
                insert.setString(2, user.userId());
                insert.setString(3, user.conversationId());
                insert.setString(4, user.token());
                insert.setString(5, user.locale().code());
                insert.setString(6, Json.write(user.options()));
                insert.setLong(7, user.sentSeq());
                insert.setLong(8, at.toEpochMilli());
                insert.setLong(9, at.toEpochMilli());
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Future<Void> saveOptions(String channel, String userId, List<QuickReply> options, Instant at) {
        return db.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE channel_users SET options = ?, updated_at = ? WHERE channel = ? AND user_id = ?")) {
                update.setString(1, Json.write(List.copyOf(options)));
                update.setLong(2, at.toEpochMilli());
                update.setString(3, channel);
                update.setString(4, userId);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Void> advanceSentSeq(String channel, String userId, long seq, Instant at) {
        return db.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE channel_users SET sent_seq = ?, updated_at = ? WHERE channel = ? AND user_id = ? AND sent_seq < ?")) {
                update.setLong(1, seq);
                update.setLong(2, at.toEpochMilli());
                update.setString(3, channel);
                update.setString(4, userId);
                update.setLong(5, seq);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Boolean> claim(String channel, String key, Instant at) {
        return db.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO channel_claims (channel, claim_key, claimed_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (channel, claim_key) DO NOTHING")) {
                insert.setString(1, channel);
                insert.setString(2, key);
                insert.setLong(3, at.toEpochMilli());
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Future<Boolean> claimUnlessFresh(String channel, String key, Instant at, Instant staleBefore) {
        return db.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO channel_claims (channel, claim_key, claimed_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (channel, claim_key) DO UPDATE SET claimed_at = excluded.claimed_at"
                            + " WHERE channel_claims.claimed_at < ?")) {
                upsert.setString(1, channel);
                upsert.setString(2, key);
                upsert.setLong(3, at.toEpochMilli());
                upsert.setLong(4, staleBefore.toEpochMilli());
                return upsert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Future<Void> release(String channel, String key) {
        return db.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM channel_claims WHERE channel = ? AND claim_key = ?")) {
                delete.setString(1, channel);
                delete.setString(2, key);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Integer> purgeClaims(Instant before) {
        return db.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM channel_claims WHERE claimed_at < ?")) {
                delete.setLong(1, before.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public Future<Void> saveAction(String shortId, String action, Instant at) {
        return db.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO channel_actions (short_id, action, created_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (short_id) DO NOTHING")) {
                insert.setString(1, shortId);
                insert.setString(2, action);
                insert.setLong(3, at.toEpochMilli());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Optional<String>> action(String shortId) {
        return db.read(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT action FROM channel_actions WHERE short_id = ?")) {
                select.setString(1, shortId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private static List<ChannelUser> readUsers(PreparedStatement select) throws SQLException {
        List<ChannelUser> users = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                users.add(new ChannelUser(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Lang.parseOrNull(rs.getString(5)),
                        readOptions(rs.getString(6)),
                        rs.getLong(7)));
            }
        }
        return users;
    }

    private static List<QuickReply> readOptions(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, OPTIONS);
        } catch (java.io.IOException e) {
            throw new SQLException("channel_users.options is not a JSON list of quick replies", e);
        }
    }
}
