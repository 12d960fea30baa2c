/**
 * Standard Webhooks signatures ({@link org.onewindow.signing.WebhookSigner}): signing what OneWindow
 * sends and verifying what it receives, shared by the approval-system connectors ({@code connector},
 * {@code connector.http}, {@code .amqp}, {@code connector.config}) and the generic webhook channel
 * ({@code channel.webhook}), neither of which owns the scheme. Imports the JDK only
 * ({@code java..}, {@code javax.crypto}).
 */
package org.onewindow.signing;
