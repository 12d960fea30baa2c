package org.onewindow.connector;

import java.time.Instant;

/**
 * One attempt to hand a submission version to one approval system. {@code idempotencyKey} is the
 * same for every attempt of the same (submission, version, connector); the receiver uses it to
 * drop duplicates. {@code body} is the mapped JSON, byte-identical across attempts.
 */
public record Delivery(
        String idempotencyKey,
        String connectorId,
        String submissionId,
        int version,
        String body,
        int attempt,
        Instant attemptedAt) {}
