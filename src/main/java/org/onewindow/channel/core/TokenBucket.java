package org.onewindow.channel.core;

import java.time.Clock;

/** A token bucket refilled continuously from an injected clock: {@code capacity} tokens per {@code periodMillis}. */
final class TokenBucket {

    private final Clock clock;
    private final double capacity;
    private final double perMilli;
    private double tokens;
    private long updatedAt;

    TokenBucket(Clock clock, int capacity, long periodMillis) {
        this.clock = clock;
        this.capacity = capacity;
        this.perMilli = capacity / (double) periodMillis;
        this.tokens = capacity;
        this.updatedAt = clock.millis();
    }

    /** Takes a token if there is one. */
    synchronized boolean tryTake() {
        long now = clock.millis();
        tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) * perMilli);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
