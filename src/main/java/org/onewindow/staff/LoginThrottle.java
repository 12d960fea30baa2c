package org.onewindow.staff;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins under one {@link LoginAttempt} key (a client address, or a typed username from an
 * address — whether or not the account exists, so that lockout says nothing about which names
 * exist): the recent failures, how often it was locked and until when.
 */
public record LoginThrottle(int failures, int lockouts, Instant lockedUntil, Instant lastFailureAt) {

    public static final LoginThrottle NONE = new LoginThrottle(0, 0, Instant.EPOCH, Instant.EPOCH);

    /** How long logins stay refused after {@code now}; zero when not locked. */
    public Duration lockedFor(Instant now) {
        return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    public boolean isLocked(Instant now) {
        return now.isBefore(lockedUntil);
    }

    /**
     * The state after one more failure at {@code now}: failures older than the policy's window
     * are forgotten; reaching {@code maxFailures} locks the key for a period that doubles with every
     * lockout, up to the policy's maximum, and starts the count again.
     */
    public LoginThrottle afterFailure(Instant now, int maxFailures, StaffAuthPolicy policy) {
        int recent = Duration.between(lastFailureAt, now).compareTo(policy.failureWindow()) > 0 ? 0 : failures;
        int count = recent + 1;
        if (count < maxFailures) {
            return new LoginThrottle(count, lockouts, lockedUntil, now);
        }
        return new LoginThrottle(0, lockouts + 1, now.plus(policy.lockoutAfter(lockouts + 1)), now);
    }
}
