package org.onewindow.connector;

import java.time.Instant;

/**
 * One delivery to write into the outbox, in the same transaction as its submission version.
 * {@code id} is also the idempotency key: the same for every attempt.
 */
public record OutboxRow(
        String id,
        String submissionId,
        int version,
        String connectorId,
        String processId,
        String conversationId,
        String body,
        Instant createdAt) {

    /** The idempotency key of (submission, version, connector). */
    public static String idempotencyKey(String submissionId, int version, String connectorId) {
        return submissionId + ".v" + version + "." + connectorId;
    }
}
