package org.onewindow.connector;

import java.time.Instant;

/** One recorded delivery attempt. */
public record AttemptView(
        int attempt, Instant startedAt, Instant finishedAt, String outcome, int statusCode, String error) {}
