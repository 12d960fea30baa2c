package org.onewindow.connector.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.onewindow.connector.Connector;
import org.onewindow.connector.ConnectorSpec;
import org.onewindow.connector.Delivery;
import org.onewindow.connector.DeliveryOutcome;
import org.onewindow.signing.WebhookSigner;

/** POSTs a delivery as signed JSON (Standard Webhooks) with an Idempotency-Key. */
public final class HttpConnector implements Connector {

    private static final int MAX_REASON = 300;

    private final ConnectorSpec spec;
    private final HttpConnectorConfig config;
    private final WebClient client;

    public HttpConnector(Vertx vertx, ConnectorSpec spec, HttpConnectorConfig config) {
        this.spec = spec;
        this.config = config;
        WebClientOptions options = new WebClientOptions()
                .setConnectTimeout(
                        (int) Math.min(Integer.MAX_VALUE, spec.timeout().toMillis()))
                .setKeepAlive(true)
                .setFollowRedirects(false)
                .setUserAgent("OneWindow-Connector/1");
        if (config.tls()) {
            options.setSsl(true).setVerifyHost(config.verifyHost());
        }
        this.client = WebClient.create(vertx, options, new PoolOptions().setHttp1MaxSize(config.maxConnections()));
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public Future<DeliveryOutcome> deliver(Delivery delivery) {
        long timestamp = delivery.attemptedAt().getEpochSecond();
        HttpRequest<Buffer> request = client.postAbs(config.url().toString())
                .timeout(spec.timeout().toMillis())
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Idempotency-Key", delivery.idempotencyKey())
                .putHeader(WebhookSigner.HEADER_ID, delivery.idempotencyKey())
                .putHeader(WebhookSigner.HEADER_TIMESTAMP, Long.toString(timestamp));
        if (spec.signer() != null) {
            request.putHeader(
                    WebhookSigner.HEADER_SIGNATURE,
                    spec.signer().sign(delivery.idempotencyKey(), timestamp, delivery.body()));
        }
        config.headers().forEach(request::putHeader);
        return request.sendBuffer(Buffer.buffer(delivery.body()))
                .map(response -> classify(response, delivery.attemptedAt()))
                .recover(e -> Future.succeededFuture(DeliveryOutcome.retry(
                        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
    }

    static DeliveryOutcome classify(HttpResponse<Buffer> response, Instant now) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.delivered(status);
        }
        String reason = "HTTP " + status + reasonBody(response);
        if (status == 408 || status == 429 || status >= 500) {
            return DeliveryOutcome.retry(status, reason, retryAfter(response.getHeader("Retry-After"), now));
        }
        return DeliveryOutcome.refused(status, reason);
    }

    /** {@code Retry-After} as seconds or an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    private static String reasonBody(HttpResponse<Buffer> response) {
        Buffer body = response.body();
        if (body == null || body.length() == 0) {
            return "";
        }
        String text = body.toString().replaceAll("\\s+", " ").trim();
        return ": " + (text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text);
    }

    @Override
    public Future<Void> close() {
        client.close();
        return Future.succeededFuture();
    }
}
