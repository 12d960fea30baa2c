/**
 * The {@code http} adapter: POSTs the mapped JSON with Standard Webhooks signature headers and an
 * {@code Idempotency-Key}, through the Vert.x web client (TLS with host verification for https
 * URLs). Classifies responses: 2xx delivered; 408, 429 and 5xx (honouring {@code Retry-After}),
 * timeouts and connection errors retried; other statuses refused. Imports {@code connector} and
 * vertx-web-client.
 */
package org.onewindow.connector.http;
