package org.onewindow.connector;

/** Told of every delivery attempt and where it left the delivery, for the operators' metrics. */
@FunctionalInterface
public interface DeliveryObserver {
    DeliveryObserver NONE = (connectorId, state) -> {};

    /**
     * An attempt to {@code connectorId} ended with the delivery {@code state}: delivered, failed
     * (refused for good), pending again (to be retried) or dead (retries exhausted).
     */
    void attempted(String connectorId, DeliveryState state);
}
