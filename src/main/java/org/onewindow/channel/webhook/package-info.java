/**
 * The generic JSON webhook channel for other messaging platforms, signed both ways with the
 * Standard Webhooks scheme ({@code signing.WebhookSigner}): inbound {@code {"userId", "text" |
 * "action", "locale"}}, replies in the response and on the configured callback URL. May import
 * {@code channel}, {@code channel.core}, {@code signing}, vertx-web and {@code shared}; not
 * {@code connector}, whose signer it used to borrow.
 */
package org.onewindow.channel.webhook;
