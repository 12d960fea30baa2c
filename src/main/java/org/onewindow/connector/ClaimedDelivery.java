package org.onewindow.connector;

import java.time.Instant;

/**
 * An outbox row leased to this relay until {@code leaseUntil}: {@code claimToken} fences the
 * outcome, so that a relay whose lease expired (and was taken over) cannot record it.
 * {@code attempts} counts the attempts already recorded; {@code since} is when its retry age
 * started (creation, or a staff retry).
 */
public record ClaimedDelivery(
        String id,
        String connectorId,
        String submissionId,
        int version,
        String body,
        int attempts,
        Instant since,
        String claimToken) {}
