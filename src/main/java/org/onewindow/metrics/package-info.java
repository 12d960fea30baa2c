/**
 * The service's own Prometheus series ({@code onewindow_*}): turns, handoffs, the outbox and
 * deliveries, the knowledge base's reloads and documents. Imports Micrometer, {@code io.vertx.core},
 * SLF4J and what it counts: {@code knowledge}, {@code conversation}, {@code connector},
 * {@code handoff}; nothing depends on it but the wiring and the HTTP verticle's metrics page.
 */
package org.onewindow.metrics;
