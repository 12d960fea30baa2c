package org.onewindow.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.channel.ChannelUser;
import org.onewindow.channel.core.ChannelFixture;
import org.onewindow.channel.core.FakePlatform;
import org.onewindow.shared.Message;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.Sender;
import org.onewindow.signing.WebhookSigner;

/** The signed generic webhook: Standard Webhooks both ways, replies in the body and on the callback URL. */
@ExtendWith(VertxExtension.class)
final class WebhookChannelTest {

    private static final String SECRET =
            "whsec_" + Base64.getEncoder().encodeToString("webhook-channel-test-secret!!".getBytes());

    @TempDir
    Path dir;

    private ChannelFixture fixture;
    private FakePlatform callback;
    private int port;
    private final WebhookSigner signer = WebhookSigner.fromSecret(SECRET);
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        callback = FakePlatform.start(vertx, request -> new JsonObject());
        WebhookChannelConfig config = new WebhookChannelConfig(SECRET, callback.baseUrl() + "/onewindow/replies");
        WebhookOutput output = new WebhookOutput(vertx, config, fixture.clock);
        fixture.gateway.register(output);
        port = fixture.listen(List.of(new WebhookChannel(config, fixture.gateway, output, fixture.clock)));
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
        callback.close();
    }

    private HttpResponse<String> post(String id, long timestamp, String signature, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WebhookChannel.PATH))
                        .header("Content-Type", "application/json")
                        .header("webhook-id", id)
                        .header("webhook-timestamp", String.valueOf(timestamp))
                        .header("webhook-signature", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postSigned(String id, String body) throws Exception {
        long now = fixture.clock.instant().getEpochSecond();
        return post(id, now, signer.sign(id, now, body), body);
    }

    private void assertSigned(FakePlatform.Request request) {
        assertThat(signer.verify(
                        request.headers().get("webhook-id"),
                        request.headers().get("webhook-timestamp"),
                        request.headers().get("webhook-signature"),
                        request.body(),
                        Instant.now()))
                .isNull();
    }

    @Test
    void signedText_repliesInTheBodyAndOnTheSignedCallback() throws Exception {
        HttpResponse<String> response =
                postSigned("msg_1", "{\"userId\":\"u-42\",\"text\":\"how is rent support paid?\",\"locale\":\"en\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject reply = new JsonObject(response.body());
        assertThat(reply.getString("type")).isEqualTo("reply");
        assertThat(reply.getString("userId")).isEqualTo("u-42");
        assertThat(reply.getString("text")).contains("Rent subsidy").contains("Source: Rent subsidy policy");
        assertThat(reply.getJsonArray("messages")
                        .getJsonObject(0)
                        .getJsonArray("sources")
                        .getJsonObject(0)
                        .getString("title"))
                .isEqualTo("Rent subsidy policy");

        FakePlatform.Request posted = callback.next();
        assertThat(posted.path()).isEqualTo("/onewindow/replies");
        assertSigned(posted);
        assertThat(posted.json()).isEqualTo(reply);
    }

    @Test
    void numberedOptionsAndActions_bothWork() throws Exception {
        JsonObject started =
                new JsonObject(postSigned("msg_a", "{\"userId\":\"u\",\"text\":\"I want to deregister my company\"}")
                        .body());
        io.vertx.core.json.JsonArray messages = started.getJsonArray("messages");
        JsonObject option = messages.getJsonObject(messages.size() - 1)
                .getJsonArray("options")
                .getJsonObject(0);
        assertThat(option.getInteger("number")).isEqualTo(1);
        assertThat(option.getString("action")).isEqualTo("process:cancel");
        assertThat(started.getString("text")).contains("1. Cancel");

        JsonObject asked = new JsonObject(postSigned("msg_b", "{\"userId\":\"u\",\"action\":\"process:cancel\"}")
                .body());
        assertThat(asked.getString("text")).contains("2. No, continue");
        JsonObject continued = new JsonObject(
                postSigned("msg_c", "{\"userId\":\"u\",\"text\":\"2\"}").body());
        assertThat(continued.getString("text")).startsWith("Let's continue.");
    }

    @Test
    void unsignedWronglySignedStaleOrReplayed_is401AndNothingIsProcessed() throws Exception {
        String body = "{\"userId\":\"mallory\",\"text\":\"how is rent support paid?\"}";
        long now = fixture.clock.instant().getEpochSecond();
        assertThat(post("msg_x", now, "v1,AAAA", body).statusCode()).isEqualTo(401);
        assertThat(post("msg_y", now - 301, signer.sign("msg_y", now - 301, body), body)
                        .statusCode())
                .isEqualTo(401);
        assertThat(post("msg_z", now, signer.sign("msg_z", now, body), body.replace("mallory", "eve"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(await(fixture.store.find("webhook", "mallory"))).isEmpty();
        assertThat(await(fixture.store.find("webhook", "eve"))).isEmpty();

        assertThat(postSigned("msg_once", body).statusCode()).isEqualTo(200);
        callback.next();
        HttpResponse<String> replay = postSigned("msg_once", body);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("replayed");
        assertThat(callback.next(300)).isNull();
    }

    @Test
    void invalidBody_is400() throws Exception {
        assertThat(postSigned("msg_1", "{\"userId\":\"u\"}").statusCode()).isEqualTo(400);
        assertThat(postSigned("msg_2", "{\"userId\":\"u\",\"text\":\"a\",\"action\":\"b\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(postSigned("msg_3", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void pushedStaffMessage_isPostedSignedToTheCallback() throws Exception {
        postSigned("msg_1", "{\"userId\":\"u-7\",\"text\":\"hello\"}");
        callback.next();
        ChannelUser user = await(fixture.store.find("webhook", "u-7")).orElseThrow();
        fixture.events.message(
                user.conversationId(),
                new Message(
                        user.sentSeq() + 1,
                        Sender.STAFF,
                        MessageType.TEXT,
                        "Hi, Li from the tax office here.",
                        List.of(),
                        List.of(),
                        Instant.now(),
                        null,
                        null));

        FakePlatform.Request pushed = callback.next();
        assertSigned(pushed);
        assertThat(pushed.json().getString("type")).isEqualTo("push");
        assertThat(pushed.json().getString("userId")).isEqualTo("u-7");
        assertThat(pushed.json().getString("text")).isEqualTo("Hi, Li from the tax office here.");
    }
}
