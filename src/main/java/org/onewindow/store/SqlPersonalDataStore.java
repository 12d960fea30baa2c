package org.onewindow.store;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.privacy.PersonalDataStore;

/** {@link PersonalDataStore} over the SQL tables of every store. */
public final class SqlPersonalDataStore implements PersonalDataStore {

    private final SqlDatabase db;

    public SqlPersonalDataStore(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public Future<Map<String, List<Map<String, Object>>>> export(String uscc) {
        return db.read(connection -> {
            List<String> conversations = conversationIds(connection, uscc);
            List<String> submissions = submissionIds(connection, uscc, conversations);
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            out.put(
                    "conversations",
                    rows(
                            connection,
                            "SELECT id, channel, enterprise, created_at, updated_at FROM conversations"
                                    + " WHERE id IN " + in(conversations),
                            conversations));
            out.put(
                    "messages",
                    rows(
                            connection,
                            "SELECT conversation_id, seq, body, created_at FROM messages" + " WHERE conversation_id IN "
                                    + in(conversations) + " ORDER BY conversation_id, seq",
                            conversations));
            out.put(
                    "notes",
                    rows(
                            connection,
                            "SELECT conversation_id, author, body, created_at FROM handoff_notes"
                                    + " WHERE conversation_id IN " + in(conversations),
                            conversations));
            out.put(
                    "submissions",
                    rows(
                            connection,
                            "SELECT id, version, receipt, process_id, payload, status, created_at"
                                    + " FROM submissions WHERE id IN " + in(submissions) + " ORDER BY id, version",
                            submissions));
            out.put(
                    "profile",
                    rows(
                            connection,
                            "SELECT fact_key, fact_value, source, updated_at FROM enterprise_facts" + " WHERE uscc = ?",
                            List.of(uscc)));
            return out;
        });
    }

    @Override
    public Future<Erasure> erase(String uscc) {
        return db.write(connection -> {
            List<String> conversations = conversationIds(connection, uscc);
            List<String> submissions = submissionIds(connection, uscc, conversations);
            Map<String, Integer> deleted = new LinkedHashMap<>();
            deleted.put(
                    "outbox_attempts",
                    delete(
                            connection,
                            "DELETE FROM outbox_attempts WHERE delivery_id IN"
                                    + " (SELECT id FROM outbox WHERE submission_id IN " + in(submissions) + ")",
                            submissions));
            deleted.put(
                    "outbox",
                    delete(connection, "DELETE FROM outbox WHERE submission_id IN " + in(submissions), submissions));
            deleted.put(
                    "submissions",
                    delete(connection, "DELETE FROM submissions WHERE id IN " + in(submissions), submissions));
            for (String table : List.of("messages", "client_messages", "handoff_notes", "handoffs", "channel_users")) {
                deleted.put(
                        table,
                        delete(
                                connection,
                                "DELETE FROM " + table + " WHERE conversation_id IN " + in(conversations),
                                conversations));
            }
            deleted.put(
                    "conversations",
                    delete(connection, "DELETE FROM conversations WHERE id IN " + in(conversations), conversations));
            deleted.put(
                    "enterprise_facts",
                    delete(connection, "DELETE FROM enterprise_facts WHERE uscc = ?", List.of(uscc)));
            return new Erasure(conversations, deleted);
        });
    }

    @Override
    public Future<Erasure> purgeBefore(long cutoffMillis) {
        return db.write(connection -> {
            List<String> conversations = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id FROM conversations WHERE updated_at < ?"
                            + " AND id NOT IN (SELECT conversation_id FROM handoffs WHERE status <> 'closed')")) {
                select.setLong(1, cutoffMillis);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        conversations.add(rs.getString(1));
                    }
                }
            }
            Map<String, Integer> deleted = new LinkedHashMap<>();
            for (String table : List.of("messages", "client_messages", "handoff_notes", "handoffs", "channel_users")) {
                deleted.put(
                        table,
                        delete(
                                connection,
                                "DELETE FROM " + table + " WHERE conversation_id IN " + in(conversations),
                                conversations));
            }
            deleted.put(
                    "conversations",
                    delete(connection, "DELETE FROM conversations WHERE id IN " + in(conversations), conversations));
            try (PreparedStatement redact = connection.prepareStatement(
                    "UPDATE submissions SET payload = '{\"redacted\":true}'"
                            + " WHERE updated_at < ? AND status IN ('approved', 'rejected', 'withdrawn') AND payload <> '{\"redacted\":true}'")) {
                redact.setLong(1, cutoffMillis);
                deleted.put("submissionPayloads", redact.executeUpdate());
            }
            return new Erasure(conversations, deleted);
        });
    }

    /** Conversations verified for the enterprise, or in which its code was typed. */
    private static List<String> conversationIds(Connection connection, String uscc) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM conversations WHERE verified_uscc = ? OR enterprise LIKE ?")) {
            select.setString(1, uscc);
            select.setString(2, "%\"uscc\":\"" + uscc + "\"%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Submissions of those conversations, or made for the verified enterprise. */
    private static List<String> submissionIds(Connection connection, String uscc, List<String> conversations)
            throws SQLException {
        List<Object> args = new ArrayList<>(conversations);
        args.add(uscc);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT id FROM submissions WHERE"
                + " conversation_id IN " + in(conversations) + " OR enterprise_uscc = ?")) {
            bind(select, args);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** {@code (?, ?, …)} for the values, or a list that matches nothing when there are none. */
    private static String in(List<String> values) {
        return values.isEmpty()
                ? "(NULL)"
                : "(" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")";
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, List<String> args)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, new ArrayList<>(args));
            try (ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static int delete(Connection connection, String sql, List<String> args) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            bind(delete, new ArrayList<>(args));
            return delete.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
    }
}
