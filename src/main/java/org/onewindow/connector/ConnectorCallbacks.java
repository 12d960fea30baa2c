package org.onewindow.connector;

import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.shared.ApiException;
import org.onewindow.signing.WebhookSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound status callbacks of approval systems, signed like outgoing deliveries (Standard
 * Webhooks, the connector's secret, 5 minutes' timestamp tolerance). Unknown connector → 404;
 * missing, wrong or stale signature, or a replayed message id → 401; unknown submission → 404;
 * a malformed body → 400. A refused call changes nothing. An accepted one is stored, then told
 * to the {@link SubmissionStatusListener}.
 */
public final class ConnectorCallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorCallbacks.class);
    private static final int MAX_COMMENT = 4_000;
    private static final int MAX_CORRECTIONS = 100;

    private final ConnectorRegistry registry;
    private final OutboxStore store;
    private final Clock clock;
    private final SubmissionStatusListener listener;

    public ConnectorCallbacks(
            ConnectorRegistry registry, OutboxStore store, Clock clock, SubmissionStatusListener listener) {
        this.registry = registry;
        this.store = store;
        this.clock = clock;
        this.listener = listener;
    }

    /** Verifies and applies one callback; the future fails with an {@link ApiException} when refused. */
    public Future<StatusCallback> receive(
            String connectorId, String messageId, String timestamp, String signature, String body) {
        ConnectorRegistry.Entry entry = registry.find(connectorId)
                .orElseThrow(() -> ApiException.notFound(
                        "unknown_connector", "No connector \"" + connectorId + "\" is configured."));
        WebhookSigner signer = entry.spec().signer();
        if (signer == null) {
            throw new ApiException(
                    401,
                    "signature_invalid",
                    "Connector \"" + connectorId + "\" has no signing secret; its callbacks cannot be verified.");
        }
        WebhookSigner.Rejection rejection = signer.verify(messageId, timestamp, signature, body, clock.instant());
        if (rejection != null) {
            LOG.info("callback for connector {} refused: {}", connectorId, rejection);
            throw new ApiException(
                    401,
                    "signature_invalid",
                    switch (rejection) {
                        case MISSING_HEADERS ->
                            "The webhook-id, webhook-timestamp and webhook-signature headers are required.";
                        case BAD_TIMESTAMP -> "webhook-timestamp must be Unix seconds.";
                        case STALE_TIMESTAMP -> "webhook-timestamp is more than 5 minutes away from the server's time.";
                        case BAD_SIGNATURE -> "webhook-signature does not match the body.";
                    });
        }
        StatusCallback callback = parse(connectorId, messageId, body);
        return store.applyCallback(callback).map(result -> {
            switch (result.kind()) {
                case REPLAY ->
                    throw new ApiException(401, "replayed", "The message " + messageId + " was already received.");
                case UNKNOWN_SUBMISSION ->
                    throw ApiException.notFound(
                            "unknown_submission",
                            "No submission \"" + callback.submissionId() + "\" was delivered to " + connectorId + ".");
                default -> {}
            }
            try {
                listener.statusChanged(
                        callback.submissionId(),
                        result.version(),
                        connectorId,
                        callback.status(),
                        callback.comment(),
                        callback.corrections());
            } catch (RuntimeException e) {
                LOG.error("status listener failed for submission {} at {}", callback.submissionId(), connectorId, e);
            }
            return callback;
        });
    }

    private StatusCallback parse(String connectorId, String messageId, String body) {
        JsonObject json;
        try {
            json = new JsonObject(body);
        } catch (DecodeException | ClassCastException e) {
            throw ApiException.badRequest("malformed_json", "The callback body must be a JSON object.");
        }
        String submissionId = text(json, "submissionId", true);
        String statusText = text(json, "status", true);
        TargetStatus status = TargetStatus.parseOrNull(statusText);
        if (status == null || !status.reportable()) {
            throw ApiException.badRequest(
                    "invalid_status", "status must be one of in_review, needs_correction, approved, rejected.");
        }
        String comment = text(json, "comment", false);
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw ApiException.badRequest("invalid_comment", "comment must be at most " + MAX_COMMENT + " characters.");
        }
        List<Correction> corrections = new ArrayList<>();
        Object raw = json.getValue("corrections");
        if (raw != null) {
            if (!(raw instanceof JsonArray array) || array.size() > MAX_CORRECTIONS) {
                throw ApiException.badRequest(
                        "invalid_corrections",
                        "corrections must be a list of at most " + MAX_CORRECTIONS
                                + " {\"field\", \"reason\"} objects.");
            }
            for (Object item : array) {
                if (!(item instanceof JsonObject c)
                        || !(c.getValue("field") instanceof String field)
                        || field.isBlank()
                        || (c.getValue("reason") != null && !(c.getValue("reason") instanceof String))) {
                    throw ApiException.badRequest(
                            "invalid_corrections",
                            "each correction must be {\"field\": \"...\", \"reason\": \"...\"}.");
                }
                corrections.add(new Correction(field, c.getString("reason")));
            }
        }
        if (status == TargetStatus.NEEDS_CORRECTION && corrections.isEmpty()) {
            throw ApiException.badRequest("invalid_corrections", "needs_correction must name at least one correction.");
        }
        return new StatusCallback(connectorId, messageId, submissionId, status, comment, corrections, clock.instant());
    }

    private static String text(JsonObject json, String name, boolean required) {
        Object value = json.getValue(name);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String s) || (required && s.isBlank())) {
            throw ApiException.badRequest(
                    "invalid_" + name, name + (required ? " is required and" : "") + " must be a string.");
        }
        return s;
    }
}
