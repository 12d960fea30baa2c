package org.onewindow.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.channel.ChannelUser;
import org.onewindow.channel.core.ChannelFixture;
import org.onewindow.channel.core.ChannelTexts;
import org.onewindow.channel.core.FakePlatform;
import org.onewindow.channel.core.SlowConversations;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.Sender;

/** The WeChat channel with messages as WeChat documents them (接收普通消息, 被动回复用户消息, 客服消息). */
@ExtendWith(VertxExtension.class)
final class WeChatChannelTest {

    private static final String TOKEN = "onewindowWeChatToken";
    private static final String ACCOUNT = "gh_0123456789ab";
    private static final String OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";
    private static final String APP_ID = "wx1234567890abcdef";
    private static final String AES_KEY = WeChatCryptoTest.KEY;

    @TempDir
    Path dir;

    private ChannelFixture fixture;
    private FakePlatform platform;
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();
    /** What the temporary media API answers. */
    private volatile FakePlatform.Answer media =
            FakePlatform.Answer.json(new JsonObject().put("errcode", 40007).put("errmsg", "invalid media_id"));

    static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
    };

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    private void start(Vertx vertx, long slowTurnMillis, Duration window, int perUser) throws Exception {
        start(vertx, slowTurnMillis, window, perUser, "");
    }

    private void start(Vertx vertx, long slowTurnMillis, Duration window, int perUser, String encodingAesKey)
            throws Exception {
        fixture = ChannelFixture.start(
                vertx,
                dir,
                c -> slowTurnMillis > 0 ? new SlowConversations(vertx, c, slowTurnMillis) : c,
                perUser,
                600);
        platform = FakePlatform.serving(vertx, request -> switch (request.path()) {
            case "/cgi-bin/token" ->
                FakePlatform.Answer.json(
                        new JsonObject().put("access_token", "ACCESS-1").put("expires_in", 7200));
            case "/cgi-bin/media/get" -> media;
            default ->
                FakePlatform.Answer.json(new JsonObject().put("errcode", 0).put("errmsg", "ok"));
        });
        WeChatConfig config = new WeChatConfig(TOKEN, APP_ID, "app-secret", platform.baseUrl(), window, encodingAesKey);
        WeChatApi api = new WeChatApi(vertx, config, fixture.clock);
        fixture.gateway.register(api);
        port = fixture.listen(List.of(new WeChatChannel(vertx, config, fixture.gateway, api, fixture.clock)));
    }

    private void start(Vertx vertx) throws Exception {
        start(vertx, 0, Duration.ofSeconds(4), 20);
    }

    /** The fixture clock's time as WeChat signs it: seconds since the epoch. */
    private String now() {
        return String.valueOf(fixture.clock.instant().getEpochSecond());
    }

    private String signedQuery(String timestamp, String nonce) {
        return "signature=" + WeChatSignature.sign(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce="
                + nonce;
    }

    private HttpResponse<String> post(String query, String xml) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WeChatChannel.PATH + "?" + query))
                        .header("Content-Type", "text/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postSigned(String xml) throws Exception {
        return post(signedQuery(now(), "1234567890"), xml);
    }

    static String textMessage(String openId, String content, String msgId) {
        return "<xml>\n"
                + "  <ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName>\n"
                + "  <FromUserName><![CDATA[" + openId + "]]></FromUserName>\n"
                + "  <CreateTime>1348831860</CreateTime>\n"
                + "  <MsgType><![CDATA[text]]></MsgType>\n"
                + "  <Content><![CDATA[" + content + "]]></Content>\n"
                + "  <MsgId>" + msgId + "</MsgId>\n"
                + "</xml>";
    }

    private static WeChatMessage reply(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        return WeChatXml.parse(response.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void verify_signedEchostr_isEchoedAsPlainText(Vertx vertx) throws Exception {
        start(vertx);
        HttpResponse<String> ok = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WeChatChannel.PATH + "?"
                                + signedQuery(now(), "2061184742") + "&echostr=5837397520592369140"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("5837397520592369140");
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");

        HttpResponse<String> wrong = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + WeChatChannel.PATH + "?signature=" + "0".repeat(40)
                                + "&timestamp=1409304348&nonce=2061184742"
                                + "&echostr=5837397520592369140"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("5837397520592369140");
    }

    @Test
    void textMessage_answeredInTime_isAWellFormedPassiveReply(Vertx vertx) throws Exception {
        start(vertx);
        WeChatMessage reply = reply(postSigned(textMessage(OPENID, "how is rent support paid?", "1234567890123456")));

        assertThat(reply.toUser()).isEqualTo(OPENID);
        assertThat(reply.fromUser()).isEqualTo(ACCOUNT);
        assertThat(reply.msgType()).isEqualTo("text");
        assertThat(reply.createTime()).isPositive();
        assertThat(reply.content())
                .startsWith("Rent subsidy: see the policy")
                .contains("\nSource: Rent subsidy policy")
                .doesNotContain("**");
        assertThat(reply.content().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        ChannelUser user = await(fixture.store.find("wechat", OPENID)).orElseThrow();
        assertThat(user.locale()).isEqualTo(Lang.EN);
    }

    @Test
    void wrongSignature_is401AndNothingIsProcessed(Vertx vertx) throws Exception {
        start(vertx);
        String forged =
                "signature=" + WeChatSignature.sign("another-token", now(), "1") + "&timestamp=" + now() + "&nonce=1";
        assertThat(post(forged, textMessage(OPENID, "how is rent support paid?", "1"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(post("timestamp=" + now() + "&nonce=1", textMessage(OPENID, "how is rent support paid?", "1"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(await(fixture.store.find("wechat", OPENID))).isEmpty();
    }

    @Test
    void signedMessageWithATimestampSixMinutesOld_is401StaleAndNothingIsProcessed(Vertx vertx) throws Exception {
        start(vertx);
        String sixMinutesAgo = String.valueOf(
                fixture.clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond());

        HttpResponse<String> response =
                post(signedQuery(sixMinutesAgo, "77"), textMessage(OPENID, "how is rent support paid?", "9001"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("stale_timestamp");
        assertThat(await(fixture.store.find("wechat", OPENID))).isEmpty();
    }

    @Test
    void signedMessageWithATimestampSixMinutesAhead_is401Stale(Vertx vertx) throws Exception {
        start(vertx);
        String ahead = String.valueOf(
                fixture.clock.instant().plus(Duration.ofMinutes(6)).getEpochSecond());

        HttpResponse<String> response = post(signedQuery(ahead, "78"), textMessage(OPENID, "hello", "9002"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("stale_timestamp");
    }

    @Test
    void signedMessageFourMinutesOld_isStillAnswered(Vertx vertx) throws Exception {
        start(vertx);
        String fourMinutesAgo = String.valueOf(
                fixture.clock.instant().minus(Duration.ofMinutes(4)).getEpochSecond());

        WeChatMessage reply = reply(
                post(signedQuery(fourMinutesAgo, "79"), textMessage(OPENID, "how is rent support paid?", "9003")));

        assertThat(reply.content()).startsWith("Rent subsidy");
    }

    @Test
    void replayOfAnAnsweredMessageAfterTheWindow_is401AndRunsNoTurn(Vertx vertx) throws Exception {
        start(vertx);
        String sentAt = now();
        String query = signedQuery(sentAt, "80");
        String xml = textMessage(OPENID, "I want to deregister my company", "9004");
        reply(post(query, xml));

        fixture.clock.advance(Duration.ofMinutes(10));
        HttpResponse<String> replayed = post(query, xml);

        assertThat(replayed.statusCode()).isEqualTo(401);
        ChannelUser user = await(fixture.store.find("wechat", OPENID)).orElseThrow();
        List<Message> history = await(fixture.service.messagesAfter(user.conversationId(), 0));
        assertThat(history).filteredOn(m -> m.from() == Sender.USER).hasSize(1);
    }

    @Test
    void urlVerificationWithAStaleTimestamp_is401AndEchoesNothing(Vertx vertx) throws Exception {
        start(vertx);
        String old = String.valueOf(
                fixture.clock.instant().minus(Duration.ofHours(1)).getEpochSecond());

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WeChatChannel.PATH + "?"
                                + signedQuery(old, "81") + "&echostr=5837397520592369140"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("5837397520592369140");
    }

    @Test
    void encryptedMessageWithAStaleTimestamp_is401(Vertx vertx) throws Exception {
        startEncrypted(vertx);
        String old = String.valueOf(
                fixture.clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond());

        HttpResponse<String> response = postEncrypted(textMessage(OPENID, "hello", "9005"), old, "82");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("stale_timestamp");
    }

    @Test
    void retriedMsgId_getsTheSameReplyAndRunsOneTurn(Vertx vertx) throws Exception {
        start(vertx);
        String xml = textMessage(OPENID, "I want to deregister my company", "6054768590064713728");
        WeChatMessage first = reply(postSigned(xml));
        WeChatMessage retry = reply(postSigned(xml));
        WeChatMessage again = reply(postSigned(xml));

        assertThat(first.content()).contains("Deregister a company").contains("1. Cancel");
        assertThat(retry.content()).isEqualTo(first.content());
        assertThat(again.content()).isEqualTo(first.content());
        ChannelUser user = await(fixture.store.find("wechat", OPENID)).orElseThrow();
        List<Message> history = await(fixture.service.messagesAfter(user.conversationId(), 0));
        assertThat(history).filteredOn(m -> m.from() == Sender.USER).hasSize(1);
    }

    @Test
    void numberReply_picksTheNumberedOption(Vertx vertx) throws Exception {
        start(vertx);
        reply(postSigned(textMessage(OPENID, "I want to deregister my company", "1")));
        WeChatMessage asked = reply(postSigned(textMessage(OPENID, "1", "2")));
        assertThat(asked.content())
                .contains("Cancel \"Deregister a company\"?")
                .contains("1. Yes, cancel")
                .contains("2. No, continue");
    }

    @Test
    void slowTurn_answersSuccessThenSendsThroughTheCustomerServiceApi(Vertx vertx) throws Exception {
        start(vertx, 700, Duration.ofMillis(150), 20);
        HttpResponse<String> response = postSigned(textMessage(OPENID, "how is rent support paid?", "42"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("success");
        HttpResponse<String> retry = postSigned(textMessage(OPENID, "how is rent support paid?", "42"));
        assertThat(retry.body()).isEqualTo("success");

        FakePlatform.Request token = platform.next();
        assertThat(token.path()).isEqualTo("/cgi-bin/token");
        assertThat(token.query())
                .contains("grant_type=client_credential")
                .contains("appid=wx1234567890abcdef")
                .contains("secret=app-secret");
        FakePlatform.Request send = platform.next();
        assertThat(send.method()).isEqualTo("POST");
        assertThat(send.path()).isEqualTo("/cgi-bin/message/custom/send");
        assertThat(send.query()).isEqualTo("access_token=ACCESS-1");
        JsonObject body = send.json();
        assertThat(body.getString("touser")).isEqualTo(OPENID);
        assertThat(body.getString("msgtype")).isEqualTo("text");
        assertThat(body.getJsonObject("text").getString("content"))
                .contains("Rent subsidy")
                .contains("Source:");
        assertThat(platform.next(500)).as("the retry sends nothing more").isNull();
    }

    @Test
    void pushedStatusMessage_goesOutThroughTheCustomerServiceApiWithTheCachedToken(Vertx vertx) throws Exception {
        start(vertx);
        reply(postSigned(textMessage(OPENID, "hello", "7")));
        ChannelUser user = await(fixture.store.find("wechat", OPENID)).orElseThrow();
        for (int i = 1; i <= 2; i++) {
            fixture.events.message(
                    user.conversationId(),
                    new Message(
                            user.sentSeq() + i,
                            Sender.SYSTEM,
                            MessageType.STATUS,
                            "Application OW-2026-00000" + i + " is **approved**.",
                            List.of(),
                            List.of(),
                            Instant.now().plusMillis(i),
                            "s-" + i,
                            null));
        }
        assertThat(platform.next().path()).isEqualTo("/cgi-bin/token");
        assertThat(platform.next().json().getJsonObject("text").getString("content"))
                .isEqualTo("Application OW-2026-000001 is approved.");
        FakePlatform.Request second = platform.next();
        assertThat(second.path()).as("the access token is cached").isEqualTo("/cgi-bin/message/custom/send");
        assertThat(second.json().getJsonObject("text").getString("content")).contains("000002");
    }

    @Test
    void subscribeEvent_isAnsweredWithTheGreeting(Vertx vertx) throws Exception {
        start(vertx);
        String event = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName>"
                + "<FromUserName><![CDATA[" + OPENID + "]]></FromUserName><CreateTime>123456789</CreateTime>"
                + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>";
        WeChatMessage greeting = reply(postSigned(event));
        assertThat(greeting.content()).isNotBlank();
        assertThat(await(fixture.store.find("wechat", OPENID)).orElseThrow().locale())
                .isEqualTo(Lang.ZH);
    }

    static String imageMessage(String mediaId, String msgId) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName>"
                + "<FromUserName><![CDATA[" + OPENID + "]]></FromUserName><CreateTime>1348831860</CreateTime>"
                + "<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[this is a url]]></PicUrl>"
                + "<MediaId><![CDATA[" + mediaId + "]]></MediaId><MsgId>" + msgId + "</MsgId></xml>";
    }

    @Test
    void imageMessage_isFetchedThroughTheMediaApi_andReachesTheConversationAsADocument(Vertx vertx) throws Exception {
        start(vertx);
        media = new FakePlatform.Answer("image/png", io.vertx.core.buffer.Buffer.buffer(PNG));

        WeChatMessage answer = reply(postSigned(imageMessage("media_id", "1234567890123456")));

        assertThat(answer.content()).isNotBlank();
        assertThat(platform.next().path()).isEqualTo("/cgi-bin/token");
        FakePlatform.Request download = platform.next();
        assertThat(download.path()).isEqualTo("/cgi-bin/media/get");
        assertThat(download.query()).contains("access_token=ACCESS-1").contains("media_id=media_id");
        ChannelUser user = await(fixture.store.find("wechat", OPENID)).orElseThrow();
        List<Message> history = await(fixture.service.history(user.conversationId(), user.token(), 0))
                .messages();
        Message sent = history.stream()
                .filter(m -> m.type() == MessageType.FILE)
                .findFirst()
                .orElseThrow();
        assertThat(sent.from()).isEqualTo(Sender.USER);
        assertThat(sent.file())
                .containsEntry("name", "photo-1234567890123456.png")
                .containsEntry("contentType", "image/png")
                .containsEntry("size", PNG.length);
    }

    @Test
    void imageTheMediaApiRefuses_isAnsweredThatTheDocumentWasNotReceived_andRunsNoTurn(Vertx vertx) throws Exception {
        start(vertx);
        reply(postSigned(textMessage(OPENID, "你好", "1000")));
        ChannelUser user = await(fixture.store.find("wechat", OPENID)).orElseThrow();
        int before = await(fixture.service.history(user.conversationId(), user.token(), 0))
                .messages()
                .size();

        WeChatMessage answer = reply(postSigned(imageMessage("expired_media", "1234567890123457")));

        assertThat(answer.content()).startsWith("文件未能接收");
        assertThat(await(fixture.service.history(user.conversationId(), user.token(), 0))
                        .messages())
                .hasSize(before);
    }

    @Test
    void locationMessage_isAnsweredThatOnlyTextPhotosAndDocumentsAreUnderstood(Vertx vertx) throws Exception {
        start(vertx);
        String location = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName>"
                + "<FromUserName><![CDATA[" + OPENID + "]]></FromUserName><CreateTime>1351776360</CreateTime>"
                + "<MsgType><![CDATA[location]]></MsgType><Location_X>23.134521</Location_X><Location_Y>113.358803</Location_Y>"
                + "<Scale>20</Scale><Label><![CDATA[位置信息]]></Label><MsgId>1234567890123456</MsgId></xml>";
        assertThat(reply(postSigned(location)).content()).isEqualTo(ChannelTexts.textOnly(Lang.ZH));
    }

    @Test
    void xxePayload_isRejectedWithoutResolvingOrProcessing(Vertx vertx) throws Exception {
        start(vertx);
        Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + textMessage("oXXE", "]]>&xxe;<![CDATA[", "99").replace("<?xml", "");
        HttpResponse<String> response = postSigned(xxe);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("TOP-SECRET-CONTENT");
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + textMessage("oXXE", "]]>&b;<![CDATA[", "100");
        assertThat(postSigned(laughs).statusCode()).isEqualTo(400);
        assertThat(postSigned("<xml>" + "x".repeat(20_000) + "</xml>").statusCode())
                .isEqualTo(413);
        assertThat(await(fixture.store.find("wechat", "oXXE"))).isEmpty();
    }

    @Test
    void overTheRateLimit_politeMessageOnceThenSuccess(Vertx vertx) throws Exception {
        start(vertx, 0, Duration.ofSeconds(4), 1);
        reply(postSigned(textMessage(OPENID, "hello", "1")));
        assertThat(reply(postSigned(textMessage(OPENID, "hello?", "2"))).content())
                .isEqualTo(ChannelTexts.rateLimited(Lang.EN));
        HttpResponse<String> silent = postSigned(textMessage(OPENID, "hello??", "3"));
        assertThat(silent.body()).isEqualTo("success");
    }

    private void startEncrypted(Vertx vertx) throws Exception {
        start(vertx, 0, Duration.ofSeconds(4), 20, AES_KEY);
    }

    /** A push in 安全模式: the message encrypted as WeChat does, with signature and msg_signature. */
    private HttpResponse<String> postEncrypted(String xml, String timestamp, String nonce) throws Exception {
        String encrypt = new WeChatCrypto(AES_KEY, APP_ID).encrypt(xml);
        String body = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";
        return post(
                signedQuery(timestamp, nonce) + "&openid=" + OPENID + "&encrypt_type=aes&msg_signature="
                        + WeChatSignature.signMessage(TOKEN, timestamp, nonce, encrypt),
                body);
    }

    /** The message inside an encrypted passive reply, after checking its MsgSignature. */
    private static WeChatMessage decryptedReply(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        org.w3c.dom.Element root = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        String encrypt = root.getElementsByTagName("Encrypt").item(0).getTextContent();
        String signature = root.getElementsByTagName("MsgSignature").item(0).getTextContent();
        String timestamp = root.getElementsByTagName("TimeStamp").item(0).getTextContent();
        String nonce = root.getElementsByTagName("Nonce").item(0).getTextContent();
        assertThat(root.getElementsByTagName("Content").getLength())
                .as("no plain text beside the ciphertext")
                .isZero();
        assertThat(Long.parseLong(timestamp)).isPositive();
        assertThat(signature).isEqualTo(WeChatSignature.signMessage(TOKEN, timestamp, nonce, encrypt));
        return WeChatXml.parse(
                new WeChatCrypto(AES_KEY, APP_ID).decrypt(encrypt).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encryptedTextMessage_getsAnEncryptedWellFormedPassiveReply(Vertx vertx) throws Exception {
        startEncrypted(vertx);
        WeChatMessage reply = decryptedReply(
                postEncrypted(textMessage(OPENID, "how is rent support paid?", "501"), now(), "1320562132"));

        assertThat(reply.toUser()).isEqualTo(OPENID);
        assertThat(reply.fromUser()).isEqualTo(ACCOUNT);
        assertThat(reply.msgType()).isEqualTo("text");
        assertThat(reply.content())
                .startsWith("Rent subsidy: see the policy")
                .contains("\nSource: Rent subsidy policy");
        assertThat(await(fixture.store.find("wechat", OPENID))).isPresent();
    }

    @Test
    void encryptedMessage_wrongOrMissingMsgSignature_is401AndNothingIsProcessed(Vertx vertx) throws Exception {
        startEncrypted(vertx);
        String encrypt =
                new WeChatCrypto(AES_KEY, APP_ID).encrypt(textMessage(OPENID, "how is rent support paid?", "502"));
        String body = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";
        String signed = signedQuery(now(), "1320562132") + "&encrypt_type=aes";
        String otherCiphertext = WeChatSignature.signMessage(TOKEN, now(), "1320562132", encrypt + "x");
        String otherToken = WeChatSignature.signMessage("another-token", now(), "1320562132", encrypt);

        HttpResponse<String> wrong = post(signed + "&msg_signature=" + otherCiphertext, body);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("msg_signature");
        assertThat(post(signed + "&msg_signature=" + otherToken, body).statusCode())
                .isEqualTo(401);
        assertThat(post(signed, body).statusCode()).isEqualTo(401);
        assertThat(await(fixture.store.find("wechat", OPENID))).isEmpty();
    }

    @Test
    void encryptedMessage_forAnotherAppId_is400AndNothingIsProcessed(Vertx vertx) throws Exception {
        startEncrypted(vertx);
        String encrypt = new WeChatCrypto(AES_KEY, "wx0000000000000000").encrypt(textMessage(OPENID, "hello", "503"));
        String body = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";
        HttpResponse<String> response = post(
                signedQuery(now(), "1320562132") + "&encrypt_type=aes&msg_signature="
                        + WeChatSignature.signMessage(TOKEN, now(), "1320562132", encrypt),
                body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("another app id");
        assertThat(await(fixture.store.find("wechat", OPENID))).isEmpty();
    }

    @Test
    void encryptedVerify_echoesTheDecryptedEchostr(Vertx vertx) throws Exception {
        startEncrypted(vertx);
        String echostr = new WeChatCrypto(AES_KEY, APP_ID).encrypt("5837397520592369140");
        String query = "timestamp=" + now() + "&nonce=2061184742&echostr="
                + java.net.URLEncoder.encode(echostr, StandardCharsets.UTF_8) + "&msg_signature=";
        HttpResponse<String> ok = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WeChatChannel.PATH + "?" + query
                                + WeChatSignature.signMessage(TOKEN, now(), "2061184742", echostr)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("5837397520592369140");

        HttpResponse<String> wrong = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WeChatChannel.PATH + "?" + query
                                + WeChatSignature.signMessage(TOKEN, now(), "2061184742", "other")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("5837397520592369140");
    }

    @Test
    void plainMessage_withTheKeyConfigured_isStillAnsweredInPlain(Vertx vertx) throws Exception {
        startEncrypted(vertx);
        WeChatMessage reply = reply(postSigned(textMessage(OPENID, "how is rent support paid?", "504")));

        assertThat(reply.toUser()).isEqualTo(OPENID);
        assertThat(reply.content()).startsWith("Rent subsidy: see the policy");
    }

    @Test
    void encryptedMessage_withoutAKeyConfigured_isRejectedAsBefore(Vertx vertx) throws Exception {
        start(vertx);
        HttpResponse<String> response = postEncrypted(textMessage(OPENID, "hello", "505"), now(), "1320562132");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(await(fixture.store.find("wechat", OPENID))).isEmpty();
    }
}
