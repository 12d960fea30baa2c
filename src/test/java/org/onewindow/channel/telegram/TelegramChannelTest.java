package org.onewindow.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.channel.ChannelUser;
import org.onewindow.channel.core.ChannelFixture;
import org.onewindow.channel.core.FakePlatform;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.Sender;

/** The Telegram webhook with Updates shaped as the Bot API documents them (Update, Message, CallbackQuery). */
@ExtendWith(VertxExtension.class)
final class TelegramChannelTest {

    private static final String BOT_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11";
    private static final String SECRET = "onewindow_webhook-secret";
    private static final long CHAT = 1111111;

    @TempDir
    Path dir;
    private ChannelFixture fixture;
    private FakePlatform telegram;
    private TelegramApi api;
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        telegram = FakePlatform.start(vertx, request -> new JsonObject().put("ok", true).put("result", new JsonObject()));
        TelegramConfig config = new TelegramConfig(BOT_TOKEN, SECRET, telegram.baseUrl());
        api = new TelegramApi(vertx, config, fixture.store, fixture.clock);
        fixture.gateway.register(api);
        port = fixture.listen(List.of(new TelegramChannel(config, fixture.gateway, api)));
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
        telegram.close();
    }

    private HttpResponse<String> post(String secret, JsonObject update) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + TelegramChannel.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.encode()));
        if (secret != null) {
            request.header(TelegramChannel.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject user(String languageCode) {
        return new JsonObject().put("id", CHAT).put("is_bot", false).put("first_name", "Test").put("last_name", "Lastname")
                .put("username", "Test").put("language_code", languageCode);
    }

    static JsonObject textUpdate(long updateId, String text, String languageCode) {
        return new JsonObject().put("update_id", updateId).put("message", new JsonObject()
                .put("message_id", 1365).put("from", user(languageCode))
                .put("chat", new JsonObject().put("id", CHAT).put("first_name", "Test").put("last_name", "Lastname")
                        .put("username", "Test").put("type", "private"))
                .put("date", 1441645532).put("text", text));
    }

    static JsonObject callbackUpdate(long updateId, String data) {
        return new JsonObject().put("update_id", updateId).put("callback_query", new JsonObject()
                .put("id", "4382bfdwdsb323b2d9").put("from", user("en"))
                .put("message", new JsonObject().put("message_id", 1366)
                        .put("from", new JsonObject().put("id", 123456).put("is_bot", true).put("first_name", "OneWindow"))
                        .put("chat", new JsonObject().put("id", CHAT).put("type", "private"))
                        .put("date", 1441645540).put("text", "…"))
                .put("chat_instance", "-8392093028439301").put("data", data));
    }

    private FakePlatform.Request nextCall(String method) throws InterruptedException {
        FakePlatform.Request request = telegram.next();
        assertThat(request).as("a call to " + method).isNotNull();
        assertThat(request.path()).isEqualTo("/bot" + BOT_TOKEN + "/" + method);
        return request;
    }

    @Test
    void wrongOrMissingSecretToken_is401AndNothingIsProcessed() throws Exception {
        assertThat(post("wrong", textUpdate(1, "how is rent support paid?", "en")).statusCode()).isEqualTo(401);
        assertThat(post(null, textUpdate(2, "how is rent support paid?", "en")).statusCode()).isEqualTo(401);
        assertThat(telegram.next(500)).isNull();
        assertThat(ChannelFixture.await(fixture.store.find("telegram", String.valueOf(CHAT)))).isEmpty();
    }

    @Test
    void textUpdate_isAcknowledgedAndAnsweredWithSendMessage() throws Exception {
        HttpResponse<String> response = post(SECRET, textUpdate(10000, "how is rent support paid?", "en"));
        assertThat(response.statusCode()).isEqualTo(200);

        JsonObject sent = nextCall("sendMessage").json();
        assertThat(sent.getLong("chat_id")).isEqualTo(CHAT);
        assertThat(sent.getString("text")).startsWith("Rent subsidy: see the policy").contains("Source: Rent subsidy policy");
        // The only button under an answer: "not what I asked" (a person takes over).
        assertThat(sent.getJsonObject("reply_markup").encode()).contains("Not what I asked");
    }

    @Test
    void quickReplies_becomeAnInlineKeyboardAnsweredByCallbackQueries() throws Exception {
        post(SECRET, textUpdate(10001, "I want to deregister my company", "en"));
        JsonObject sent = nextCall("sendMessage").json();
        JsonArray keyboard = sent.getJsonObject("reply_markup").getJsonArray("inline_keyboard");
        assertThat(keyboard).hasSize(1);
        JsonObject button = keyboard.getJsonArray(0).getJsonObject(0);
        assertThat(button.getString("text")).isEqualTo("1. Cancel");
        assertThat(button.getString("callback_data")).isEqualTo("process:cancel");

        post(SECRET, callbackUpdate(10002, button.getString("callback_data")));
        assertThat(nextCall("answerCallbackQuery").json().getString("callback_query_id")).isEqualTo("4382bfdwdsb323b2d9");
        JsonObject confirm = nextCall("sendMessage").json();
        assertThat(confirm.getString("text")).contains("Cancel \"Deregister a company\"?");
        assertThat(confirm.getJsonObject("reply_markup").getJsonArray("inline_keyboard")).hasSize(2);

        post(SECRET, textUpdate(10003, "2", "en"));
        assertThat(nextCall("sendMessage").json().getString("text")).startsWith("Let's continue.");
    }

    @Test
    void repeatedUpdateId_isProcessedOnce() throws Exception {
        assertThat(post(SECRET, textUpdate(20000, "how is rent support paid?", "en")).statusCode()).isEqualTo(200);
        assertThat(post(SECRET, textUpdate(20000, "how is rent support paid?", "en")).statusCode()).isEqualTo(200);
        nextCall("sendMessage");
        assertThat(telegram.next(500)).isNull();
    }

    @Test
    void languageCode_setsTheLocaleOfANewConversation() throws Exception {
        post(SECRET, textUpdate(30000, "/start", "zh-hans"));
        assertThat(nextCall("sendMessage").json().getString("text")).isNotBlank();
        ChannelUser user = ChannelFixture.await(fixture.store.find("telegram", String.valueOf(CHAT))).orElseThrow();
        assertThat(user.locale()).isEqualTo(Lang.ZH);
    }

    @Test
    void longAction_travelsAsAShortIdWithinSixtyFourBytes() throws Exception {
        post(SECRET, textUpdate(40000, "hello", "en"));
        nextCall("sendMessage");
        ChannelUser user = ChannelFixture.await(fixture.store.find("telegram", String.valueOf(CHAT))).orElseThrow();
        String longAction = "process:start:deregistration:" + "x".repeat(80);
        fixture.events.message(user.conversationId(), new Message(user.sentSeq() + 1, Sender.STAFF, MessageType.TEXT,
                "Shall we start?", List.of(), List.of(new QuickReply("Start", longAction)), Instant.now(), null, null));

        JsonObject pushed = nextCall("sendMessage").json();
        assertThat(pushed.getString("text")).isEqualTo("Shall we start?");
        String data = pushed.getJsonObject("reply_markup").getJsonArray("inline_keyboard").getJsonArray(0)
                .getJsonObject(0).getString("callback_data");
        assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(ChannelFixture.await(api.actionOf(data))).contains(longAction);
    }

    @Test
    void documentMessage_pointsToTheWebWidget() throws Exception {
        JsonObject update = textUpdate(50000, "x", "en");
        update.getJsonObject("message").remove("text");
        update.getJsonObject("message").put("document", new JsonObject().put("file_id", "BQAD").put("file_name", "licence.pdf"));
        post(SECRET, update);
        assertThat(nextCall("sendMessage").json().getString("text")).contains("web chat");
    }
}
