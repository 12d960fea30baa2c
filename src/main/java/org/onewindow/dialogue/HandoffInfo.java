package org.onewindow.dialogue;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's involvement in a conversation: {@code queued} until a staff member claims it,
 * {@code active} while they talk, {@code closed} once handed back to the bot.
 */
public record HandoffInfo(String id, String status, String department, String agent, String reason, Instant requestedAt) {
    public static final String QUEUED = "queued";
    public static final String ACTIVE = "active";
    public static final String CLOSED = "closed";

    public HandoffInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(department, "department");
    }

    public HandoffInfo withStatus(String newStatus, String newAgent) {
        return new HandoffInfo(id, newStatus, department, newAgent, reason, requestedAt);
    }

    public HandoffInfo transferredTo(String newDepartment) {
        return new HandoffInfo(id, QUEUED, newDepartment, null, reason, requestedAt);
    }
}
