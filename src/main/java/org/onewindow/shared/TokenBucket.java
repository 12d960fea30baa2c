package org.onewindow.shared;

import java.time.Clock;

/** A token bucket refilled continuously from an injected clock: {@code capacity} tokens per {@code periodMillis}. */
public final class TokenBucket {

    private final Clock clock;
    private final double capacity;
    private final double periodMillis;
    private double tokens;
    private long updatedAt;

    public TokenBucket(Clock clock, int capacity, long periodMillis) {
        this.clock = clock;
        this.capacity = capacity;
        this.periodMillis = periodMillis;
        this.tokens = capacity;
        this.updatedAt = clock.millis();
    }

    /** Takes a token if there is one. */
    public synchronized boolean tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** How long until a token is there (0 if one is now). */
    public synchronized long millisUntilNext() {
        refill();
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * periodMillis / capacity);
    }

    private void refill() {
        long now = clock.millis();
        // Multiplied before dividing: a whole share of the period gives whole tokens, exactly.
        tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) * capacity / periodMillis);
        updatedAt = now;
    }
}
