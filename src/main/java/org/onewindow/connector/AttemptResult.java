package org.onewindow.connector;

import java.time.Instant;

/**
 * The recorded outcome of one attempt: the row's new state (pending again with {@code nextDueAt},
 * delivered, failed or dead) and the attempt's details for the admin API.
 */
public record AttemptResult(
        ClaimedDelivery delivery,
        int attempt,
        Instant startedAt,
        Instant finishedAt,
        DeliveryState newState,
        Instant nextDueAt,
        String outcome,
        int statusCode,
        String error) {}
