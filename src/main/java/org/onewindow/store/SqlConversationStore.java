package org.onewindow.store;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.codec.Json;
import org.onewindow.connector.SubmissionVersion;
import org.onewindow.conversation.AnswerLogEntry;
import org.onewindow.conversation.ClientMessageRecord;
import org.onewindow.conversation.Conversation;
import org.onewindow.conversation.ConversationStore;
import org.onewindow.conversation.ConversationSummary;
import org.onewindow.conversation.HandoffChange;
import org.onewindow.conversation.SubmissionRecord;
import org.onewindow.conversation.TurnRecord;
import org.onewindow.dialogue.DialogueState;
import org.onewindow.shared.Enterprise;
import org.onewindow.shared.HandoffInfo;
import org.onewindow.shared.Message;

/** {@link ConversationStore} on SQL (SQLite or PostgreSQL); records are stored as JSON text. */
public final class SqlConversationStore implements ConversationStore {

    private final SqlDatabase db;
    private final SqlOutboxStore outbox;

    public SqlConversationStore(SqlDatabase db, SqlOutboxStore outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    @Override
    public Future<Void> create(Conversation c, List<Message> firstMessages) {
        // JSON is written here, on the caller's thread: the one writer thread only runs the statements.
        String enterpriseJson = Json.write(c.enterprise());
        String stateJson = Json.write(c.state());
        List<String> bodies = bodies(firstMessages);
        return db.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO conversations (id, token_hash, channel, enterprise, state, last_seq, created_at, updated_at,"
                            + " verified_uscc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, c.id());
                insert.setString(2, HexFormat.of().formatHex(c.tokenHash()));
                insert.setString(3, c.channel());
                insert.setString(4, enterpriseJson);
                insert.setString(5, stateJson);
                insert.setLong(6, c.lastSeq());
                insert.setLong(7, c.createdAt().toEpochMilli());
                insert.setLong(8, c.createdAt().toEpochMilli());
                insert.setString(9, c.enterprise().verified() ? c.enterprise().uscc() : null);
                insert.executeUpdate();
            }
            insertMessages(connection, c.id(), firstMessages, bodies, null);
            return null;
        });
    }

    @Override
    public Future<Optional<Conversation>> find(String id) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT token_hash, channel, enterprise, state, last_seq, created_at FROM conversations WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Conversation(
                            id,
                            HexFormat.of().parseHex(rs.getString(1)),
                            rs.getString(2),
                            Json.read(rs.getString(3), Enterprise.class),
                            Json.read(rs.getString(4), DialogueState.class),
                            rs.getLong(5),
                            Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
        });
    }

    @Override
    public Future<Void> append(TurnRecord turn) {
        String stateJson = Json.write(turn.state());
        List<String> bodies = bodies(turn.messages());
        return db.write(connection -> {
            insertMessages(connection, turn.conversationId(), turn.messages(), bodies, turn.answer());
            long now = turn.messages().isEmpty()
                    ? System.currentTimeMillis()
                    : turn.messages().get(0).at().toEpochMilli();
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE conversations SET state = ?, last_seq = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, stateJson);
                update.setLong(2, turn.lastSeq());
                update.setLong(3, now);
                update.setString(4, turn.conversationId());
                if (update.executeUpdate() != 1) {
                    throw new SQLException("conversation " + turn.conversationId() + " does not exist");
                }
            }
            for (SubmissionRecord submission : turn.submissions()) {
                insertSubmission(connection, submission);
                // The transactional outbox: the deliveries are committed with the submission, or not at all.
                outbox.insert(
                        connection,
                        new SubmissionVersion(
                                submission.id(),
                                submission.version(),
                                submission.processId(),
                                submission.conversationId(),
                                submission.payloadJson(),
                                submission.targets()));
            }
            for (Map.Entry<String, String> status : turn.submissionStatuses().entrySet()) {
                try (PreparedStatement update =
                        connection.prepareStatement("UPDATE submissions SET status = ?, updated_at = ? WHERE id = ?")) {
                    update.setString(1, status.getValue());
                    update.setLong(2, now);
                    update.setString(3, status.getKey());
                    update.executeUpdate();
                }
            }
            if (turn.openedHandoff() != null) {
                HandoffInfo h = turn.openedHandoff();
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO handoffs (id, conversation_id, department, status, reason, requested_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, h.id());
                    insert.setString(2, turn.conversationId());
                    insert.setString(3, h.department());
                    insert.setString(4, h.status());
                    insert.setString(5, h.reason());
                    insert.setLong(6, h.requestedAt().toEpochMilli());
                    insert.executeUpdate();
                }
            }
            if (turn.handoffChange() != null) {
                HandoffChange change = turn.handoffChange();
                // Leaving and call-backs only while still queued: a person who claimed it meanwhile keeps
                // it (the claim's turn follows). A rating once, for a closed handoff of this conversation.
                try (PreparedStatement update = connection.prepareStatement(
                        change.rating() > 0
                                ? "UPDATE handoffs SET rating = ? WHERE id = ? AND conversation_id = ? AND status = 'closed' AND rating IS NULL"
                                : change.left()
                                        ? "UPDATE handoffs SET status = 'closed', closed_by = 'enterprise', closed_at = ? WHERE id = ? AND status = 'queued'"
                                        : "UPDATE handoffs SET callback_contact = ? WHERE id = ? AND status = 'queued'")) {
                    if (change.rating() > 0) {
                        update.setInt(1, change.rating());
                    } else if (change.left()) {
                        update.setLong(1, now);
                    } else {
                        update.setString(1, change.callBack());
                    }
                    update.setString(2, change.handoffId());
                    if (change.rating() > 0) {
                        update.setString(3, turn.conversationId());
                    }
                    update.executeUpdate();
                }
            }
            if (turn.clientMessageId() != null && !turn.messages().isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO client_messages (conversation_id, client_message_id, request_hash, first_seq, last_seq, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, turn.conversationId());
                    insert.setString(2, turn.clientMessageId());
                    insert.setString(3, turn.requestHash());
                    insert.setLong(4, turn.messages().get(0).seq());
                    insert.setLong(5, turn.lastSeq());
                    insert.setLong(6, now);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Future<List<Message>> messagesAfter(String conversationId, long afterSeq, int limit) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT body FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?")) {
                select.setString(1, conversationId);
                select.setLong(2, afterSeq);
                select.setInt(3, limit);
                return readMessages(select);
            }
        });
    }

    @Override
    public Future<List<Message>> messagesBetween(String conversationId, long fromSeq, long toSeq) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT body FROM messages WHERE conversation_id = ? AND seq BETWEEN ? AND ? ORDER BY seq")) {
                select.setString(1, conversationId);
                select.setLong(2, fromSeq);
                select.setLong(3, toSeq);
                return readMessages(select);
            }
        });
    }

    @Override
    public Future<Optional<ClientMessageRecord>> findClientMessage(String conversationId, String clientMessageId) {
        return db.read(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT request_hash, first_seq, last_seq FROM client_messages"
                            + " WHERE conversation_id = ? AND client_message_id = ?")) {
                select.setString(1, conversationId);
                select.setString(2, clientMessageId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new ClientMessageRecord(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Future<Long> nextReceiptNumber(int year) {
        return db.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE receipt_counters SET last_value = last_value + 1 WHERE year = ?")) {
                update.setInt(1, year);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO receipt_counters (year, last_value) VALUES (?, 1)")) {
                        insert.setInt(1, year);
                        insert.executeUpdate();
                    }
                }
            }
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT last_value FROM receipt_counters WHERE year = ?")) {
                select.setInt(1, year);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Future<Map<String, Object>> earlierAnswers(String uscc) {
        return db.read(connection -> {
            Map<String, Object> answers = new java.util.LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT payload FROM submissions WHERE enterprise_uscc = ? ORDER BY created_at DESC, version DESC LIMIT 20")) {
                select.setString(1, uscc);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        com.fasterxml.jackson.databind.JsonNode payload =
                                Json.mapper().readTree(rs.getString(1));
                        payload.path("answers").fields().forEachRemaining(e -> {
                            if (e.getValue().isValueNode()) {
                                answers.putIfAbsent(e.getKey(), e.getValue().asText());
                            }
                        });
                    }
                }
            } catch (java.io.IOException e) {
                throw new SQLException("a stored submission payload is not JSON", e);
            }
            return answers;
        });
    }

    @Override
    public Future<Optional<String>> conversationOfSubmission(String submissionId) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT conversation_id FROM submissions WHERE id = ? ORDER BY version DESC LIMIT 1")) {
                select.setString(1, submissionId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Future<List<ConversationSummary>> recent(int limit) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + " FROM conversations ORDER BY updated_at DESC LIMIT ?")) {
                select.setInt(1, limit);
                return summaries(select);
            }
        });
    }

    @Override
    public Future<List<ConversationSummary>> summaries(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM conversations WHERE id IN ("
                    + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
                    + ") ORDER BY updated_at DESC")) {
                int i = 1;
                for (String id : ids) {
                    select.setString(i++, id);
                }
                return summaries(select);
            }
        });
    }

    /** The columns of a summary, with the enterprise's first message (by the primary key's order, at most one row read). */
    private static final String SUMMARY_COLUMNS = "id, channel, enterprise, state, last_seq, updated_at,"
            + " (SELECT m.body FROM messages m WHERE m.conversation_id = conversations.id"
            + " AND m.body LIKE '{\"seq\":%,\"from\":\"user\"%' ORDER BY m.seq LIMIT 1)";

    private static List<ConversationSummary> summaries(PreparedStatement select) throws SQLException {
        List<ConversationSummary> rows = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Enterprise enterprise = Json.read(rs.getString(3), Enterprise.class);
                DialogueState state = Json.read(rs.getString(4), DialogueState.class);
                String first = rs.getString(7);
                rows.add(new ConversationSummary(
                        rs.getString(1),
                        rs.getString(2),
                        state.mode().toString(),
                        enterprise.name(),
                        enterprise.verified() ? enterprise.uscc() : null,
                        first == null ? null : Json.read(first, Message.class).text(),
                        rs.getLong(5),
                        Instant.ofEpochMilli(rs.getLong(6))));
            }
        }
        return rows;
    }

    @Override
    public Future<List<String>> verifiedConversations(String uscc) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM conversations WHERE verified_uscc = ? ORDER BY updated_at DESC LIMIT 20")) {
                select.setString(1, uscc);
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public Future<Optional<SubmissionRecord>> latestSubmission(String submissionId) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version, receipt, conversation_id, process_id, enterprise_uscc, payload, status, expected_by,"
                            + " created_at FROM submissions WHERE id = ? ORDER BY version DESC LIMIT 1")) {
                select.setString(1, submissionId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new SubmissionRecord(
                            submissionId,
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            Instant.ofEpochMilli(rs.getLong(9)),
                            List.of()));
                }
            }
        });
    }

    @Override
    public Future<List<SubmissionRecord>> undecidedSubmissions(String processId) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT s.id, s.version, s.receipt, s.conversation_id, s.process_id, s.enterprise_uscc, s.payload, s.status,"
                            + " s.expected_by, s.created_at FROM submissions s WHERE s.process_id = ?"
                            + " AND s.status NOT IN ('approved', 'rejected', 'withdrawn')"
                            + " AND s.version = (SELECT MAX(v.version) FROM submissions v WHERE v.id = s.id)"
                            + " ORDER BY s.created_at LIMIT 500")) {
                select.setString(1, processId);
                List<SubmissionRecord> records = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        records.add(new SubmissionRecord(
                                rs.getString(1),
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                Instant.ofEpochMilli(rs.getLong(10)),
                                List.of()));
                    }
                }
                return records;
            }
        });
    }

    @Override
    public Future<Integer> queuedIn(String department) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM handoffs WHERE status = 'queued' AND department = ?")) {
                select.setString(1, department);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public Future<Void> ping() {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1")) {
                select.executeQuery().close();
            }
            return null;
        });
    }

    private static List<String> bodies(List<Message> messages) {
        List<String> bodies = new ArrayList<>(messages.size());
        for (Message m : messages) {
            bodies.add(Json.write(m));
        }
        return bodies;
    }

    /**
     * Inserts {@code messages}, whose JSON is {@code bodies}; the one whose seq is {@code answer}'s
     * (when there is an answer) carries the answer's record.
     */
    private static void insertMessages(
            Connection connection,
            String conversationId,
            List<Message> messages,
            List<String> bodies,
            AnswerLogEntry answer)
            throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        boolean answerStored = answer == null;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO messages (conversation_id, seq, body, created_at, question, lang, outcome, confidence, passages)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < messages.size(); i++) {
                Message m = messages.get(i);
                insert.setString(1, conversationId);
                insert.setLong(2, m.seq());
                insert.setString(3, bodies.get(i));
                insert.setLong(4, m.at().toEpochMilli());
                if (answer != null && answer.seq() == m.seq()) {
                    insert.setString(5, answer.question());
                    insert.setString(6, answer.lang());
                    insert.setString(7, answer.outcome());
                    insert.setDouble(8, answer.confidence());
                    insert.setString(9, answer.passagesJson());
                    answerStored = true;
                } else {
                    insert.setNull(5, Types.VARCHAR);
                    insert.setNull(6, Types.VARCHAR);
                    insert.setNull(7, Types.VARCHAR);
                    insert.setNull(8, Types.DOUBLE);
                    insert.setNull(9, Types.VARCHAR);
                }
                insert.addBatch();
            }
            if (!answerStored) {
                throw new SQLException("the answer of seq " + answer.seq() + " has no message in this turn");
            }
            insert.executeBatch();
        }
    }

    private static void insertSubmission(Connection connection, SubmissionRecord s) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO submissions (id, version, receipt, conversation_id, process_id, enterprise_uscc, payload,"
                        + " status, expected_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, s.id());
            insert.setInt(2, s.version());
            insert.setString(3, s.receipt());
            insert.setString(4, s.conversationId());
            insert.setString(5, s.processId());
            insert.setString(6, s.enterpriseUscc());
            insert.setString(7, s.payloadJson());
            insert.setString(8, s.status());
            insert.setString(9, s.expectedBy());
            insert.setLong(10, s.createdAt().toEpochMilli());
            insert.setLong(11, s.createdAt().toEpochMilli());
            insert.executeUpdate();
        }
    }

    private static List<Message> readMessages(PreparedStatement select) throws SQLException {
        List<Message> messages = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                messages.add(Json.read(rs.getString(1), Message.class));
            }
        }
        return messages;
    }
}
