package org.onewindow.store;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.insight.FaqDraft;
import org.onewindow.insight.FeedbackStore;

/** {@link FeedbackStore} on SQL; a decision is one conditional UPDATE, so two admins cannot both decide. */
public final class SqlFeedbackStore implements FeedbackStore {

    private static final String COLUMNS =
            "id, conversation_id, seq, question, wrong_answer, correct_answer, lang, status,"
                    + " created_by, created_at, decided_by, decided_at";

    private final SqlDatabase db;

    public SqlFeedbackStore(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public Future<FaqDraft> create(FaqDraft d) {
        return db.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO faq_drafts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, d.id());
                insert.setString(2, d.conversationId());
                insert.setLong(3, d.seq());
                insert.setString(4, d.question());
                insert.setString(5, d.wrongAnswer() == null ? "" : d.wrongAnswer());
                insert.setString(6, d.correctAnswer());
                insert.setString(7, d.lang());
                insert.setString(8, d.status());
                insert.setString(9, d.createdBy());
                insert.setLong(10, d.createdAt().toEpochMilli());
                insert.setString(11, d.decidedBy());
                if (d.decidedAt() == null) {
                    insert.setNull(12, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(12, d.decidedAt().toEpochMilli());
                }
                insert.executeUpdate();
            }
            return d;
        });
    }

    @Override
    public Future<List<FaqDraft>> list(String status, int limit) {
        return db.read(connection -> {
            String where = status == null ? "" : " WHERE status = ?";
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM faq_drafts" + where + " ORDER BY created_at DESC, id LIMIT ?")) {
                int i = 1;
                if (status != null) {
                    select.setString(i++, status);
                }
                select.setInt(i, limit);
                return drafts(select);
            }
        });
    }

    @Override
    public Future<Optional<FaqDraft>> find(String id) {
        return db.read(connection -> find(connection, id));
    }

    @Override
    public Future<Optional<FaqDraft>> transition(String id, String from, String to, String by, Instant at) {
        return db.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE faq_drafts SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = ?")) {
                update.setString(1, to);
                update.setString(2, by);
                update.setLong(3, at.toEpochMilli());
                update.setString(4, id);
                update.setString(5, from);
                if (update.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return find(connection, id);
        });
    }

    private static Optional<FaqDraft> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM faq_drafts WHERE id = ?")) {
            select.setString(1, id);
            return drafts(select).stream().findFirst();
        }
    }

    private static List<FaqDraft> drafts(PreparedStatement select) throws SQLException {
        List<FaqDraft> out = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long decidedAt = rs.getLong(12);
                boolean decided = !rs.wasNull();
                out.add(new FaqDraft(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        Instant.ofEpochMilli(rs.getLong(10)),
                        rs.getString(11),
                        decided ? Instant.ofEpochMilli(decidedAt) : null));
            }
        }
        return out;
    }
}
