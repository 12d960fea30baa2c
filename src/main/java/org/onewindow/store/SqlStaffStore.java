package org.onewindow.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.onewindow.staff.AuditEntry;
import org.onewindow.staff.AuditLog;
import org.onewindow.staff.AuditQuery;
import org.onewindow.staff.LoginThrottle;
import org.onewindow.staff.Role;
import org.onewindow.staff.SessionLookup;
import org.onewindow.staff.StaffAccount;
import org.onewindow.staff.StaffSession;
import org.onewindow.staff.StaffStore;

/**
 * {@link StaffStore} and {@link AuditLog} on SQL (SQLite or PostgreSQL): the tables of
 * {@code V20__staff.sql}. Departments and audit details are stored as JSON text.
 */
public final class SqlStaffStore implements StaffStore, AuditLog {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ACCOUNT_COLUMNS =
            "a.username, a.password_hash, a.role, a.departments, a.source, a.created_at";

    private final SqlDatabase db;
    private final AtomicInteger auditSequence = new AtomicInteger();

    public SqlStaffStore(SqlDatabase db) {
        this.db = db;
    }

    // ---- accounts

    @Override
    public Future<Optional<StaffAccount>> findAccount(String username) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + ACCOUNT_COLUMNS + " FROM staff_accounts a WHERE a.username = ?")) {
                select.setString(1, username);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(account(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Future<List<StaffAccount>> listAccounts() {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + ACCOUNT_COLUMNS + " FROM staff_accounts a ORDER BY a.username")) {
                List<StaffAccount> accounts = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        accounts.add(account(rs, 1));
                    }
                }
                return accounts;
            }
        });
    }

    @Override
    public Future<Long> countAccounts() {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM staff_accounts");
                    ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Future<Boolean> createAccount(StaffAccount account) {
        return db.write(connection -> {
            if (exists(connection, account.username())) {
                return false;
            }
            insertAccount(connection, account);
            return true;
        });
    }

    @Override
    public Future<Boolean> deleteAccount(String username) {
        return db.write(connection -> {
            deleteWhere(connection, "DELETE FROM staff_sessions WHERE username = ?", username);
            return deleteWhere(connection, "DELETE FROM staff_accounts WHERE username = ?", username) == 1;
        });
    }

    @Override
    public Future<Boolean> updatePasswordHash(String username, String passwordHash) {
        return db.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE staff_accounts SET password_hash = ?, updated_at = ? WHERE username = ?")) {
                update.setString(1, passwordHash);
                update.setLong(2, System.currentTimeMillis());
                update.setString(3, username);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Future<List<String>> syncFileAccounts(List<StaffAccount> accounts) {
        Set<String> listed = accounts.stream().map(StaffAccount::username).collect(Collectors.toSet());
        return db.write(connection -> {
            for (StaffAccount account : accounts) {
                if (exists(connection, account.username())) {
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE staff_accounts SET password_hash = ?, role = ?, departments = ?, source = ?,"
                                    + " updated_at = ? WHERE username = ?")) {
                        update.setString(1, account.passwordHash());
                        update.setString(2, account.role().wireName());
                        update.setString(3, new JsonArray(account.departments()).encode());
                        update.setString(4, StaffAccount.Source.FILE.toString());
                        update.setLong(5, System.currentTimeMillis());
                        update.setString(6, account.username());
                        update.executeUpdate();
                    }
                } else {
                    insertAccount(connection, account);
                }
            }
            List<String> removed = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT username FROM staff_accounts WHERE source = ?")) {
                select.setString(1, StaffAccount.Source.FILE.toString());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (!listed.contains(rs.getString(1))) {
                            removed.add(rs.getString(1));
                        }
                    }
                }
            }
            for (String username : removed) {
                deleteWhere(connection, "DELETE FROM staff_sessions WHERE username = ?", username);
                deleteWhere(connection, "DELETE FROM staff_accounts WHERE username = ?", username);
            }
            return removed;
        });
    }

    // ---- throttles

    @Override
    public Future<LoginThrottle> throttle(String key) {
        return db.read(connection -> readThrottle(connection, key, ""));
    }

    @Override
    public Future<LoginThrottle> updateThrottle(String key, UnaryOperator<LoginThrottle> change) {
        return db.write(connection -> {
            // Make sure the row exists, then lock it (PostgreSQL; SQLite has one writer anyway), so that
            // concurrent failures on several nodes are all counted.
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff_login_throttle (throttle_key, failures, lockouts, locked_until, last_failure_at)"
                            + " VALUES (?, 0, 0, 0, 0) ON CONFLICT (throttle_key) DO NOTHING")) {
                insert.setString(1, key);
                insert.executeUpdate();
            }
            LoginThrottle after = change.apply(
                    readThrottle(connection, key, db.dialect() == SqlDatabase.Dialect.POSTGRESQL ? " FOR UPDATE" : ""));
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE staff_login_throttle SET failures = ?, lockouts = ?, locked_until = ?, last_failure_at = ?"
                            + " WHERE throttle_key = ?")) {
                update.setInt(1, after.failures());
                update.setInt(2, after.lockouts());
                update.setLong(3, after.lockedUntil().toEpochMilli());
                update.setLong(4, after.lastFailureAt().toEpochMilli());
                update.setString(5, key);
                update.executeUpdate();
            }
            return after;
        });
    }

    @Override
    public Future<Void> clearThrottle(String key) {
        return db.write(connection -> {
            deleteWhere(connection, "DELETE FROM staff_login_throttle WHERE throttle_key = ?", key);
            return null;
        });
    }

    // ---- sessions

    @Override
    public Future<Void> createSession(StaffSession s) {
        return db.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff_sessions (id, token_hash, username, created_at, last_seen_at, expires_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, s.id());
                insert.setString(2, s.tokenHash());
                insert.setString(3, s.username());
                insert.setLong(4, s.createdAt().toEpochMilli());
                insert.setLong(5, s.lastSeenAt().toEpochMilli());
                insert.setLong(6, s.absoluteExpiry().toEpochMilli());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Optional<SessionLookup>> findSession(String tokenHash) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT s.id, s.token_hash, s.username, s.created_at, s.last_seen_at, s.expires_at, "
                            + ACCOUNT_COLUMNS
                            + " FROM staff_sessions s JOIN staff_accounts a ON a.username = s.username"
                            + " WHERE s.token_hash = ?")) {
                select.setString(1, tokenHash);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    StaffSession session = new StaffSession(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4)),
                            Instant.ofEpochMilli(rs.getLong(5)),
                            Instant.ofEpochMilli(rs.getLong(6)));
                    return Optional.of(new SessionLookup(session, account(rs, 7)));
                }
            }
        });
    }

    @Override
    public Future<Void> touchSession(String id, Instant at) {
        return db.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE staff_sessions SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?")) {
                update.setLong(1, at.toEpochMilli());
                update.setString(2, id);
                update.setLong(3, at.toEpochMilli());
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Void> deleteSession(String id) {
        return db.write(connection -> {
            deleteWhere(connection, "DELETE FROM staff_sessions WHERE id = ?", id);
            return null;
        });
    }

    @Override
    public Future<Integer> deleteSessionsOf(String username) {
        return db.write(
                connection -> deleteWhere(connection, "DELETE FROM staff_sessions WHERE username = ?", username));
    }

    @Override
    public Future<Integer> purge(Instant now, Instant idleBefore, Instant throttleBefore) {
        return db.write(connection -> {
            int deleted;
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM staff_sessions WHERE expires_at <= ? OR last_seen_at <= ?")) {
                delete.setLong(1, now.toEpochMilli());
                delete.setLong(2, idleBefore.toEpochMilli());
                deleted = delete.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM staff_login_throttle WHERE locked_until <= ? AND last_failure_at <= ?")) {
                delete.setLong(1, now.toEpochMilli());
                delete.setLong(2, throttleBefore.toEpochMilli());
                deleted += delete.executeUpdate();
            }
            return deleted;
        });
    }

    // ---- audit log

    @Override
    public Future<Void> record(AuditEntry entry) {
        String id = auditId(entry.at());
        return db.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_log (id, created_at, actor, action, conversation_id, target, details)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setLong(2, entry.at().toEpochMilli());
                insert.setString(3, entry.actor());
                insert.setString(4, entry.action());
                insert.setString(5, entry.conversationId());
                insert.setString(6, entry.target());
                insert.setString(7, entry.details().encode());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<List<AuditEntry>> list(AuditQuery query) {
        return db.read(connection -> {
            StringBuilder sql = new StringBuilder(
                    "SELECT id, created_at, actor, action, conversation_id, target, details FROM audit_log WHERE 1 = 1");
            List<String> params = new ArrayList<>();
            if (query.actor() != null) {
                sql.append(" AND actor = ?");
                params.add(query.actor());
            }
            if (query.conversationId() != null) {
                sql.append(" AND conversation_id = ?");
                params.add(query.conversationId());
            }
            if (query.before() != null) {
                sql.append(" AND id < ?");
                params.add(query.before());
            }
            sql.append(" ORDER BY id DESC LIMIT ?");
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    select.setString(i + 1, params.get(i));
                }
                select.setInt(params.size() + 1, query.limit());
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(
                                rs.getString(1),
                                Instant.ofEpochMilli(rs.getLong(2)),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                new JsonObject(rs.getString(7))));
                    }
                }
                return entries;
            }
        });
    }

    /**
     * 12 hex digits of epoch milliseconds, 8 of this store's sequence (the order of entries
     * within a millisecond), then 48 random bits: unique across nodes, sorted by time.
     */
    String auditId(Instant at) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return String.format("%012x%08x", Math.max(0, at.toEpochMilli()), auditSequence.getAndIncrement() & 0xffffffffL)
                + HexFormat.of().formatHex(random);
    }

    // ---- helpers

    private static StaffAccount account(ResultSet rs, int first) throws SQLException {
        JsonArray departments = new JsonArray(rs.getString(first + 3));
        List<String> names = new ArrayList<>();
        departments.forEach(d -> names.add(String.valueOf(d)));
        Role role = Role.parseOrNull(rs.getString(first + 2));
        if (role == null) {
            throw new SQLException("staff account " + rs.getString(first) + " has an unknown role");
        }
        return new StaffAccount(
                rs.getString(first),
                rs.getString(first + 1),
                role,
                names,
                StaffAccount.Source.parse(rs.getString(first + 4)),
                Instant.ofEpochMilli(rs.getLong(first + 5)));
    }

    private static void insertAccount(Connection connection, StaffAccount account) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO staff_accounts (username, password_hash, role, departments, source, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, account.username());
            insert.setString(2, account.passwordHash());
            insert.setString(3, account.role().wireName());
            insert.setString(4, new JsonArray(account.departments()).encode());
            insert.setString(5, account.source().toString());
            insert.setLong(6, account.createdAt().toEpochMilli());
            insert.setLong(7, account.createdAt().toEpochMilli());
            insert.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String username) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM staff_accounts WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static LoginThrottle readThrottle(Connection connection, String key, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT failures, lockouts, locked_until, last_failure_at FROM staff_login_throttle WHERE throttle_key = ?"
                        + lock)) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return LoginThrottle.NONE;
                }
                return new LoginThrottle(
                        rs.getInt(1),
                        rs.getInt(2),
                        Instant.ofEpochMilli(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4)));
            }
        }
    }

    private static int deleteWhere(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, value);
            return delete.executeUpdate();
        }
    }
}
