package org.onewindow.connector;

import java.time.Duration;

/**
 * What an adapter learned from one attempt: delivered, worth retrying (timeouts, connection
 * errors, 429, 5xx, an unconfirmed publish; optionally with the receiver's {@code Retry-After}),
 * or refused for good (other 4xx).
 */
public record DeliveryOutcome(Kind kind, int statusCode, String reason, Duration retryAfter) {

    public enum Kind {
        DELIVERED,
        RETRY,
        REFUSED
    }

    public static DeliveryOutcome delivered(int statusCode) {
        return new DeliveryOutcome(Kind.DELIVERED, statusCode, null, null);
    }

    public static DeliveryOutcome retry(int statusCode, String reason, Duration retryAfter) {
        return new DeliveryOutcome(Kind.RETRY, statusCode, reason, retryAfter);
    }

    public static DeliveryOutcome retry(String reason) {
        return new DeliveryOutcome(Kind.RETRY, 0, reason, null);
    }

    public static DeliveryOutcome refused(int statusCode, String reason) {
        return new DeliveryOutcome(Kind.REFUSED, statusCode, reason, null);
    }
}
