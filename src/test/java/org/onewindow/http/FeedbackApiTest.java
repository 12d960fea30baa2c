package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.Folders;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/**
 * Error correction end to end: a bot answer marked wrong becomes a draft, an admin approves it
 * into faq/staff-corrections.yaml and the corrected answer is found by search. The node has its
 * own copy of the knowledge base, so the repository's stays untouched.
 */
@IntegrationTest
final class FeedbackApiTest {

    private static TestServer server;
    private static ApiClient api;
    private static Path knowledgeBase;

    @BeforeAll
    static void start() throws Exception {
        Path dir = TestServer.tempDir("onewindow-feedback-");
        knowledgeBase = dir.resolve("knowledge-base");
        Folders.copy(Path.of("knowledge-base").toAbsolutePath(), knowledgeBase);
        server = TestServer.start(dir.resolve("data"), Map.of("knowledge-base", knowledgeBase.toString()));
        api = server.api();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void approve_correctedAnswer_isFoundBySearch() throws Exception {
        ApiClient.Conversation c = api.createConversation("en");
        long botSeq = botAnswerSeq(c, "How long does deregistration take?");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        ApiClient.Response created = api.post(
                "/api/v1/staff/feedback",
                agent,
                new JsonObject()
                        .put("conversationId", c.id())
                        .put("seq", botSeq)
                        .put("question", "How long does a zebraquokka deregistration take?")
                        .put(
                                "correctAnswer",
                                "A zebraquokka deregistration takes five working days once every document is complete."));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject draft = created.json();
        assertThat(draft.getString("status")).isEqualTo("draft");
        assertThat(draft.getString("lang")).isEqualTo("en");
        assertThat(draft.getString("createdBy")).isEqualTo("agent");
        assertThat(draft.getString("wrongAnswer")).isNotBlank();

        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);
        JsonArray drafts = api.get("/api/v1/admin/faq-drafts", admin).json().getJsonArray("drafts");
        assertThat(drafts.stream().map(d -> ((JsonObject) d).getString("id"))).contains(draft.getString("id"));

        ApiClient.Response approved =
                api.post("/api/v1/admin/faq-drafts/" + draft.getString("id") + "/approve", admin, "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getJsonObject("draft").getString("status")).isEqualTo("approved");
        String yaml = Files.readString(knowledgeBase.resolve("faq/staff-corrections.yaml"));
        assertThat(yaml)
                .contains("staff-correction-" + draft.getString("id"))
                .contains("staff correction " + draft.getString("id"))
                .contains("lang: en")
                .contains("zebraquokka");

        JsonObject hit = awaitHit("zebraquokka deregistration", "en");
        assertThat(hit.getString("source")).contains("staff-corrections");

        ApiClient.Response again =
                api.post("/api/v1/admin/faq-drafts/" + draft.getString("id") + "/approve", admin, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("draft_decided");
    }

    @Test
    void approve_twoCorrections_bothStayInTheFile_chineseDetected() throws Exception {
        ApiClient.Conversation c = api.createConversation("zh");
        long botSeq = botAnswerSeq(c, "注销企业需要多长时间？");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);
        String first = api.post(
                        "/api/v1/staff/feedback",
                        agent,
                        new JsonObject()
                                .put("conversationId", c.id())
                                .put("seq", botSeq)
                                .put("correctAnswer", "企业简易注销一般在二十个自然日公告期满后办结。"))
                .json()
                .getString("id");
        String second = api.post(
                        "/api/v1/staff/feedback",
                        agent,
                        new JsonObject()
                                .put("conversationId", c.id())
                                .put("seq", botSeq)
                                .put("question", "食堂在哪里？")
                                .put("correctAnswer", "园区食堂位于服务中心一楼东侧。"))
                .json()
                .getString("id");
        assertThat(api.post("/api/v1/admin/faq-drafts/" + first + "/approve", admin, "{}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/admin/faq-drafts/" + second + "/approve", admin, "{}")
                        .status())
                .isEqualTo(200);
        String yaml = Files.readString(knowledgeBase.resolve("faq/staff-corrections.yaml"));
        assertThat(yaml)
                .contains("staff-correction-" + first)
                .contains("staff-correction-" + second)
                .contains("lang: zh")
                .contains("注销企业需要多长时间");
        assertThat(awaitHit("园区食堂在哪里", "zh").getString("source")).contains("staff-corrections");
    }

    @Test
    void reject_leavesTheKnowledgeBaseAlone() {
        ApiClient.Conversation c = api.createConversation("en");
        long botSeq = botAnswerSeq(c, "How long does deregistration take?");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String id = api.post(
                        "/api/v1/staff/feedback",
                        agent,
                        new JsonObject()
                                .put("conversationId", c.id())
                                .put("seq", botSeq)
                                .put("correctAnswer", "Rejected platypusfalcon answer."))
                .json()
                .getString("id");
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);
        ApiClient.Response rejected = api.post("/api/v1/admin/faq-drafts/" + id + "/reject", admin, "{}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("rejected");
        assertThat(api.get("/api/v1/admin/faq-drafts?status=rejected", admin).body())
                .contains(id);
        assertThat(api.get("/api/v1/admin/faq-drafts", admin).body()).doesNotContain(id);
        assertThat(api.post("/api/v1/admin/faq-drafts/" + id + "/approve", admin, "{}")
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/admin/faq-drafts/nope/approve", admin, "{}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void feedback_onAUserMessageOrUnknownSeq_isRefused() {
        ApiClient.Conversation c = api.createConversation("en");
        botAnswerSeq(c, "How long does deregistration take?");
        JsonArray messages = api.history(c).json().getJsonArray("messages");
        long userSeq = messages.stream()
                .map(m -> (JsonObject) m)
                .filter(m -> "user".equals(m.getString("from")))
                .findFirst()
                .orElseThrow()
                .getLong("seq");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        ApiClient.Response user = api.post(
                "/api/v1/staff/feedback",
                agent,
                new JsonObject()
                        .put("conversationId", c.id())
                        .put("seq", userSeq)
                        .put("correctAnswer", "x"));
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.errorCode()).isEqualTo("not_a_bot_answer");
        ApiClient.Response unknown = api.post(
                "/api/v1/staff/feedback",
                agent,
                new JsonObject().put("conversationId", c.id()).put("seq", 9999).put("correctAnswer", "x"));
        assertThat(unknown.status()).isEqualTo(404);
        ApiClient.Response missing = api.post(
                "/api/v1/staff/feedback",
                agent,
                new JsonObject().put("conversationId", c.id()).put("seq", userSeq));
        assertThat(missing.errorCode()).isEqualTo("missing_correctAnswer");
        assertThat(api.post("/api/v1/staff/feedback", null, new JsonObject()).status())
                .isEqualTo(401);
    }

    @Test
    void drafts_agentOrSupervisor_getForbidden() {
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String supervisor = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);
        assertThat(api.get("/api/v1/admin/faq-drafts", agent).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/faq-drafts", supervisor).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/faq-drafts/x/approve", agent, "{}").status())
                .isEqualTo(403);
    }

    private static long botAnswerSeq(ApiClient.Conversation c, String question) {
        ApiClient.Response r = api.say(c, question);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getJsonArray("messages").stream()
                .map(m -> (JsonObject) m)
                .filter(m -> "bot".equals(m.getString("from")) && "text".equals(m.getString("type")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bot answer in " + r.body()))
                .getLong("seq");
    }

    /** Waits (with a timeout, not asserting speed) until a search for {@code q} finds a staff correction. */
    private static JsonObject awaitHit(String q, String lang) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            ApiClient.Response r = api.get(
                    "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&lang=" + lang + "&limit=5",
                    null);
            last = r.body();
            if (r.status() == 200) {
                for (Object o : r.json().getJsonArray("hits")) {
                    JsonObject hit = (JsonObject) o;
                    if (String.valueOf(hit.getString("source")).contains("staff-corrections")) {
                        return hit;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("search for '" + q + "' found no staff correction within 20 s: " + last);
    }
}
