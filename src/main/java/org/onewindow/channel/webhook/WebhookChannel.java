package org.onewindow.channel.webhook;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import org.onewindow.channel.InputChannel;
import org.onewindow.channel.core.ChannelGateway;
import org.onewindow.channel.core.ChannelInput;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Lang;
import org.onewindow.signing.WebhookSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generic webhook at {@code /api/v1/channels/webhook}: Standard Webhooks signature checked
 * (5-minute tolerance), each {@code webhook-id} accepted once — unsigned, wrongly signed, stale
 * or replayed calls are 401 and nothing is processed. The reply is the response body and is also
 * posted, signed, to the callback URL.
 */
public final class WebhookChannel implements InputChannel {

    public static final String NAME = "webhook";
    public static final String PATH = "/api/v1/channels/webhook";
    private static final int BODY_LIMIT = 64 * 1024;
    private static final int MAX_USER_ID = 128;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);

    private final WebhookSigner signer;
    private final ChannelGateway gateway;
    private final WebhookOutput output;
    private final Clock clock;

    public WebhookChannel(WebhookChannelConfig config, ChannelGateway gateway, WebhookOutput output, Clock clock) {
        this.signer = config.signer();
        this.gateway = gateway;
        this.output = output;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void mount(Router router) {
        router.post(PATH)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(this::handleMessage);
    }

    private void handleMessage(RoutingContext ctx) {
        String raw = ctx.body().asString("UTF-8");
        String id = ctx.request().getHeader(WebhookSigner.HEADER_ID);
        WebhookSigner.Rejection rejection = signer.verify(
                id,
                ctx.request().getHeader(WebhookSigner.HEADER_TIMESTAMP),
                ctx.request().getHeader(WebhookSigner.HEADER_SIGNATURE),
                raw == null ? "" : raw,
                clock.instant());
        if (rejection != null) {
            ctx.fail(new ApiException(
                    401,
                    "bad_signature",
                    switch (rejection) {
                        case MISSING_HEADERS ->
                            "The webhook-id, webhook-timestamp and webhook-signature headers are required.";
                        case BAD_TIMESTAMP -> "webhook-timestamp must be seconds since the epoch.";
                        case STALE_TIMESTAMP -> "webhook-timestamp is more than 5 minutes away from now.";
                        case BAD_SIGNATURE -> "The webhook signature is wrong.";
                    }));
            return;
        }
        ChannelInput input;
        try {
            input = inputOf(raw, id);
        } catch (ApiException e) {
            ctx.fail(e);
            return;
        }
        if (id.length() > 150) {
            ctx.fail(ApiException.badRequest("invalid_webhook_id", "webhook-id must be at most 150 characters."));
            return;
        }
        gateway.firstTime(NAME, "id:" + id)
                .compose(first -> {
                    if (!first) {
                        throw new ApiException(401, "replayed", "This webhook-id was already received.");
                    }
                    return gateway.receive(input);
                })
                .onSuccess(turn -> {
                    JsonObject reply = WebhookPayloads.of("reply", input.userId(), turn.locale(), turn.toSend(false));
                    ctx.response()
                            .putHeader("Content-Type", "application/json; charset=utf-8")
                            .end(reply.encode());
                    if (!turn.isEmpty()) {
                        output.post(reply)
                                .onFailure(e -> LOG.warn(
                                        "webhook: a reply could not be posted to the callback: {}", e.getMessage()));
                    }
                })
                .onFailure(ctx::fail);
    }

    private static ChannelInput inputOf(String raw, String webhookId) {
        JsonObject body;
        try {
            body = new JsonObject(raw == null ? "" : raw);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("malformed_json", "The request body is not a JSON object.");
        }
        String userId = string(body, "userId");
        if (userId == null || userId.isBlank() || userId.length() > MAX_USER_ID) {
            throw ApiException.badRequest(
                    "invalid_userId", "userId must be a string of 1 to " + MAX_USER_ID + " characters.");
        }
        String text = string(body, "text");
        String action = string(body, "action");
        if ((text == null) == (action == null)) {
            throw ApiException.badRequest("text_or_action", "Exactly one of text and action must be given.");
        }
        String localeCode = string(body, "locale");
        Lang locale = Lang.parseOrNull(localeCode);
        return text != null
                ? ChannelInput.text(NAME, userId, locale, text, webhookId)
                : ChannelInput.action(NAME, userId, locale, action, webhookId);
    }

    private static String string(JsonObject body, String name) {
        Object value = body.getValue(name);
        if (value != null && !(value instanceof String)) {
            throw ApiException.badRequest("invalid_" + name, name + " must be a string.");
        }
        return (String) value;
    }
}
