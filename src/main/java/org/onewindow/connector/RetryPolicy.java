package org.onewindow.connector;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try again: exponential backoff from {@code initialDelay}, multiplied by
 * {@code multiplier} per attempt up to {@code maxDelay}, with ±{@code jitter} (a fraction) of
 * randomness so that retries of many deliveries spread out. A delivery is dead-lettered after
 * {@code maxAttempts} attempts or once older than {@code maxAge}, whichever comes first.
 * The default keeps trying for 72 hours: 10 s, 20 s, 40 s … capped at 30 minutes.
 */
public record RetryPolicy(
        Duration initialDelay, Duration maxDelay, double multiplier, double jitter, int maxAttempts, Duration maxAge) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(30), 2.0, 0.2, 1_000, Duration.ofHours(72));

    public RetryPolicy {
        if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initial-delay must be positive");
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("max-delay must be at least initial-delay");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1)");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max-attempts must be at least 1");
        }
        if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("max-age must be positive");
        }
    }

    /**
     * The wait after the {@code attempts}-th failed attempt (1-based), with {@code random} in
     * [0, 1) choosing the jitter; at least {@code retryAfter} when the receiver asked for it.
     */
    public Duration delay(int attempts, double random, Duration retryAfter) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        double factor = 1.0 + jitter * (2 * random - 1);
        Duration delay = Duration.ofMillis(Math.max(1, Math.round(capped * factor)));
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            // A receiver's Retry-After is respected, though never beyond a day.
            return retryAfter.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : retryAfter;
        }
        return delay;
    }

    /** Whether a delivery with {@code attempts} failed attempts, first due at {@code since}, is given up at {@code now}. */
    public boolean exhausted(int attempts, Instant since, Instant now) {
        return attempts >= maxAttempts || !now.isBefore(since.plus(maxAge));
    }
}
