package org.onewindow.connector;

/**
 * Filters of the admin delivery list; {@code null} means any. Newest first, at most
 * {@code limit}, skipping the first {@code offset}.
 */
public record DeliveryQuery(DeliveryState state, String connectorId, String submissionId, int limit, int offset) {
    public DeliveryQuery {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }
}
