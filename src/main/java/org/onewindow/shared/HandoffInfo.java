package org.onewindow.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's involvement in a conversation: {@code queued} until a staff member claims it,
 * {@code active} while they talk, {@code closed} once handed back to the bot. While queued the
 * enterprise may leave a contact for a call-back ({@code callBack}, a phone number or e-mail);
 * {@code askingCallBack}: the bot has asked for it and reads the next message as that contact.
 *
 * <p>{@code handoff} owns its life cycle (queue, claim, transfer, close); it lives in {@code shared}
 * because the dialogue state carries it too, and {@code handoff} depends on {@code dialogue}, so it
 * cannot live in {@code handoff} without a cycle. Stored as part of the conversation state's JSON:
 * renaming a component changes what is stored.
 */
public record HandoffInfo(
        String id,
        String status,
        String department,
        String agent,
        String reason,
        Instant requestedAt,
        String callBack,
        boolean askingCallBack) {
    public static final String QUEUED = "queued";
    public static final String ACTIVE = "active";
    public static final String CLOSED = "closed";

    public HandoffInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(department, "department");
    }

    /** A new request, queued, with no call-back contact yet. */
    public static HandoffInfo queued(String id, String department, String reason, Instant requestedAt) {
        return new HandoffInfo(id, QUEUED, department, null, reason, requestedAt, null, false);
    }

    public HandoffInfo withStatus(String newStatus, String newAgent) {
        return new HandoffInfo(id, newStatus, department, newAgent, reason, requestedAt, callBack, false);
    }

    public HandoffInfo transferredTo(String newDepartment) {
        return new HandoffInfo(id, QUEUED, newDepartment, null, reason, requestedAt, callBack, false);
    }

    /** Waiting for the enterprise to type a contact for a call-back ({@code asking}), or no longer. */
    public HandoffInfo askingCallBack(boolean asking) {
        return new HandoffInfo(id, status, department, agent, reason, requestedAt, callBack, asking);
    }

    /** With the contact the enterprise left for a call-back. */
    public HandoffInfo withCallBack(String contact) {
        return new HandoffInfo(id, status, department, agent, reason, requestedAt, contact, false);
    }

    public boolean isQueued() {
        return QUEUED.equals(status);
    }
}
