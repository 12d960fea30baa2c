package org.onewindow.channel.telegram;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
 * The Telegram webhook at {@code /api/v1/channels/telegram}: a wrong or missing
 * {@code X-Telegram-Bot-Api-Secret-Token} is 401 and nothing is processed; an update is claimed
 * by its {@code update_id} (repeats are acknowledged and ignored), answered 200 at once, and
 * handled afterwards — replies go out through {@code sendMessage}.
 */
public final class TelegramChannel implements InputChannel {

    public static final String NAME = "telegram";
    public static final String PATH = "/api/v1/channels/telegram";
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int BODY_LIMIT = 256 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);

    private final TelegramConfig config;
    private final ChannelGateway gateway;
    private final TelegramApi api;

    public TelegramChannel(TelegramConfig config, ChannelGateway gateway, TelegramApi api) {
        this.config = config;
        this.gateway = gateway;
        this.api = api;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void mount(Router router) {
        router.post(PATH)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(this::checkSecret)
                .handler(this::handleUpdate);
    }

    private void checkSecret(RoutingContext ctx) {
        String given = ctx.request().getHeader(SECRET_HEADER);
        if (given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8),
                        config.secretToken().getBytes(StandardCharsets.UTF_8))) {
            ctx.next();
        } else {
            ctx.fail(
                    new ApiException(401, "bad_secret_token", "The " + SECRET_HEADER + " header is missing or wrong."));
        }
    }

    private void handleUpdate(RoutingContext ctx) {
        JsonObject update;
        try {
            update = ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            update = null;
        }
        if (update == null || !(update.getValue("update_id") instanceof Number id)) {
            ctx.fail(
                    ApiException.badRequest("invalid_update", "The body must be a Telegram Update with an update_id."));
            return;
        }
        JsonObject received = update;
        gateway.firstTime(NAME, "update:" + id.longValue())
                .onSuccess(first -> {
                    ctx.response().putHeader("Content-Type", "application/json").end("{}");
                    if (first) {
                        handle(received, id.longValue());
                    }
                })
                .onFailure(ctx::fail);
    }

    private void handle(JsonObject update, long updateId) {
        JsonObject message = update.getJsonObject("message");
        JsonObject callback = update.getJsonObject("callback_query");
        Future<Void> done;
        if (message != null) {
            done = onMessage(message, updateId);
        } else if (callback != null) {
            done = onCallback(callback, updateId);
        } else {
            done = Future.succeededFuture();
        }
        done.onFailure(e -> LOG.warn("telegram: update {} could not be answered: {}", updateId, e.getMessage()));
    }

    private Future<Void> onMessage(JsonObject message, long updateId) {
        JsonObject chat = message.getJsonObject("chat");
        if (chat == null || chat.getValue("id") == null) {
            return Future.succeededFuture();
        }
        String chatId = String.valueOf(chat.getValue("id"));
        Lang locale = localeOf(message.getJsonObject("from"));
        String text = message.getString("text");
        ChannelFile file = fileOf(message);
        if (file != null) {
            return gateway.receive(ChannelInput.file(NAME, chatId, locale, file, "u" + updateId))
                    .compose(turn -> send(chatId, turn));
        }
        if (text == null || text.isBlank()) {
            return api.sendMessage(
                    chatId, ChannelTexts.textOnly(locale == null ? Lang.EN : locale), java.util.List.of());
        }
        ChannelInput input = text.strip().startsWith("/start")
                ? ChannelInput.start(NAME, chatId, locale)
                : ChannelInput.text(NAME, chatId, locale, text, "u" + updateId);
        return gateway.receive(input).compose(turn -> send(chatId, turn));
    }

    /**
     * The document of a message, or its photo at the largest size Telegram keeps; null when it has
     * neither. A photo has no name: it is stored as a JPEG, which is what Telegram makes of photos.
     */
    private ChannelFile fileOf(JsonObject message) {
        JsonObject document = message.getJsonObject("document");
        if (document != null && document.getString("file_id") != null) {
            String fileId = document.getString("file_id");
            String name = document.getString("file_name", "document-" + document.getString("file_unique_id", fileId));
            return new ChannelFile(() -> api.file(fileId, name, FileAttachment.MAX_BYTES));
        }
        JsonArray photo = message.getJsonArray("photo");
        if (photo != null
                && !photo.isEmpty()
                && photo.getValue(photo.size() - 1) instanceof JsonObject largest
                && largest.getString("file_id") != null) {
            String fileId = largest.getString("file_id");
            String name = "photo-" + largest.getString("file_unique_id", fileId) + ".jpg";
            return new ChannelFile(() -> api.file(fileId, name, FileAttachment.MAX_BYTES));
        }
        return null;
    }

    private Future<Void> onCallback(JsonObject callback, long updateId) {
        String queryId = callback.getString("id");
        JsonObject from = callback.getJsonObject("from");
        JsonObject message = callback.getJsonObject("message");
        Object chat = message != null && message.getJsonObject("chat") != null
                ? message.getJsonObject("chat").getValue("id")
                : from == null ? null : from.getValue("id");
        Future<Void> answered = queryId == null
                ? Future.succeededFuture()
                : api.answerCallbackQuery(queryId).recover(e -> Future.succeededFuture());
        if (chat == null) {
            return answered;
        }
        String chatId = String.valueOf(chat);
        Lang locale = localeOf(from);
        return answered.compose(v -> api.actionOf(callback.getString("data")))
                .compose(action -> action.isEmpty()
                        ? Future.succeededFuture()
                        : gateway.receive(ChannelInput.action(NAME, chatId, locale, action.get(), "u" + updateId))
                                .compose(turn -> send(chatId, turn)));
    }

    private Future<Void> send(String chatId, ChannelTurn turn) {
        if (turn.isEmpty()) {
            return Future.succeededFuture();
        }
        return api.sendMessage(chatId, PlainText.renderAll(turn.toSend(true), turn.locale(), false), turn.options());
    }

    private static Lang localeOf(JsonObject from) {
        return from == null ? null : Lang.parseOrNull(from.getString("language_code"));
    }
}
