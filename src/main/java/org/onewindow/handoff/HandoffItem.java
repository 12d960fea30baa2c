package org.onewindow.handoff;

import java.time.Instant;
import java.util.Objects;

/** One handoff episode as staff see it in the queues. */
public record HandoffItem(String id, String conversationId, String department, String status, String reason,
                          Instant requestedAt, String claimedBy, Instant claimedAt, Instant firstResponseAt,
                          Instant closedAt) {
    public HandoffItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(status, "status");
    }
}
