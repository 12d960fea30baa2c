/**
 * The generic JSON webhook channel for other messaging platforms, signed both ways with the
 * Standard Webhooks scheme ({@code connector.WebhookSigner}): inbound {@code {"userId", "text" |
 * "action", "locale"}}, replies in the response and on the configured callback URL. May import
 * {@code channel}, {@code channel.core}, {@code connector.WebhookSigner}, vertx-web and {@code shared}.
 */
package org.onewindow.channel.webhook;
