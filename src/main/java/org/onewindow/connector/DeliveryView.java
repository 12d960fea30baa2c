package org.onewindow.connector;

import java.time.Instant;

/** One outbox row as staff see it. */
public record DeliveryView(
        String id,
        String submissionId,
        int version,
        String connectorId,
        String processId,
        String conversationId,
        DeliveryState state,
        TargetStatus targetStatus,
        String comment,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant deliveredAt) {}
