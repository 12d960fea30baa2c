package org.onewindow.handoff;

import java.time.Instant;
import java.util.Objects;

/**
 * One handoff episode as staff see it in the queues; {@code callBack}: the phone number or e-mail
 * the enterprise left to be called back on (out of office hours), or null.
 */
public record HandoffItem(
        String id,
        String conversationId,
        String department,
        String status,
        String reason,
        Instant requestedAt,
        String claimedBy,
        Instant claimedAt,
        Instant firstResponseAt,
        Instant closedAt,
        String callBack) {
    public HandoffItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(status, "status");
    }

    public boolean isQueued() {
        return "queued".equals(status);
    }
}
