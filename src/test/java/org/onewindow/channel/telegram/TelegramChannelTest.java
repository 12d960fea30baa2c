package org.onewindow.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

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
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        telegram = FakePlatform.serving(vertx, request -> {
            if (request.path().equals("/bot" + BOT_TOKEN + "/getFile")) {
                String fileId = request.json().getString("file_id");
                return FakePlatform.Answer.json(new JsonObject()
                        .put("ok", true)
                        .put(
                                "result",
                                new JsonObject()
                                        .put("file_id", fileId)
                                        .put("file_unique_id", "u-" + fileId)
                                        .put("file_size", fileId.equals("HUGE") ? 30L * 1024 * 1024 : PDF.length)
                                        .put("file_path", "documents/" + fileId + ".bin")));
            }
            if (request.path().startsWith("/file/bot" + BOT_TOKEN + "/documents/")) {
                return new FakePlatform.Answer("application/octet-stream", io.vertx.core.buffer.Buffer.buffer(PDF));
            }
            return FakePlatform.Answer.json(new JsonObject().put("ok", true).put("result", new JsonObject()));
        });
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
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + TelegramChannel.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.encode()));
        if (secret != null) {
            request.header(TelegramChannel.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject user(String languageCode) {
        return new JsonObject()
                .put("id", CHAT)
                .put("is_bot", false)
                .put("first_name", "Test")
                .put("last_name", "Lastname")
                .put("username", "Test")
                .put("language_code", languageCode);
    }

    static JsonObject textUpdate(long updateId, String text, String languageCode) {
        return new JsonObject()
                .put("update_id", updateId)
                .put(
                        "message",
                        new JsonObject()
                                .put("message_id", 1365)
                                .put("from", user(languageCode))
                                .put(
                                        "chat",
                                        new JsonObject()
                                                .put("id", CHAT)
                                                .put("first_name", "Test")
                                                .put("last_name", "Lastname")
                                                .put("username", "Test")
                                                .put("type", "private"))
                                .put("date", 1441645532)
                                .put("text", text));
    }

    static JsonObject callbackUpdate(long updateId, String data) {
        return new JsonObject()
                .put("update_id", updateId)
                .put(
                        "callback_query",
                        new JsonObject()
                                .put("id", "4382bfdwdsb323b2d9")
                                .put("from", user("en"))
                                .put(
                                        "message",
                                        new JsonObject()
                                                .put("message_id", 1366)
                                                .put(
                                                        "from",
                                                        new JsonObject()
                                                                .put("id", 123456)
                                                                .put("is_bot", true)
                                                                .put("first_name", "OneWindow"))
                                                .put(
                                                        "chat",
                                                        new JsonObject()
                                                                .put("id", CHAT)
                                                                .put("type", "private"))
                                                .put("date", 1441645540)
                                                .put("text", "…"))
                                .put("chat_instance", "-8392093028439301")
                                .put("data", data));
    }

    private FakePlatform.Request nextCall(String method) throws InterruptedException {
        FakePlatform.Request request = telegram.next();
        assertThat(request).as("a call to " + method).isNotNull();
        assertThat(request.path()).isEqualTo("/bot" + BOT_TOKEN + "/" + method);
        return request;
    }

    @Test
    void wrongOrMissingSecretToken_is401AndNothingIsProcessed() throws Exception {
        assertThat(post("wrong", textUpdate(1, "how is rent support paid?", "en"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(post(null, textUpdate(2, "how is rent support paid?", "en")).statusCode())
                .isEqualTo(401);
        assertThat(telegram.next(500)).isNull();
        assertThat(await(fixture.store.find("telegram", String.valueOf(CHAT)))).isEmpty();
    }

    @Test
    void textUpdate_isAcknowledgedAndAnsweredWithSendMessage() throws Exception {
        HttpResponse<String> response = post(SECRET, textUpdate(10000, "how is rent support paid?", "en"));
        assertThat(response.statusCode()).isEqualTo(200);

        JsonObject sent = nextCall("sendMessage").json();
        assertThat(sent.getLong("chat_id")).isEqualTo(CHAT);
        assertThat(sent.getString("text"))
                .startsWith("Rent subsidy: see the policy")
                .contains("Source: Rent subsidy policy");
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
        assertThat(nextCall("answerCallbackQuery").json().getString("callback_query_id"))
                .isEqualTo("4382bfdwdsb323b2d9");
        JsonObject confirm = nextCall("sendMessage").json();
        assertThat(confirm.getString("text")).contains("Cancel \"Deregister a company\"?");
        assertThat(confirm.getJsonObject("reply_markup").getJsonArray("inline_keyboard"))
                .hasSize(2);

        post(SECRET, textUpdate(10003, "2", "en"));
        assertThat(nextCall("sendMessage").json().getString("text")).startsWith("Let's continue.");
    }

    @Test
    void repeatedUpdateId_isProcessedOnce() throws Exception {
        assertThat(post(SECRET, textUpdate(20000, "how is rent support paid?", "en"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(post(SECRET, textUpdate(20000, "how is rent support paid?", "en"))
                        .statusCode())
                .isEqualTo(200);
        nextCall("sendMessage");
        assertThat(telegram.next(500)).isNull();
    }

    @Test
    void languageCode_setsTheLocaleOfANewConversation() throws Exception {
        post(SECRET, textUpdate(30000, "/start", "zh-hans"));
        assertThat(nextCall("sendMessage").json().getString("text")).isNotBlank();
        ChannelUser user =
                await(fixture.store.find("telegram", String.valueOf(CHAT))).orElseThrow();
        assertThat(user.locale()).isEqualTo(Lang.ZH);
    }

    @Test
    void longAction_travelsAsAShortIdWithinSixtyFourBytes() throws Exception {
        post(SECRET, textUpdate(40000, "hello", "en"));
        nextCall("sendMessage");
        ChannelUser user =
                await(fixture.store.find("telegram", String.valueOf(CHAT))).orElseThrow();
        String longAction = "process:start:deregistration:" + "x".repeat(80);
        fixture.events.message(
                user.conversationId(),
                new Message(
                        user.sentSeq() + 1,
                        Sender.STAFF,
                        MessageType.TEXT,
                        "Shall we start?",
                        List.of(),
                        List.of(new QuickReply("Start", longAction)),
                        Instant.now(),
                        null,
                        null));

        JsonObject pushed = nextCall("sendMessage").json();
        assertThat(pushed.getString("text")).isEqualTo("Shall we start?");
        String data = pushed.getJsonObject("reply_markup")
                .getJsonArray("inline_keyboard")
                .getJsonArray(0)
                .getJsonObject(0)
                .getString("callback_data");
        assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(64);
        assertThat(await(api.actionOf(data))).contains(longAction);
    }

    static JsonObject documentUpdate(long updateId, String fileId, String fileName) {
        JsonObject update = textUpdate(updateId, "x", "en");
        update.getJsonObject("message").remove("text");
        update.getJsonObject("message")
                .put(
                        "document",
                        new JsonObject()
                                .put("file_name", fileName)
                                .put("mime_type", "application/pdf")
                                .put("file_id", fileId)
                                .put("file_unique_id", "u-" + fileId)
                                .put("file_size", PDF.length));
        return update;
    }

    @Test
    void documentMessage_atAFileField_isDownloadedWithGetFile_andTheProcessMovesOn() throws Exception {
        post(SECRET, textUpdate(60000, "hello", "en"));
        nextCall("sendMessage");
        ChannelUser user =
                await(fixture.store.find("telegram", String.valueOf(CHAT))).orElseThrow();
        String field = walkToTheFileField(user);

        post(SECRET, documentUpdate(60001, "BQACAgIAAxkBAAIB", "lease.pdf"));

        FakePlatform.Request getFile = nextCall("getFile");
        assertThat(getFile.json().getString("file_id")).isEqualTo("BQACAgIAAxkBAAIB");
        assertThat(telegram.next().path()).isEqualTo("/file/bot" + BOT_TOKEN + "/documents/BQACAgIAAxkBAAIB.bin");
        nextCall("sendMessage");
        org.onewindow.conversation.TurnResult now =
                await(fixture.service.history(user.conversationId(), user.token(), 0));
        Message document = now.messages().stream()
                .filter(m -> m.type() == MessageType.FILE)
                .findFirst()
                .orElseThrow();
        assertThat(document.file()).containsEntry("name", "lease.pdf").containsEntry("contentType", "application/pdf");
        JsonObject process = JsonObject.mapFrom(now.state()).getJsonObject("process");
        String next = process == null || process.getJsonObject("field") == null
                ? null
                : process.getJsonObject("field").getString("name");
        assertThat(next).isNotEqualTo(field);
    }

    /** Answers start-business through the conversation service until it asks for a document; the field's name. */
    private String walkToTheFileField(ChannelUser user) throws Exception {
        java.util.Map<String, String> answers = java.util.Map.of(
                "companyName",
                "Hunan Xingchen Technology Co. Ltd",
                "companyType",
                "LLC",
                "registeredCapital",
                "5 million yuan",
                "businessScope",
                "Software development",
                "address",
                "88 Lugu Avenue, Yuelu District, Changsha",
                "foreignInvested",
                "no",
                "legalRepName",
                "Zhang Wei",
                "legalRepId",
                "11010519491231002X",
                "contactPhone",
                "13807310000",
                "email",
                "zhang.wei@example.com");
        org.onewindow.conversation.TurnResult turn = await(fixture.service.send(
                user.conversationId(),
                user.token(),
                org.onewindow.shared.InboundMessage.action("process:start:start-business"),
                null));
        for (int i = 0; i < 30; i++) {
            Message last = turn.messages().get(turn.messages().size() - 1);
            org.onewindow.shared.InboundMessage next;
            if (last.quickReplies().stream().anyMatch(q -> q.action().equals("process:privacy-accept"))) {
                next = org.onewindow.shared.InboundMessage.action("process:privacy-accept");
            } else {
                JsonObject field = JsonObject.mapFrom(turn.state())
                        .getJsonObject("process")
                        .getJsonObject("field");
                if (field.getString("type").equals("file")) {
                    return field.getString("name");
                }
                next = org.onewindow.shared.InboundMessage.text(answers.get(field.getString("name")));
            }
            turn = await(fixture.service.send(user.conversationId(), user.token(), next, null));
        }
        throw new AssertionError("start-business never asked for a document");
    }

    @Test
    void documentLargerThanTheLimit_isRefusedBeforeItIsDownloaded() throws Exception {
        post(SECRET, documentUpdate(61000, "HUGE", "scan.pdf"));

        nextCall("getFile");
        String text = nextCall("sendMessage").json().getString("text");
        assertThat(text).startsWith("The document was not received").contains("20 MB");
        assertThat(telegram.next(300)).isNull();
    }

    @Test
    void photoMessage_takesTheLargestSize_andIsStoredAsAJpegOnlyWhenItIsOne() throws Exception {
        JsonObject update = textUpdate(62000, "x", "en");
        update.getJsonObject("message").remove("text");
        update.getJsonObject("message")
                .put(
                        "photo",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("file_id", "SMALL")
                                        .put("file_unique_id", "s")
                                        .put("width", 90)
                                        .put("height", 51))
                                .add(new JsonObject()
                                        .put("file_id", "LARGE")
                                        .put("file_unique_id", "l")
                                        .put("width", 1280)
                                        .put("height", 720)));
        post(SECRET, update);

        assertThat(nextCall("getFile").json().getString("file_id")).isEqualTo("LARGE");
        telegram.next();
        // The stand-in serves PDF bytes: the service checks the content, not the platform's word.
        assertThat(nextCall("sendMessage").json().getString("text")).contains("not a .jpg file");
    }
}
