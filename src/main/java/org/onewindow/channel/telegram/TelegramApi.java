package org.onewindow.channel.telegram;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.channel.ChannelStore;
import org.onewindow.channel.OutputChannel;
import org.onewindow.channel.core.ChannelFile;
import org.onewindow.channel.core.MediaDownload;
import org.onewindow.channel.core.PlainText;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.QuickReply;

/**
 * The Bot API calls the channel makes: {@code sendMessage} (plain text, at most 4096 characters,
 * quick replies as an inline keyboard of numbered buttons), {@code answerCallbackQuery}, and
 * {@code getFile} with the download of a file the user sent.
 */
public final class TelegramApi implements OutputChannel {

    public static final int MAX_TEXT_CHARS = 4096;

    private final WebClient client;
    private final HttpClient http;
    private final TelegramConfig config;
    private final CallbackData callbacks;

    public TelegramApi(Vertx vertx, TelegramConfig config, ChannelStore store, Clock clock) {
        this.client = WebClient.create(vertx);
        this.http = vertx.createHttpClient();
        this.config = config;
        this.callbacks = new CallbackData(store, clock);
    }

    @Override
    public String name() {
        return TelegramChannel.NAME;
    }

    @Override
    public Future<Void> push(String userId, Lang locale, List<Message> messages) {
        String text = PlainText.capChars(PlainText.renderAll(messages, locale, false), MAX_TEXT_CHARS);
        if (text.isEmpty()) {
            return Future.succeededFuture();
        }
        return sendMessage(userId, text, PlainText.offeredOptions(messages));
    }

    /** Sends {@code text} to chat {@code chatId}, with {@code options} as buttons "1. label", "2. label"…. */
    public Future<Void> sendMessage(String chatId, String text, List<QuickReply> options) {
        return keyboard(options).compose(markup -> {
            JsonObject body = new JsonObject()
                    .put("chat_id", chatIdValue(chatId))
                    .put("text", PlainText.capChars(text, MAX_TEXT_CHARS));
            if (markup != null) {
                body.put("reply_markup", markup);
            }
            return call("sendMessage", body);
        });
    }

    /**
     * A file the user sent (document or photo): {@code getFile} says where it is, then it is
     * downloaded from {@code /file/bot<token>/<path>}, at most {@code maxBytes} (refused before the
     * download when Telegram already says it is larger).
     */
    public Future<ChannelFile.Received> file(String fileId, String name, long maxBytes) {
        return callForResult("getFile", new JsonObject().put("file_id", fileId)).compose(result -> {
            String path = result.getString("file_path");
            if (path == null || path.isBlank()) {
                return Future.failedFuture(new IllegalStateException("Telegram gave no file_path for a file"));
            }
            if (result.getLong("file_size", 0L) > maxBytes) {
                return Future.failedFuture(new ApiException(
                        413, "file_too_large", "The file is larger than " + (maxBytes >> 20) + " MB."));
            }
            return MediaDownload.fetch(
                            http, config.apiBase() + "/file/bot" + config.botToken() + "/" + path, maxBytes, "Telegram")
                    .map(download -> new ChannelFile.Received(name, download.body()));
        });
    }

    public Future<Void> answerCallbackQuery(String callbackQueryId) {
        return call("answerCallbackQuery", new JsonObject().put("callback_query_id", callbackQueryId));
    }

    Future<java.util.Optional<String>> actionOf(String callbackData) {
        return callbacks.decode(callbackData);
    }

    private Future<JsonObject> keyboard(List<QuickReply> options) {
        if (options.isEmpty()) {
            return Future.succeededFuture(null);
        }
        List<Future<String>> data =
                options.stream().map(o -> callbacks.encode(o.action())).toList();
        return Future.all(new ArrayList<>(data)).map(all -> {
            JsonArray rows = new JsonArray();
            for (int i = 0; i < options.size(); i++) {
                String label = (i + 1) + ". " + PlainText.strip(options.get(i).label());
                rows.add(new JsonArray()
                        .add(new JsonObject()
                                .put("text", PlainText.capChars(label, 120))
                                .put("callback_data", data.get(i).result())));
            }
            return new JsonObject().put("inline_keyboard", rows);
        });
    }

    private Future<Void> call(String method, JsonObject body) {
        return callForResult(method, body).mapEmpty();
    }

    /** Calls a Bot API method; its {@code result} when it is an object, else an empty object. */
    private Future<JsonObject> callForResult(String method, JsonObject body) {
        return client.postAbs(config.apiBase() + "/bot" + config.botToken() + "/" + method)
                .sendJsonObject(body)
                .compose(response -> {
                    JsonObject answer;
                    try {
                        answer = response.bodyAsJsonObject();
                    } catch (RuntimeException e) {
                        answer = null;
                    }
                    if (response.statusCode() == 200 && answer != null && answer.getBoolean("ok", false)) {
                        return Future.succeededFuture(
                                answer.getValue("result") instanceof JsonObject result ? result : new JsonObject());
                    }
                    // Never the URL: it holds the bot token.
                    return Future.failedFuture(
                            new IllegalStateException("Telegram refused " + method + ": HTTP " + response.statusCode()
                                    + (answer == null ? "" : " " + answer.getString("description", ""))));
                });
    }

    private static Object chatIdValue(String chatId) {
        try {
            return Long.parseLong(chatId);
        } catch (NumberFormatException e) {
            return chatId;
        }
    }
}
