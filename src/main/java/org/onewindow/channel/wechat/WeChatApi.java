package org.onewindow.channel.wechat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.onewindow.channel.OutputChannel;
import org.onewindow.channel.core.ChannelFile;
import org.onewindow.channel.core.MediaDownload;
import org.onewindow.channel.core.PlainText;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;

/**
 * WeChat's customer-service message API ({@code POST /cgi-bin/message/custom/send}) with the
 * account's access token ({@code GET /cgi-bin/token}), cached until shortly before it expires and
 * fetched again once when WeChat says it is invalid. The output of the WeChat channel.
 */
public final class WeChatApi implements OutputChannel {

    /** A customer-service text holds at most 2048 bytes. */
    public static final int MAX_TEXT_BYTES = 2048;

    private static final Duration EARLY = Duration.ofMinutes(5);
    private static final Set<Integer> TOKEN_INVALID = Set.of(40001, 40014, 42001);

    private final WebClient client;
    private final HttpClient http;
    private final WeChatConfig config;
    private final Clock clock;
    private AccessToken token;
    private Future<AccessToken> fetching;

    public WeChatApi(Vertx vertx, WeChatConfig config, Clock clock) {
        this.client = WebClient.create(vertx);
        this.http = vertx.createHttpClient();
        this.config = config;
        this.clock = clock;
    }

    private record AccessToken(String value, Instant refreshAt) {}

    @Override
    public String name() {
        return WeChatChannel.NAME;
    }

    @Override
    public Future<Void> push(String userId, Lang locale, List<Message> messages) {
        String text = PlainText.capBytes(PlainText.renderAll(messages, locale, true), MAX_TEXT_BYTES);
        return text.isEmpty() ? Future.succeededFuture() : sendText(userId, text);
    }

    /** Sends {@code text} to the user {@code openId}. */
    public Future<Void> sendText(String openId, String text) {
        if (!config.hasApi()) {
            return Future.failedFuture(new IllegalStateException(
                    "wechat-app-id and wechat-app-secret are needed to send outside a passive reply"));
        }
        JsonObject body = new JsonObject()
                .put("touser", openId)
                .put("msgtype", "text")
                .put("text", new JsonObject().put("content", PlainText.capBytes(text, MAX_TEXT_BYTES)));
        return send(body, true);
    }

    private Future<Void> send(JsonObject body, boolean mayRetry) {
        return accessToken()
                .compose(access -> client.postAbs(
                                config.apiBase() + "/cgi-bin/message/custom/send?access_token=" + encode(access))
                        .sendJsonObject(body)
                        .compose(response -> {
                            JsonObject answer = json(response);
                            int code = answer.getInteger("errcode", 0);
                            if (code == 0) {
                                return Future.<Void>succeededFuture();
                            }
                            if (mayRetry && TOKEN_INVALID.contains(code)) {
                                forget(access);
                                return send(body, false);
                            }
                            return Future.failedFuture(new IllegalStateException(
                                    "WeChat refused the customer-service message: errcode " + code));
                        }));
    }

    /**
     * An image the user sent, from the temporary media API ({@code GET /cgi-bin/media/get}), named by
     * what its first bytes say it is. At most {@code maxBytes}; WeChat's JSON error answers fail.
     */
    public Future<ChannelFile.Received> image(String mediaId, String name, long maxBytes) {
        return image(mediaId, name, maxBytes, true);
    }

    private Future<ChannelFile.Received> image(String mediaId, String name, long maxBytes, boolean mayRetry) {
        if (!config.hasApi()) {
            return Future.failedFuture(
                    new IllegalStateException("wechat-app-id and wechat-app-secret are needed to receive images"));
        }
        return accessToken()
                .compose(access -> MediaDownload.fetch(
                                http,
                                config.apiBase() + "/cgi-bin/media/get?access_token=" + encode(access) + "&media_id="
                                        + encode(mediaId),
                                maxBytes,
                                "WeChat")
                        .compose(download -> {
                            if (download.contentType().contains("json")
                                    || download.contentType().startsWith("text/")) {
                                int code = errcode(download.body());
                                if (mayRetry && TOKEN_INVALID.contains(code)) {
                                    forget(access);
                                    return image(mediaId, name, maxBytes, false);
                                }
                                return Future.failedFuture(
                                        new IllegalStateException("WeChat gave no image: errcode " + code));
                            }
                            Buffer body = download.body();
                            boolean png = body.length() > 4 && body.getByte(0) == (byte) 0x89 && body.getByte(1) == 'P';
                            return Future.succeededFuture(
                                    new ChannelFile.Received(name + (png ? ".png" : ".jpg"), body));
                        }));
    }

    private static int errcode(Buffer body) {
        try {
            return new JsonObject(body).getInteger("errcode", -1);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The current access token, fetched when there is none or it is about to expire. */
    public synchronized Future<String> accessToken() {
        if (token != null && clock.instant().isBefore(token.refreshAt())) {
            return Future.succeededFuture(token.value());
        }
        if (fetching == null) {
            Future<AccessToken> fetch = fetchToken();
            fetching = fetch;
            fetch.onComplete(r -> {
                synchronized (this) {
                    fetching = null;
                    if (r.succeeded()) {
                        token = r.result();
                    }
                }
            });
        }
        return fetching.map(AccessToken::value);
    }

    private synchronized void forget(String value) {
        if (token != null && token.value().equals(value)) {
            token = null;
        }
    }

    private Future<AccessToken> fetchToken() {
        String url = config.apiBase() + "/cgi-bin/token?grant_type=client_credential&appid=" + encode(config.appId())
                + "&secret=" + encode(config.appSecret());
        return client.getAbs(url).send().compose(response -> {
            JsonObject answer = json(response);
            String value = answer.getString("access_token");
            if (value == null || value.isBlank()) {
                return Future.failedFuture(new IllegalStateException(
                        "WeChat gave no access token: errcode " + answer.getInteger("errcode", -1)));
            }
            long expiresIn = answer.getLong("expires_in", 7200L);
            Duration lifetime = Duration.ofSeconds(expiresIn);
            Duration early = lifetime.compareTo(EARLY.multipliedBy(2)) > 0 ? EARLY : lifetime.dividedBy(2);
            return Future.succeededFuture(
                    new AccessToken(value, clock.instant().plus(lifetime).minus(early)));
        });
    }

    private static JsonObject json(HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the WeChat API answered HTTP " + response.statusCode());
        }
        try {
            return response.bodyAsJsonObject();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the WeChat API answered something other than a JSON object");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
