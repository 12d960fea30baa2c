package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

@IntegrationTest
final class ConversationApiTest {

    private final ApiClient api = TestServer.shared().api();

    @Test
    void create_withLocale_returnsIdTokenGreetingAndBotState() {
        Response r = api.post(
                "/api/v1/conversations",
                null,
                new JsonObject().put("channel", "web").put("locale", "zh"));

        assertThat(r.status()).isEqualTo(201);
        JsonObject body = r.json();
        assertThat(body.getString("id")).isNotBlank();
        assertThat(body.getString("token")).hasSizeGreaterThanOrEqualTo(22); // ≥ 128 bits in base64url
        assertThat(body.getString("locale")).isEqualTo("zh");
        JsonObject greeting = body.getJsonArray("messages").getJsonObject(0);
        assertThat(greeting.getLong("seq")).isEqualTo(1);
        assertThat(greeting.getString("from")).isEqualTo("bot");
        assertThat(greeting.getString("text")).contains("您好");
        assertThat(body.getJsonObject("state").getString("mode")).isEqualTo("bot");
        assertThat(body.getJsonObject("state").containsKey("process")).isTrue();
        assertThat(body.getJsonObject("state").getValue("process")).isNull();
    }

    @Test
    void create_givesAnIdOrderedByTheTimeOfOpening() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(api.createConversation("en").id());
        long after = System.currentTimeMillis();

        // A version 7 UUID: its first 48 bits are the millisecond it was made.
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void create_emptyBody_defaultsToEnglishWebConversation() {
        Response r = api.post("/api/v1/conversations", null, "");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().getString("locale")).isEqualTo("en");
    }

    @Test
    void send_text_returnsUserAndBotMessagesWithIncreasingSeq() {
        Conversation c = api.createConversation("en");

        Response r = api.say(c, "hello");

        assertThat(r.status()).isEqualTo(200);
        JsonArray messages = r.json().getJsonArray("messages");
        assertThat(messages.getJsonObject(0).getString("from")).isEqualTo("user");
        assertThat(messages.getJsonObject(0).getString("text")).isEqualTo("hello");
        assertThat(messages.getJsonObject(0).getLong("seq")).isEqualTo(2);
        assertThat(messages.getJsonObject(1).getString("from")).isEqualTo("bot");
        assertThat(messages.getJsonObject(1).getLong("seq")).isEqualTo(3);
        assertThat(r.json().getJsonObject("state").getString("mode")).isEqualTo("bot");
    }

    @Test
    void history_afterSeq_returnsOnlyLaterMessages() {
        Conversation c = api.createConversation("en");
        api.say(c, "first");
        api.say(c, "second");

        Response all = api.history(c);
        Response later = api.get("/api/v1/conversations/" + c.id() + "/messages?after=3", c.token());

        assertThat(seqs(all.json().getJsonArray("messages"))).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(seqs(later.json().getJsonArray("messages"))).containsExactly(4L, 5L);
        assertThat(later.json().getJsonArray("messages").getJsonObject(0).getString("text"))
                .isEqualTo("second");
    }

    @Test
    void send_sameClientMessageIdTwice_returnsSameReplyWithoutNewTurn() {
        Conversation c = api.createConversation("en");
        JsonObject body = new JsonObject()
                .put("text", "hi")
                .put("clientMessageId", UUID.randomUUID().toString());

        Response first = api.post("/api/v1/conversations/" + c.id() + "/messages", c.token(), body);
        Response retry = api.post("/api/v1/conversations/" + c.id() + "/messages", c.token(), body);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().getJsonArray("messages")).isEqualTo(first.json().getJsonArray("messages"));
        assertThat(api.history(c).json().getJsonArray("messages")).hasSize(3);
    }

    @Test
    void send_sameClientMessageIdWithOtherText_is409AndStoresNothing() {
        Conversation c = api.createConversation("en");
        String id = UUID.randomUUID().toString();
        api.post(
                "/api/v1/conversations/" + c.id() + "/messages",
                c.token(),
                new JsonObject().put("text", "hi").put("clientMessageId", id));

        Response r = api.post(
                "/api/v1/conversations/" + c.id() + "/messages",
                c.token(),
                new JsonObject().put("text", "something else").put("clientMessageId", id));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorCode()).isEqualTo("client_message_id_reused");
        assertThat(api.history(c).json().getJsonArray("messages")).hasSize(3);
    }

    @Test
    void token_ofAnotherConversation_isForbiddenBothWays() {
        Conversation a = api.createConversation("en");
        Conversation b = api.createConversation("en");

        Response readA = api.get("/api/v1/conversations/" + a.id() + "/messages", b.token());
        Response writeB =
                api.post("/api/v1/conversations/" + b.id() + "/messages", a.token(), new JsonObject().put("text", "x"));

        assertThat(readA.status()).isEqualTo(403);
        assertThat(writeB.status()).isEqualTo(403);
        assertThat(api.history(b).json().getJsonArray("messages")).hasSize(1);
    }

    @Test
    void badInput_eachCase_getsItsStatusAndJsonErrorAndChangesNothing() {
        Conversation c = api.createConversation("en");
        String path = "/api/v1/conversations/" + c.id() + "/messages";
        String before = api.history(c).body();

        assertError(api.post(path, c.token(), "{\"text\":"), 400, "malformed_json");
        assertError(api.post(path, c.token(), "[1,2]"), 400, "json_object_expected");
        assertError(
                api.post(path, c.token(), new JsonObject().put("text", "x".repeat(70_000))), 413, "payload_too_large");
        Response tooLong = api.post(path, c.token(), new JsonObject().put("text", "x".repeat(4001)));
        assertError(tooLong, 400, "text_too_long");
        assertThat(tooLong.json().getJsonObject("error").getString("message")).contains("4000");
        assertError(api.post(path, c.token(), new JsonObject().put("text", "   ")), 400, "empty_text");
        assertError(api.post(path, c.token(), new JsonObject()), 400, "text_or_action");
        assertError(api.post(path, c.token(), new JsonObject().put("text", 42)), 400, "invalid_text");
        assertError(api.post(path, null, new JsonObject().put("text", "hi")), 401, "unauthorized");
        assertError(api.post(path, "wrong-token", new JsonObject().put("text", "hi")), 403, "forbidden");
        assertError(api.get(path + "?after=-1", c.token()), 400, "invalid_after");

        assertThat(api.history(c).body()).isEqualTo(before);
    }

    @Test
    void unknownConversation_is404() {
        Conversation c = api.createConversation("en");

        assertError(
                api.get("/api/v1/conversations/" + UUID.randomUUID() + "/messages", c.token()),
                404,
                "conversation_not_found");
    }

    @Test
    void unknownRoutes_are404Json() {
        assertError(api.get("/api/v1/no-such-route", null), 404, "not_found");
        assertError(api.get("/no/such/page", null), 404, "not_found");
    }

    @Test
    void create_withInvalidLocale_is400() {
        assertError(
                api.post("/api/v1/conversations", null, new JsonObject().put("locale", "fr")), 400, "invalid_locale");
    }

    @Test
    void staffAndAdmin_withoutLogin_are401() {
        assertError(api.get("/api/v1/staff/handoffs", null), 401, "staff_login_required");
        assertError(api.get("/api/v1/admin/documents", null), 401, "staff_login_required");
    }

    private static void assertError(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.errorCode()).isEqualTo(code);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static List<Long> seqs(JsonArray messages) {
        return messages.stream().map(m -> ((JsonObject) m).getLong("seq")).toList();
    }
}
