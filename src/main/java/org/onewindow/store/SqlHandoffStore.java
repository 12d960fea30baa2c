package org.onewindow.store;

import io.vertx.core.Future;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.handoff.HandoffItem;
import org.onewindow.handoff.HandoffStore;
import org.onewindow.handoff.StaffNote;

/** {@link HandoffStore} on SQL; a claim is one conditional UPDATE, so it is exclusive across nodes. */
public final class SqlHandoffStore implements HandoffStore {

    private static final String COLUMNS = "id, conversation_id, department, status, reason, requested_at, claimed_by,"
            + " claimed_at, first_response_at, closed_at, callback_contact";

    private final SqlDatabase db;

    public SqlHandoffStore(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public Future<List<HandoffItem>> open() {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM handoffs WHERE status IN ('queued', 'active') ORDER BY requested_at")) {
                return items(select);
            }
        });
    }

    @Override
    public Future<Optional<HandoffItem>> current(String conversationId) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM handoffs WHERE conversation_id = ? AND status <> 'closed' ORDER BY requested_at DESC")) {
                select.setString(1, conversationId);
                return items(select).stream().findFirst();
            }
        });
    }

    @Override
    public Future<List<HandoffItem>> episodes(String conversationId) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM handoffs WHERE conversation_id = ? ORDER BY requested_at DESC")) {
                select.setString(1, conversationId);
                return items(select);
            }
        });
    }

    @Override
    public Future<List<HandoffItem>> episodesOf(java.util.Collection<String> departments, String agent, int limit) {
        return db.read(connection -> {
            String inDepartments = departments.isEmpty()
                    ? ""
                    : "department IN (" + String.join(", ", java.util.Collections.nCopies(departments.size(), "?"))
                            + ") OR ";
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM handoffs WHERE "
                    + inDepartments + "claimed_by = ? ORDER BY requested_at DESC LIMIT ?")) {
                int i = 1;
                for (String department : departments) {
                    select.setString(i++, department);
                }
                select.setString(i++, agent);
                select.setInt(i, limit);
                return items(select);
            }
        });
    }

    @Override
    public Future<HandoffItem> openClaimed(
            String id, String conversationId, String department, String agent, Instant at) {
        return db.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO handoffs (id, conversation_id, department, status, reason, requested_at, claimed_by, claimed_at)"
                            + " VALUES (?, ?, ?, 'active', 'picked by staff', ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, conversationId);
                insert.setString(3, department);
                insert.setLong(4, at.toEpochMilli());
                insert.setString(5, agent);
                insert.setLong(6, at.toEpochMilli());
                insert.executeUpdate();
            }
            return new HandoffItem(
                    id, conversationId, department, "active", "picked by staff", at, agent, at, null, null, null);
        });
    }

    @Override
    public Future<Boolean> claim(String handoffId, String agent, Instant at) {
        return update(
                "UPDATE handoffs SET status = 'active', claimed_by = ?, claimed_at = ? WHERE id = ? AND status = 'queued'",
                agent,
                at.toEpochMilli(),
                handoffId);
    }

    @Override
    public Future<Boolean> requeue(String handoffId, String department) {
        return update(
                "UPDATE handoffs SET status = 'queued', department = ?, claimed_by = NULL, claimed_at = NULL"
                        + " WHERE id = ? AND status <> 'closed'",
                department,
                handoffId);
    }

    @Override
    public Future<Boolean> close(String handoffId, String by, Instant at) {
        return update(
                "UPDATE handoffs SET status = 'closed', closed_by = ?, closed_at = ? WHERE id = ? AND status <> 'closed'",
                by,
                at.toEpochMilli(),
                handoffId);
    }

    @Override
    public Future<Void> firstResponse(String handoffId, Instant at) {
        return update(
                        "UPDATE handoffs SET first_response_at = ? WHERE id = ? AND first_response_at IS NULL",
                        at.toEpochMilli(),
                        handoffId)
                .mapEmpty();
    }

    @Override
    public Future<Void> addNote(StaffNote note) {
        return db.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO handoff_notes (id, conversation_id, author, body, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, note.id());
                insert.setString(2, note.conversationId());
                insert.setString(3, note.author());
                insert.setString(4, note.body());
                insert.setLong(5, note.createdAt().toEpochMilli());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<List<StaffNote>> notes(String conversationId) {
        return db.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, author, body, created_at FROM handoff_notes WHERE conversation_id = ? ORDER BY created_at")) {
                select.setString(1, conversationId);
                List<StaffNote> notes = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        notes.add(new StaffNote(
                                rs.getString(1),
                                conversationId,
                                rs.getString(2),
                                rs.getString(3),
                                Instant.ofEpochMilli(rs.getLong(4))));
                    }
                }
                return notes;
            }
        });
    }

    private Future<Boolean> update(String sql, Object... args) {
        return db.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    update.setObject(i + 1, args[i]);
                }
                return update.executeUpdate() == 1;
            }
        });
    }

    private static List<HandoffItem> items(PreparedStatement select) throws SQLException {
        List<HandoffItem> items = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                items.add(new HandoffItem(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        Instant.ofEpochMilli(rs.getLong(6)),
                        rs.getString(7),
                        instant(rs, 8),
                        instant(rs, 9),
                        instant(rs, 10),
                        rs.getString(11)));
            }
        }
        return items;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    @Override
    public Future<Void> setPresence(org.onewindow.handoff.Presence presence) {
        return db.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM staff_presence WHERE username = ?")) {
                delete.setString(1, presence.username());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff_presence (username, status, departments, updated_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, presence.username());
                insert.setString(2, presence.status());
                insert.setString(3, String.join(",", presence.departments()));
                insert.setLong(4, presence.updatedAt().toEpochMilli());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<List<org.onewindow.handoff.Presence>> availableSince(Instant since) {
        return db.read(connection -> {
            List<org.onewindow.handoff.Presence> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT username, status, departments, updated_at"
                            + " FROM staff_presence WHERE status = 'available' AND updated_at >= ? ORDER BY username")) {
                select.setLong(1, since.toEpochMilli());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String departments = rs.getString(3);
                        out.add(new org.onewindow.handoff.Presence(
                                rs.getString(1),
                                rs.getString(2),
                                departments.isBlank() ? List.of() : List.of(departments.split(",")),
                                Instant.ofEpochMilli(rs.getLong(4))));
                    }
                }
            }
            return out;
        });
    }
}
