package org.onewindow.channel.wechat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.onewindow.channel.InputChannel;
import org.onewindow.channel.core.ChannelFile;
import org.onewindow.channel.core.ChannelGateway;
import org.onewindow.channel.core.ChannelInput;
import org.onewindow.channel.core.ChannelTexts;
import org.onewindow.channel.core.ChannelTurn;
import org.onewindow.channel.core.PlainText;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.FileAttachment;
import org.onewindow.shared.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat message push at {@code /api/v1/channels/wechat}: {@code GET} verifies the URL (echoes
 * {@code echostr}), {@code POST} takes a message. Every request's signature is checked first
 * (401, nothing processed). A turn answered within the passive window is the passive XML reply;
 * a slower one is answered "success" and sent through the customer-service API when ready.
 * WeChat's retries (same MsgId) join the first request's turn: same reply, or "success", and a
 * MsgId seen before runs no second turn even after a restart. A signed {@code timestamp} more than
 * five minutes from the server's clock is refused (401 {@code stale_timestamp}), so a captured
 * request cannot be replayed later with a new MsgId's worth of effect.
 *
 * <p>With an EncodingAESKey configured, a push with {@code encrypt_type=aes} is encrypted
 * (安全模式): its {@code msg_signature} must sign the ciphertext too (401 otherwise), it must
 * decrypt to a message for this app id (400 otherwise), and its passive reply is encrypted
 * ("success" stays plain). A URL verification with {@code msg_signature} echoes the decrypted
 * {@code echostr}. A push without {@code encrypt_type=aes} is still read as plain text (兼容模式),
 * so switching modes in the WeChat console loses no message.
 */
public final class WeChatChannel implements InputChannel {

    public static final String NAME = "wechat";
    public static final String PATH = "/api/v1/channels/wechat";
    /** A passive reply's content holds at most 2048 bytes. */
    public static final int MAX_REPLY_BYTES = 2048;

    private static final Logger LOG = LoggerFactory.getLogger(WeChatChannel.class);
    /** How far a request's signed timestamp may be from the server's clock, either way. */
    static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

    private final Vertx vertx;
    private final WeChatConfig config;
    private final ChannelGateway gateway;
    private final WeChatApi api;
    private final Clock clock;
    /** Null in plain mode. */
    private final WeChatCrypto crypto;

