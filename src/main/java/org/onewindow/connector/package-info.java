/**
 * The connector layer's core: the {@link org.onewindow.connector.Connector} interface every
 * adapter implements, the {@link org.onewindow.connector.ConnectorRegistry}, payload mapping, the
 * transactional outbox relay (leases, retries with backoff driven by an injected
 * {@link java.time.Clock}, dead letters, a circuit breaker per connector), inbound status callbacks
 * (verified with {@code signing}) and the aggregated submission status. Declares the
 * {@link org.onewindow.connector.OutboxStore} it needs. Imports {@code io.vertx.core}, the JDK,
 * {@code shared} and {@code signing} only; never its adapters ({@code connector.http},
 * {@code .amqp}, {@code .file}), which are named only by the wiring.
 */
package org.onewindow.connector;
