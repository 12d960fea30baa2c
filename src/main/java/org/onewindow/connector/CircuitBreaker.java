package org.onewindow.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops hammering an approval system that is down. Closed: every call goes through; after
 * {@code failureThreshold} consecutive failures it opens for {@code openFor} (doubling while the
 * system stays down, up to {@code maxOpenFor}). Once that has passed it lets one trial through
 * (half-open): a success closes it, a failure opens it again. Driven by the injected clock.
 * Used from one event-loop context; not thread-safe.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    /** A connector's breaker settings: failures in a row that open it, for how long at first, at most. */
    public record Settings(int failureThreshold, Duration openFor, Duration maxOpenFor) {
        /** Opens after 5 failures in a row, for 15 s at first, doubling up to 5 min. */
        public static final Settings DEFAULT = new Settings(5, Duration.ofSeconds(15), Duration.ofMinutes(5));

        public Settings {
            if (failureThreshold < 1) {
                throw new IllegalArgumentException("failures must be at least 1");
            }
            if (openFor.isNegative() || openFor.isZero() || maxOpenFor.compareTo(openFor) < 0) {
                throw new IllegalArgumentException("need 0 < open-for <= max-open-for");
            }
        }
    }

    private final Clock clock;
    private final int failureThreshold;
    private final Duration initialOpenFor;
    private final Duration maxOpenFor;
    private int consecutiveFailures;
    private Duration openFor;
    private Instant openUntil;
    private boolean trialInFlight;

    public CircuitBreaker(Clock clock, int failureThreshold, Duration openFor, Duration maxOpenFor) {
        this.clock = clock;
        this.failureThreshold = failureThreshold;
        this.initialOpenFor = openFor;
        this.maxOpenFor = maxOpenFor;
        this.openFor = openFor;
    }

    public static CircuitBreaker of(Settings settings, Clock clock) {
        return new CircuitBreaker(clock, settings.failureThreshold(), settings.openFor(), settings.maxOpenFor());
    }

    public State state() {
        if (openUntil == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
    }

    /** Whether a call may go through now; in half-open state only one trial at a time. */
    public boolean tryAcquire() {
        switch (state()) {
            case CLOSED:
                return true;
            case OPEN:
                return false;
            default:
                if (trialInFlight) {
                    return false;
                }
                trialInFlight = true;
                return true;
        }
    }

    /** When calls will be let through again (now when closed). */
    public Instant retryAt() {
        Instant now = clock.instant();
        return openUntil == null || openUntil.isBefore(now) ? now : openUntil;
    }

    public void onSuccess() {
        consecutiveFailures = 0;
        openUntil = null;
        openFor = initialOpenFor;
        trialInFlight = false;
    }

    public void onFailure() {
        consecutiveFailures++;
        boolean wasTrial = trialInFlight;
        trialInFlight = false;
        if (wasTrial || state() == State.HALF_OPEN) {
            openFor = min(openFor.multipliedBy(2), maxOpenFor);
            openUntil = clock.instant().plus(openFor);
        } else if (consecutiveFailures >= failureThreshold && openUntil == null) {
            openUntil = clock.instant().plus(openFor);
        }
    }

    /** A call that did not count either way (e.g. refused for a reason of its own) ends a trial. */
    public void onNeutral() {
        trialInFlight = false;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
