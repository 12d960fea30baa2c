/**
 * Logging set-up: the text or JSON layout of standard output chosen at start, and the request id of
 * the current Vert.x context in every line's MDC. Imports Logback, SLF4J, {@code io.vertx.core} and
 * {@code config}; nothing of the domain.
 */
package org.onewindow.logging;
