package org.onewindow.staff;

import java.time.Duration;

/**
 * The session and lockout parameters: a session ends after {@code idleTimeout} unused or
 * {@code absoluteTimeout} after login; {@code maxFailures} failed logins of one username from one
 * client address within {@code failureWindow}, or {@code maxFailuresPerAddress} from one address
 * whatever the usernames, refuse that pair (or that address) for {@code firstLockout}, doubling with
 * each further lockout up to {@code maxLockout}. The account itself is never locked: its owner logs
 * in from another address. {@code touchInterval} bounds how often a session's last use is written.
 */
public record StaffAuthPolicy(
        Duration idleTimeout,
        Duration absoluteTimeout,
        int maxFailures,
        int maxFailuresPerAddress,
        Duration failureWindow,
        Duration firstLockout,
        Duration maxLockout,
        Duration touchInterval) {

    public StaffAuthPolicy {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteTimeout.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("need 0 < idleTimeout <= absoluteTimeout");
        }
        if (maxFailures < 1
                || maxFailuresPerAddress < maxFailures
                || firstLockout.isNegative()
                || maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException(
                    "need 1 <= maxFailures <= maxFailuresPerAddress and firstLockout <= maxLockout");
        }
    }

    /**
     * 8 h idle, 24 h absolute; 5 failures of a username from an address, or 20 from an address, in
     * 15 min refuse it for 1 min, then 2, 4, … up to 1 h.
     */
    public static StaffAuthPolicy defaults() {
        return new StaffAuthPolicy(
                Duration.ofHours(8),
                Duration.ofHours(24),
                5,
                20,
                Duration.ofMinutes(15),
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofMinutes(1));
    }

    /** The lockout period of the {@code n}-th lockout (1-based). */
    public Duration lockoutAfter(int n) {
        Duration period = firstLockout;
        for (int i = 1; i < n && period.compareTo(maxLockout) < 0; i++) {
            period = period.multipliedBy(2);
        }
        return period.compareTo(maxLockout) > 0 ? maxLockout : period;
    }
}
