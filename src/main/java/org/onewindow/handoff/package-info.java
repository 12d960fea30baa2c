/**
 * Queues, claims, the auto-assignment of waiting enterprises and the relay between enterprise and
 * staff; declares the {@code HandoffStore} it needs. Imports io.vertx.core, shared, i18n (what the
 * enterprise is told), dialogue (state records) and conversation; no HTTP types.
 */
package org.onewindow.handoff;
