package org.onewindow.channel.webhook;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onewindow.channel.OutputChannel;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.signing.WebhookSigner;

/** Posts replies and pushes to the webhook channel's callback URL, signed with the Standard Webhooks headers. */
public final class WebhookOutput implements OutputChannel {

    private final WebClient client;
    private final WebhookChannelConfig config;
    private final WebhookSigner signer;
    private final Clock clock;

    public WebhookOutput(Vertx vertx, WebhookChannelConfig config, Clock clock) {
        this.client = WebClient.create(vertx);
        this.config = config;
        this.signer = config.signer();
        this.clock = clock;
    }

    @Override
    public String name() {
        return WebhookChannel.NAME;
    }

    @Override
    public Future<Void> push(String userId, Lang locale, List<Message> messages) {
        return post(WebhookPayloads.of("push", userId, locale, messages));
    }

    /** Posts {@code payload} to the callback URL; succeeds at once when none is configured. */
    Future<Void> post(JsonObject payload) {
        if (config.callbackUrl() == null) {
            return Future.succeededFuture();
        }
        String body = payload.encode();
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        long timestamp = clock.instant().getEpochSecond();
        return client.postAbs(config.callbackUrl())
                .putHeader("Content-Type", "application/json")
                .putHeader(WebhookSigner.HEADER_ID, id)
                .putHeader(WebhookSigner.HEADER_TIMESTAMP, String.valueOf(timestamp))
                .putHeader(WebhookSigner.HEADER_SIGNATURE, signer.sign(id, timestamp, body))
                .sendBuffer(io.vertx.core.buffer.Buffer.buffer(body))
                .compose(response -> response.statusCode() / 100 == 2
                        ? Future.<Void>succeededFuture()
                        : Future.failedFuture(new IllegalStateException(
                                "the webhook callback answered HTTP " + response.statusCode())));
    }
}