    private final Cache<String, Pending> pending = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2))
            .maximumSize(100_000)
            .build();

    public WeChatChannel(Vertx vertx, WeChatConfig config, ChannelGateway gateway, WeChatApi api, Clock clock) {
        this.vertx = vertx;
        this.clock = clock;
        this.config = config;
        this.gateway = gateway;
        this.api = api;
        this.crypto = config.encrypted() ? new WeChatCrypto(config.encodingAesKey(), config.appId()) : null;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(WeChatXml.MAX_BYTES);
        router.get(PATH).handler(this::handleVerify);
        router.post(PATH).handler(body).handler(this::checkSignature).handler(this::handleMessage);
    }

    /** Echoes {@code echostr}; an encrypted one (with {@code msg_signature}, which signs it) decrypted. */
    private void handleVerify(RoutingContext ctx) {
        if (!recent(ctx)) {
            ctx.fail(staleTimestamp());
            return;
        }
        String echo = ctx.request().getParam("echostr");
        String msgSignature = ctx.request().getParam("msg_signature");
        if (crypto != null && msgSignature != null) {
            if (!WeChatSignature.validMessage(
                    config.token(),
                    msgSignature,
                    ctx.request().getParam("timestamp"),
                    ctx.request().getParam("nonce"),
                    echo)) {
                ctx.fail(badMsgSignature());
                return;
            }
            try {
                echo = crypto.decrypt(echo);
            } catch (WeChatCrypto.Rejected e) {
                ctx.fail(notDecrypted(e, "echostr"));
                return;
            }
        } else if (!signed(ctx)) {
            ctx.fail(badSignature());
            return;
        }
        ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end(echo == null ? "" : echo);
    }

    private void checkSignature(RoutingContext ctx) {
        if (!signed(ctx)) {
            ctx.fail(badSignature());
        } else if (!recent(ctx)) {
            ctx.fail(staleTimestamp());
        } else {
            ctx.next();
        }
    }

    /** Whether the request's {@code timestamp} (seconds since the epoch) is within the tolerance of now. */
    private boolean recent(RoutingContext ctx) {
        String timestamp = ctx.request().getParam("timestamp");
        if (timestamp == null) {
            return false;
        }
        try {
            long seconds = Long.parseLong(timestamp.trim());
            return Math.abs(clock.instant().getEpochSecond() - seconds) <= TIMESTAMP_TOLERANCE.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ApiException staleTimestamp() {
        return new ApiException(
                401,
                "stale_timestamp",
                "The WeChat timestamp is missing or more than 5 minutes away from the server's time.");
    }

    private boolean signed(RoutingContext ctx) {
        return WeChatSignature.valid(
                config.token(),
                ctx.request().getParam("signature"),
                ctx.request().getParam("timestamp"),
                ctx.request().getParam("nonce"));
    }

    private static ApiException badSignature() {
        return new ApiException(401, "bad_signature", "The WeChat signature is missing or wrong.");
    }

    private static ApiException badMsgSignature() {
        return new ApiException(401, "bad_signature", "The WeChat msg_signature is missing or wrong.");
    }

    private static ApiException notDecrypted(WeChatCrypto.Rejected e, String what) {
        return ApiException.badRequest(
                "bad_encryption", "The encrypted WeChat " + what + " is not accepted: " + e.getMessage() + ".");
    }

    private void handleMessage(RoutingContext ctx) {
        byte[] body =
                ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        boolean encrypted =
                crypto != null && "aes".equalsIgnoreCase(ctx.request().getParam("encrypt_type"));
        WeChatMessage message;
        try {
            if (encrypted) {
                String ciphertext = WeChatXml.encrypted(body);
                if (!WeChatSignature.validMessage(
                        config.token(),
                        ctx.request().getParam("msg_signature"),
                        ctx.request().getParam("timestamp"),
                        ctx.request().getParam("nonce"),
                        ciphertext)) {
                    ctx.fail(badMsgSignature());
                    return;
                }
                body = crypto.decrypt(ciphertext).getBytes(StandardCharsets.UTF_8);
            }
            message = WeChatXml.parse(body);
        } catch (WeChatXml.MalformedXml e) {
            ctx.fail(ApiException.badRequest(
                    "malformed_xml", "The WeChat message is not accepted: " + e.getMessage() + "."));
            return;
        } catch (WeChatCrypto.Rejected e) {
            ctx.fail(notDecrypted(e, "message"));
            return;
        }
        ChannelInput input = inputOf(message);
        if (input == null) {
            if (isEventWithoutReply(message)) {
                success(ctx);
            } else {
                Lang lang = Lang.ZH;
                reply(ctx, message, encrypted, ChannelTexts.textOnly(lang));
            }
            return;
        }
        Pending turn = pending.get(message.dedupKey(), key -> start(key, message, input));
        answer(ctx, message, encrypted, turn);
    }

    /** What the user said or sent, or null for messages the service does not take (location, video, other events). */
    private ChannelInput inputOf(WeChatMessage message) {
        String user = message.fromUser();
        switch (message.msgType()) {
            case "image" -> {
                String mediaId = message.mediaId();
                return mediaId == null || mediaId.isBlank()
                        ? null
                        : ChannelInput.file(
                                NAME,
                                user,
                                null,
                                new ChannelFile(() ->
                                        api.image(mediaId, "photo-" + message.dedupKey(), FileAttachment.MAX_BYTES)),
                                message.dedupKey());
            }
            case "text" -> {
                String content = message.content() == null ? "" : message.content();
                return content.isBlank() ? null : ChannelInput.text(NAME, user, null, content, message.dedupKey());
            }
            case "voice" -> {
                String heard = message.recognition();
                return heard == null || heard.isBlank()
                        ? null
                        : ChannelInput.text(NAME, user, null, heard, message.dedupKey());
            }
            case "event" -> {
                return "subscribe".equalsIgnoreCase(message.event()) ? ChannelInput.start(NAME, user, Lang.ZH) : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isEventWithoutReply(WeChatMessage message) {
        return "event".equals(message.msgType());
    }

    private Pending start(String key, WeChatMessage message, ChannelInput input) {
        Future<ChannelTurn> turn = gateway.firstTime(NAME, "msg:" + key)
                .compose(first -> first ? gateway.receive(input) : Future.succeededFuture((ChannelTurn) null));
        Pending p = new Pending(turn);
        turn.onComplete(r -> {
            if (!p.finish()) {
                return;
            }
            if (r.failed()) {
                LOG.warn("wechat: a deferred turn failed: {}", r.cause().toString());
            } else if (r.result() != null && !r.result().isEmpty()) {
                api.push(message.fromUser(), r.result().locale(), r.result().toSend(true))
                        .onFailure(e -> LOG.warn("wechat: a slow reply could not be sent: {}", e.getMessage()));
            }
        });
        return p;
    }

    private void answer(RoutingContext ctx, WeChatMessage message, boolean encrypted, Pending p) {
        long timer = vertx.setTimer(Math.max(1, config.passiveWindow().toMillis()), id -> {
            if (p.deferIfPending()) {
                success(ctx);
            }
        });
        p.turn.onComplete(r -> {
            vertx.cancelTimer(timer);
            if (p.isDeferred() || r.failed() || r.result() == null || r.result().isEmpty()) {
                if (r.failed() && !p.isDeferred()) {
                    LOG.warn("wechat: a turn failed: {}", r.cause().toString());
                }
                success(ctx);
                return;
            }
            ChannelTurn turn = r.result();
            reply(ctx, message, encrypted, PlainText.renderAll(turn.toSend(true), turn.locale(), true));
        });
    }

    private void reply(RoutingContext ctx, WeChatMessage message, boolean encrypted, String text) {
        if (ctx.response().ended()) {
            return;
        }
        String content = PlainText.capBytes(text, MAX_REPLY_BYTES);
        long now = System.currentTimeMillis() / 1000;
        String xml = WeChatXml.textReply(message.fromUser(), message.toUser(), now, content);
        if (encrypted) {
            String ciphertext = crypto.encrypt(xml);
            String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
            String timestamp = Long.toString(now);
            xml = WeChatXml.encryptedReply(
                    ciphertext, WeChatSignature.signMessage(config.token(), timestamp, nonce, ciphertext), now, nonce);
        }
        ctx.response()
                .putHeader("Content-Type", "application/xml; charset=utf-8")
                .end(xml);
    }

    private static void success(RoutingContext ctx) {
        if (!ctx.response().ended()) {
            ctx.response()
                    .putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("success");
        }
    }

    /** One MsgId's turn, shared by WeChat's retries; deferred once a request gave up waiting for it. */
    private static final class Pending {
        final Future<ChannelTurn> turn;
        private boolean done;
        private boolean deferred;

        Pending(Future<ChannelTurn> turn) {
            this.turn = turn;
        }

        synchronized boolean deferIfPending() {
            if (done) {
                return false;
            }
            deferred = true;
            return true;
        }

        /** Marks the turn finished; true when its reply must go through the API. */
        synchronized boolean finish() {
            done = true;
            return deferred;
        }

        synchronized boolean isDeferred() {
            return deferred;
        }
    }
}
