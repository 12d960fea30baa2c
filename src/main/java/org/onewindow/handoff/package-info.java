/**
 * Queues, claims, the auto-assignment of waiting enterprises and the relay between enterprise and
 * staff; declares the {@code HandoffStore} it needs. Imports {@code io.vertx.core}, SLF4J,
 * {@code shared} (including {@code HandoffInfo}, the handoff as the conversation state carries it),
 * {@code i18n} (what the enterprise is told), {@code dialogue} (its department and rating
 * constants), {@code conversation} and {@code staff}; no HTTP types.
 */
package org.onewindow.handoff;
