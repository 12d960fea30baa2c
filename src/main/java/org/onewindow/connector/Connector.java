package org.onewindow.connector;

import io.vertx.core.Future;

/**
 * An approval system reached through one transport. Adding a kind of transport is one class
 * implementing this (plus its {@link ConnectorFactory}). Implementations:
 * <ul>
 *   <li>never throw and never fail the future for a delivery problem: they classify it as a
 *       {@link DeliveryOutcome} (a failed future is treated as a retryable error);</li>
 *   <li>report {@code DELIVERED} only once the receiver has durably accepted the message
 *       (a 2xx, a publisher confirm, a renamed file);</li>
 *   <li>send the same {@link Delivery#idempotencyKey()} on every attempt and never block the
 *       event loop;</li>
 *   <li>bound each attempt by the connector's timeout.</li>
 * </ul>
 */
public interface Connector {

    /** The connector's id, as in its configuration file. */
    String id();

    /** Makes one delivery attempt. */
    Future<DeliveryOutcome> deliver(Delivery delivery);

    /** Releases connections and threads. */
    default Future<Void> close() {
        return Future.succeededFuture();
    }
}
