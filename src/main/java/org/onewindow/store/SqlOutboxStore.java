package org.onewindow.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.connector.AttemptResult;
import org.onewindow.connector.AttemptView;
import org.onewindow.connector.CallbackResult;
import org.onewindow.connector.ClaimedDelivery;
import org.onewindow.connector.ConnectorRegistry;
import org.onewindow.connector.DeliveryDetail;
import org.onewindow.connector.DeliveryQuery;
import org.onewindow.connector.DeliveryState;
import org.onewindow.connector.DeliveryView;
import org.onewindow.connector.OutboxRow;
import org.onewindow.connector.OutboxStore;
import org.onewindow.connector.StatusCallback;
import org.onewindow.connector.SubmissionVersion;
import org.onewindow.connector.TargetStatus;
import org.onewindow.connector.TargetView;

/**
 * {@link OutboxStore} on SQL. Claims are one conditional UPDATE … RETURNING over due rows whose
 * lease (if any) expired; on PostgreSQL the candidate rows are locked with
 * {@code FOR UPDATE SKIP LOCKED} so that relays on several nodes never wait for one another.
 * Also writes a submission's outbox rows inside the caller's own transaction
 * ({@link #insert(Connection, SubmissionVersion)}).
 */
public final class SqlOutboxStore implements OutboxStore {

    private static final String COLUMNS =
            "id, submission_id, version, connector_id, process_id, conversation_id, state,"
                    + " target_status, comment, attempts, due_at, last_error, created_at, updated_at, delivered_at";

    private final SqlDatabase db;
    private final ConnectorRegistry registry;
    private final Clock clock;

    public SqlOutboxStore(SqlDatabase db, ConnectorRegistry registry, Clock clock) {
        this.db = db;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Inserts the outbox rows of one submission version with the caller's connection, inside the
     * caller's transaction (the one that inserts the submission): one row per target connector,
     * the connector's mapping applied. Returns the rows written (none when no connector receives
     * the process). IllegalArgumentException for an unknown target; SQLException if this version
     * already has rows.
     */
    public List<OutboxRow> insert(Connection connection, SubmissionVersion submission) throws SQLException {
        List<OutboxRow> rows = registry.plan(submission, clock.instant());
        insertRows(connection, rows);
        return rows;
    }

    /** The same as a {@link SqlWork}, for {@link SqlDatabase#write}. */
    public SqlWork<List<OutboxRow>> insertWork(SubmissionVersion submission) {
        return connection -> insert(connection, submission);
    }

