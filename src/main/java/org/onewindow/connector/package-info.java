/**
 * The connector layer's core: the {@link org.onewindow.connector.Connector} interface every
 * adapter implements, the {@link org.onewindow.connector.ConnectorRegistry}, payload mapping,
 * Standard Webhooks signing, the transactional outbox relay (leases, retries with backoff driven
 * by an injected {@link java.time.Clock}, dead letters, a circuit breaker per connector), inbound
 * status callbacks and the aggregated submission status. Declares the
 * {@link org.onewindow.connector.OutboxStore} it needs. Imports {@code io.vertx.core}, the JDK
 * and {@code shared} only; never its adapters ({@code connector.http}, {@code .amqp},
 * {@code .file}), which are named only by the wiring.
 */
package org.onewindow.connector;
