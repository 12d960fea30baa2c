package org.onewindow.staff;

import java.time.Duration;

/**
 * A login refused because its client address, or its username from that address, had too many
 * recent failures; says nothing about whether the account exists. {@link #retryAfter()} is when to
 * try again.
 */
public final class LoginLockedException extends RuntimeException {

    private final Duration retryAfter;
    private final boolean wholeAddress;

    public LoginLockedException(Duration retryAfter, boolean wholeAddress) {
        super(
                wholeAddress
                        ? "Too many failed logins from this address; try again later."
                        : "Too many failed logins for this username from this address; try again later.",
                null,
                false,
                false);
        this.retryAfter = retryAfter;
        this.wholeAddress = wholeAddress;
    }

    /** True when every username is refused from the address, false when only the one typed. */
    public boolean wholeAddress() {
        return wholeAddress;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least 1: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