    /** Inserts planned rows with the caller's connection (inside the caller's transaction). */
    public static void insertRows(Connection connection, List<OutboxRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (id, submission_id, version, connector_id, process_id, conversation_id, body, state,"
                        + " target_status, attempts, due_at, age_from, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 'pending', 0, ?, ?, ?, ?)")) {
            for (OutboxRow row : rows) {
                long at = row.createdAt().toEpochMilli();
                insert.setString(1, row.id());
                insert.setString(2, row.submissionId());
                insert.setInt(3, row.version());
                insert.setString(4, row.connectorId());
                insert.setString(5, row.processId());
                insert.setString(6, row.conversationId());
                insert.setString(7, row.body());
                insert.setLong(8, at);
                insert.setLong(9, at);
                insert.setLong(10, at);
                insert.setLong(11, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Future<Void> insert(List<OutboxRow> rows) {
        return db.write(connection -> {
            insertRows(connection, rows);
            return null;
        });
    }

    @Override
    public Future<List<ClaimedDelivery>> claim(String claimToken, Instant now, Instant leaseUntil, int limit) {
        String lock = db.dialect() == SqlDatabase.Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
        String sql = "UPDATE outbox SET claim_token = ?, due_at = ? WHERE id IN ("
                + "SELECT id FROM outbox WHERE state = 'pending' AND due_at <= ? ORDER BY due_at LIMIT ?" + lock + ")"
                + " RETURNING id, connector_id, submission_id, version, body, attempts, age_from";
        return db.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, claimToken);
                update.setLong(2, leaseUntil.toEpochMilli());
                update.setLong(3, now.toEpochMilli());
                update.setInt(4, limit);
                List<ClaimedDelivery> claimed = new ArrayList<>();
                try (ResultSet rs = update.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new ClaimedDelivery(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getInt(4),
                                rs.getString(5),
                                rs.getInt(6),
                                Instant.ofEpochMilli(rs.getLong(7)),
                                claimToken));
                    }
                }
                return claimed;
            }
        });
    }

    @Override
    public Future<Integer> renew(String claimPrefix, Instant leaseUntil) {
        return db.write(connection -> {
            try (PreparedStatement u =
                    connection.prepareStatement("UPDATE outbox SET due_at = ? WHERE state = 'pending'"
                            + " AND claim_token IS NOT NULL AND substr(claim_token, 1, ?) = ?")) {
                u.setLong(1, leaseUntil.toEpochMilli());
                u.setInt(2, claimPrefix.length());
                u.setString(3, claimPrefix);
                return u.executeUpdate();
            }
        });
    }

    @Override
    public Future<Integer> releaseEarlierRuns(String nodePrefix, String currentRun, Instant now) {
        return db.write(connection -> {
            try (PreparedStatement u = connection.prepareStatement("UPDATE outbox SET due_at = ?, claim_token = NULL"
                    + " WHERE state = 'pending' AND claim_token IS NOT NULL AND substr(claim_token, 1, ?) = ?"
                    + " AND substr(claim_token, 1, ?) <> ?")) {
                u.setLong(1, now.toEpochMilli());
                u.setInt(2, nodePrefix.length());
                u.setString(3, nodePrefix);
                u.setInt(4, currentRun.length());
                u.setString(5, currentRun);
                return u.executeUpdate();
            }
        });
    }

    @Override
    public Future<Boolean> finish(AttemptResult r) {
        return db.write(connection -> finish(connection, r));
    }

    private static boolean finish(Connection connection, AttemptResult r) throws SQLException {
        long now = r.finishedAt().toEpochMilli();
        int updated;
        switch (r.newState()) {
            case DELIVERED -> {
                try (PreparedStatement u =
                        connection.prepareStatement("UPDATE outbox SET state = 'delivered', attempts = ?,"
                                + " claim_token = NULL, last_error = NULL, updated_at = ?, delivered_at = ?,"
                                + " target_status = CASE WHEN target_status = 'pending' THEN 'delivered' ELSE target_status END"
                                + " WHERE id = ? AND claim_token = ? AND state = 'pending'")) {
                    u.setInt(1, r.attempt());
                    u.setLong(2, now);
                    u.setLong(3, now);
                    u.setString(4, r.delivery().id());
                    u.setString(5, r.delivery().claimToken());
                    updated = u.executeUpdate();
                }
            }
            case PENDING -> {
                try (PreparedStatement u = connection.prepareStatement("UPDATE outbox SET attempts = ?, due_at = ?,"
                        + " claim_token = NULL, last_error = ?, updated_at = ?"
                        + " WHERE id = ? AND claim_token = ? AND state = 'pending'")) {
                    u.setInt(1, r.attempt());
                    u.setLong(2, r.nextDueAt().toEpochMilli());
                    u.setString(3, r.error());
                    u.setLong(4, now);
                    u.setString(5, r.delivery().id());
                    u.setString(6, r.delivery().claimToken());
                    updated = u.executeUpdate();
                }
            }
            default -> {
                try (PreparedStatement u = connection.prepareStatement("UPDATE outbox SET state = ?, attempts = ?,"
                        + " claim_token = NULL, last_error = ?, updated_at = ?, target_status = 'failed', comment = ?"
                        + " WHERE id = ? AND claim_token = ? AND state = 'pending'")) {
                    u.setString(1, r.newState().toString());
                    u.setInt(2, r.attempt());
                    u.setString(3, r.error());
                    u.setLong(4, now);
                    u.setString(5, r.error());
                    u.setString(6, r.delivery().id());
                    u.setString(7, r.delivery().claimToken());
                    updated = u.executeUpdate();
                }
            }
        }
        insertAttempt(connection, r);
        return updated == 1;
    }

    private static void insertAttempt(Connection connection, AttemptResult r) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_attempts"
                        + " (delivery_id, attempt, started_at, finished_at, outcome, status_code, error) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, r.delivery().id());
            insert.setInt(2, r.attempt());
            insert.setLong(3, r.startedAt().toEpochMilli());
            insert.setLong(4, r.finishedAt().toEpochMilli());
            insert.setString(5, r.outcome());
            insert.setInt(6, r.statusCode());
            insert.setString(7, r.error());
            insert.executeUpdate();
        }
    }

    @Override
    public Future<Void> release(ClaimedDelivery delivery, Instant dueAt) {
        return db.write(connection -> {
            try (PreparedStatement u = connection.prepareStatement(
                    "UPDATE outbox SET due_at = ?, claim_token = NULL WHERE id = ? AND claim_token = ? AND state = 'pending'")) {
                u.setLong(1, dueAt.toEpochMilli());
                u.setString(2, delivery.id());
                u.setString(3, delivery.claimToken());
                u.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<CallbackResult> applyCallback(StatusCallback cb) {
        return db.write(connection -> {
            String id;
            int version;
            try (PreparedStatement select = connection.prepareStatement("SELECT id, version FROM outbox"
                    + " WHERE submission_id = ? AND connector_id = ? ORDER BY version DESC LIMIT 1")) {
                select.setString(1, cb.submissionId());
                select.setString(2, cb.connectorId());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return new CallbackResult(CallbackResult.Kind.UNKNOWN_SUBMISSION, 0);
                    }
                    id = rs.getString(1);
                    version = rs.getInt(2);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO connector_callbacks"
                    + " (connector_id, message_id, submission_id, status, received_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (connector_id, message_id) DO NOTHING")) {
                insert.setString(1, cb.connectorId());
                insert.setString(2, cb.messageId());
                insert.setString(3, cb.submissionId());
                insert.setString(4, cb.status().toString());
                insert.setLong(5, cb.receivedAt().toEpochMilli());
                if (insert.executeUpdate() == 0) {
                    return new CallbackResult(CallbackResult.Kind.REPLAY, version);
                }
            }
            JsonArray corrections = new JsonArray();
            cb.corrections()
                    .forEach(c -> corrections.add(
                            new JsonObject().put("field", c.field()).put("reason", c.reason())));
            try (PreparedStatement u = connection.prepareStatement("UPDATE outbox SET target_status = ?, comment = ?,"
                    + " corrections = ?, updated_at = ? WHERE id = ?")) {
                u.setString(1, cb.status().toString());
                u.setString(2, cb.comment());
                u.setString(3, corrections.encode());
                u.setLong(4, cb.receivedAt().toEpochMilli());
                u.setString(5, id);
                u.executeUpdate();
            }
            return new CallbackResult(CallbackResult.Kind.APPLIED, version);
        });
    }

    @Override
    public Future<Integer> purgeCallbackIds(Instant before) {
        return db.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM connector_callbacks WHERE received_at < ?")) {
                delete.setLong(1, before.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public Future<List<DeliveryView>> list(DeliveryQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM outbox WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        if (q.state() != null) {
            sql.append(" AND state = ?");
            params.add(q.state().toString());
        }
        if (q.connectorId() != null) {
            sql.append(" AND connector_id = ?");
            params.add(q.connectorId());
        }
        if (q.submissionId() != null) {
            sql.append(" AND submission_id = ?");
            params.add(q.submissionId());
        }
        sql.append(" ORDER BY created_at DESC, id LIMIT ? OFFSET ?");
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                int i = 1;
                for (String p : params) {
                    select.setString(i++, p);
                }
                select.setInt(i++, q.limit());
                select.setInt(i, q.offset());
                List<DeliveryView> views = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        views.add(view(rs));
                    }
                }
                return views;
            }
        });
    }

    @Override
    public Future<Optional<DeliveryDetail>> find(String deliveryId) {
        return db.read(connection -> {
            Optional<DeliveryView> view = view(connection, deliveryId);
            if (view.isEmpty()) {
                return Optional.empty();
            }
            List<AttemptView> attempts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT attempt, started_at, finished_at, outcome,"
                            + " status_code, error FROM outbox_attempts WHERE delivery_id = ? ORDER BY started_at, attempt")) {
                select.setString(1, deliveryId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        attempts.add(new AttemptView(
                                rs.getInt(1),
                                Instant.ofEpochMilli(rs.getLong(2)),
                                Instant.ofEpochMilli(rs.getLong(3)),
                                rs.getString(4),
                                rs.getInt(5),
                                rs.getString(6)));
                    }
                }
            }
            return Optional.of(new DeliveryDetail(view.get(), attempts));
        });
    }

    @Override
    public Future<Optional<DeliveryView>> retry(String deliveryId, Instant now) {
        return db.write(connection -> {
            try (PreparedStatement u =
                    connection.prepareStatement("UPDATE outbox SET state = 'pending', target_status = 'pending',"
                            + " comment = NULL, attempts = 0, due_at = ?, age_from = ?, claim_token = NULL, updated_at = ?"
                            + " WHERE id = ? AND state IN ('failed', 'dead', 'cancelled')")) {
                u.setLong(1, now.toEpochMilli());
                u.setLong(2, now.toEpochMilli());
                u.setLong(3, now.toEpochMilli());
                u.setString(4, deliveryId);
                return changed(
                        connection,
                        deliveryId,
                        u.executeUpdate(),
                        "only failed, dead or cancelled deliveries can be retried");
            }
        });
    }

    @Override
    public Future<Optional<DeliveryView>> cancel(String deliveryId, Instant now) {
        return db.write(connection -> {
            try (PreparedStatement u =
                    connection.prepareStatement("UPDATE outbox SET state = 'cancelled', target_status = 'failed',"
                            + " comment = 'cancelled by staff', claim_token = NULL, updated_at = ?"
                            + " WHERE id = ? AND state IN ('pending', 'failed', 'dead')")) {
                u.setLong(1, now.toEpochMilli());
                u.setString(2, deliveryId);
                return changed(
                        connection,
                        deliveryId,
                        u.executeUpdate(),
                        "only pending, failed or dead deliveries can be cancelled");
            }
        });
    }

    private static Optional<DeliveryView> changed(Connection connection, String id, int updated, String conflict)
            throws SQLException {
        Optional<DeliveryView> view = view(connection, id);
        if (updated == 0 && view.isPresent()) {
            throw new IllegalStateException(
                    conflict + "; " + id + " is " + view.get().state());
        }
        return view;
    }

    @Override
    public Future<List<TargetView>> targets(String submissionId) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT connector_id, version, target_status, comment"
                            + " FROM outbox o WHERE submission_id = ? AND version = (SELECT MAX(version) FROM outbox i"
                            + " WHERE i.submission_id = o.submission_id AND i.connector_id = o.connector_id) ORDER BY connector_id")) {
                select.setString(1, submissionId);
                List<TargetView> targets = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        targets.add(new TargetView(
                                rs.getString(1),
                                rs.getInt(2),
                                TargetStatus.parseOrNull(rs.getString(3)),
                                rs.getString(4)));
                    }
                }
                return targets;
            }
        });
    }

    private static Optional<DeliveryView> view(Connection connection, String id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    private static DeliveryView view(ResultSet rs) throws SQLException {
        DeliveryState state = DeliveryState.parseOrNull(rs.getString(7));
        long delivered = rs.getLong(15);
        boolean deliveredNull = rs.wasNull();
        return new DeliveryView(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                state,
                TargetStatus.parseOrNull(rs.getString(8)),
                rs.getString(9),
                rs.getInt(10),
                state == DeliveryState.PENDING ? Instant.ofEpochMilli(rs.getLong(11)) : null,
                rs.getString(12),
                Instant.ofEpochMilli(rs.getLong(13)),
                Instant.ofEpochMilli(rs.getLong(14)),
                deliveredNull ? null : Instant.ofEpochMilli(delivered));
    }

    @Override
    public Future<java.util.Map<DeliveryState, Long>> countByState() {
        return db.read(connection -> {
            java.util.Map<DeliveryState, Long> counts = new java.util.EnumMap<>(DeliveryState.class);
            for (DeliveryState state : DeliveryState.values()) {
                counts.put(state, 0L);
            }
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT state, COUNT(*) FROM outbox GROUP BY state");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    DeliveryState state = DeliveryState.parseOrNull(rs.getString(1));
                    if (state != null) {
                        counts.put(state, rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public Future<java.util.Map<String, java.util.Map<DeliveryState, Long>>> countByConnector() {
        return db.read(connection -> {
            java.util.Map<String, java.util.Map<DeliveryState, Long>> counts = new java.util.TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT connector_id, state, COUNT(*) FROM outbox GROUP BY connector_id, state");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    DeliveryState state = DeliveryState.parseOrNull(rs.getString(2));
                    if (state != null) {
                        counts.computeIfAbsent(rs.getString(1), c -> new java.util.EnumMap<>(DeliveryState.class))
                                .put(state, rs.getLong(3));
                    }
                }
            }
            return counts;
        });
    }

    /** Fails when the outbox cannot be read (for health checks). */
    public Future<Void> ping() {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM outbox WHERE 1 = 0")) {
                select.executeQuery().close();
            }
            return null;
        });
    }
}
