package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

@IntegrationTest
final class HandoffApiTest {

    private final ApiClient api = TestServer.shared().api();

    @Test
    void askingForAPerson_queuesTheConversationAndStaffSeeItInTheQueue() {
        Conversation c = api.createConversation("zh");

        Response r = api.say(c, "转人工");

        JsonObject state = r.json().getJsonObject("state");
        assertThat(state.getString("mode")).isEqualTo("handoff");
        assertThat(state.getJsonObject("handoff").getString("status")).isEqualTo("queued");
        assertThat(lastMessage(r).getString("type")).isEqualTo("notice");
        assertThat(lastMessage(r).getString("text")).contains("排在第");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        JsonObject queues = api.get("/api/v1/staff/handoffs", agent).json().getJsonObject("queues");
        assertThat(queues.getJsonArray("general").stream().map(i -> ((JsonObject) i).getString("conversationId")))
                .contains(c.id());
    }

    @Test
    void twoAgentsClaimingAtOnce_exactlyOneGetsIt() throws Exception {
        Conversation c = api.createConversation("en");
        api.say(c, "I want to talk to a human");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String supervisor = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> claim(c, agent));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> claim(c, supervisor));

        List<Integer> statuses = List.of(first.get().status(), second.get().status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void twoAdminsPickingTheSameConversationUnasked_exactlyOneGetsIt() throws Exception {
        Conversation c = api.createConversation("en");
        String agent = api.staffLogin("admin", TestServer.STAFF_PASSWORD);
        String supervisor = api.staffLogin("admin", TestServer.STAFF_PASSWORD);

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> claim(c, agent));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> claim(c, supervisor));

        assertThat(List.of(first.get().status(), second.get().status())).containsExactlyInAnyOrder(200, 409);
        assertThat(api.history(c)
                        .json()
                        .getJsonObject("state")
                        .getJsonObject("handoff")
                        .getString("status"))
                .isEqualTo("active");
    }

    @Test
    void staffReply_reachesTheEnterpriseMarkedAsFromStaff_andResolveHandsBackMidProcess() {
        Conversation c = api.createConversation("en");
        api.press(c, "process:start:deregistration");
        api.say(c, "Hunan Xingchen Technology Co. Ltd");
        Response asked = api.say(c, "talk to a person");
        assertThat(asked.json().getJsonObject("state").getString("mode")).isEqualTo("handoff");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);

        assertThat(claim(c, agent).status()).isEqualTo(200);
        Response sent = api.post(
                "/api/v1/staff/conversations/" + c.id() + "/messages",
                agent,
                new JsonObject().put("text", "Hello, I am Li from market regulation."));
        assertThat(sent.status()).isEqualTo(200);
        Response userSays = api.say(c, "thanks, what is the next step?");
        assertThat(userSays.json().getJsonArray("messages")).hasSize(1); // the bot stays quiet
        Response resolved = api.post("/api/v1/staff/conversations/" + c.id() + "/resolve", agent, new JsonObject());

        JsonArray history = api.history(c).json().getJsonArray("messages");
        assertThat(history.stream()
                        .map(m -> (JsonObject) m)
                        .filter(m -> m.getString("from").equals("staff"))
                        .map(m -> m.getString("text")))
                .containsExactly("Hello, I am Li from market regulation.");
        JsonObject state = resolved.json().getJsonObject("state");
        assertThat(state.getString("mode")).isEqualTo("process");
        assertThat(state.getValue("handoff")).isNull();
        assertThat(state.getJsonObject("process").getJsonObject("field").getString("name"))
                .isEqualTo("uscc");
    }

    @Test
    void handedBack_theEnterpriseRatesTheHelpOnce_andItCountsOnTheDashboard() {
        Conversation c = api.createConversation("en");
        api.say(c, "talk to a human");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        claim(c, agent);
        api.post("/api/v1/staff/conversations/" + c.id() + "/resolve", agent, new JsonObject());
        JsonArray history = api.history(c).json().getJsonArray("messages");
        JsonObject asked = history.getJsonObject(history.size() - 1);
        assertThat(asked.getString("text")).contains("How was the help");
        String satisfied = asked.getJsonArray("quickReplies").getJsonObject(0).getString("action");
        String supervisor = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);
        long before = api.get("/api/v1/staff/dashboards/summary?days=1", supervisor)
                .json()
                .getJsonObject("satisfaction")
                .getLong("ratings");

        // Another conversation replaying the button rates nothing: a rating is stored for its own handoff only.
        api.press(api.createConversation("en"), satisfied);
        long afterStranger = api.get("/api/v1/staff/dashboards/summary?days=1", supervisor)
                .json()
                .getJsonObject("satisfaction")
                .getLong("ratings");
        Response thanked = api.press(c, satisfied);
        api.press(c, satisfied);

        assertThat(afterStranger).isEqualTo(before);
        assertThat(lastMessage(thanked).getString("text")).contains("Thank you for your rating");
        long after = api.get("/api/v1/staff/dashboards/summary?days=1", supervisor)
                .json()
                .getJsonObject("satisfaction")
                .getLong("ratings");
        assertThat(after).as("rated once, though pressed twice").isEqualTo(before + 1);
    }

    @Test
    void staffCorrectsAnAnswer_withAReasonTheEnterpriseSees_andTheProcessKeepsItsStep() {
        Conversation c = api.createConversation("en");
        api.press(c, "process:start:deregistration");
        api.say(c, "Hunan Xingchen Tech");
        api.say(c, "talk to a person");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        claim(c, agent);

        Response refused = api.post(
                "/api/v1/staff/conversations/" + c.id() + "/answers",
                agent,
                new JsonObject().put("field", "uscc").put("value", "123").put("reason", "typo"));
        Response corrected = api.post(
                "/api/v1/staff/conversations/" + c.id() + "/answers",
                agent,
                new JsonObject()
                        .put("field", "companyName")
                        .put("value", "Hunan Xingchen Technology Co. Ltd")
                        .put("reason", "the full registered name is needed"));
        api.post("/api/v1/staff/conversations/" + c.id() + "/resolve", agent, new JsonObject());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(api.history(c).body()).contains("the full registered name is needed");
        JsonObject transcript =
                api.get("/api/v1/staff/conversations/" + c.id(), agent).json();
        assertThat(transcript
                        .getJsonObject("answers")
                        .getJsonObject("companyName")
                        .getString("value"))
                .isEqualTo("Hunan Xingchen Technology Co. Ltd");
        assertThat(transcript
                        .getJsonObject("state")
                        .getJsonObject("process")
                        .getJsonObject("field")
                        .getString("name"))
                .isEqualTo("uscc");
    }

    @Test
    void transfer_movesTheConversationToAnotherDepartmentsQueue_andTellsTheEnterprise() {
        Conversation c = api.createConversation("en");
        api.say(c, "talk to a human");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        claim(c, agent);

        Response moved = api.post(
                "/api/v1/staff/conversations/" + c.id() + "/transfer",
                agent,
                new JsonObject().put("department", "tax"));

        assertThat(moved.status()).isEqualTo(200);
        JsonObject handoff = moved.json().getJsonObject("state").getJsonObject("handoff");
        assertThat(handoff.getString("status")).isEqualTo("queued");
        assertThat(handoff.getString("department")).isEqualTo("tax");
        String taxSupervisor = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);
        JsonObject queues =
                api.get("/api/v1/staff/handoffs", taxSupervisor).json().getJsonObject("queues");
        assertThat(queues.getJsonArray("tax").stream().map(i -> ((JsonObject) i).getString("conversationId")))
                .contains(c.id());
        assertThat(lastMessage(moved).getString("text")).contains("Tax");
        assertThat(api.post(
                                "/api/v1/staff/conversations/" + c.id() + "/transfer",
                                agent,
                                new JsonObject().put("department", "../etc"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void transferToAnotherAgent_letsThemReplyAndNotTheFirst() {
        Conversation c = api.createConversation("en");
        api.say(c, "talk to a human");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String supervisor = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);
        claim(c, agent);

        Response moved = api.post(
                "/api/v1/staff/conversations/" + c.id() + "/transfer",
                agent,
                new JsonObject().put("agent", "supervisor"));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/staff/conversations/" + c.id() + "/messages",
                                agent,
                                new JsonObject().put("text", "still me?"))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/staff/conversations/" + c.id() + "/messages",
                                supervisor,
                                new JsonObject().put("text", "Hello, I have taken over."))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void staffActions_areWrittenToTheAuditLog() {
        Conversation c = api.createConversation("en");
        api.say(c, "talk to a human");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        claim(c, agent);
        api.post(
                "/api/v1/staff/conversations/" + c.id() + "/notes", agent, new JsonObject().put("text", "called back"));
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);

        JsonArray entries = api.get("/api/v1/admin/audit?conversation=" + c.id(), admin)
                .json()
                .getJsonArray("entries");

        assertThat(entries.stream().map(e -> ((JsonObject) e).getString("action")))
                .contains("handoff.claimed", "note.added");
        assertThat(entries.stream()
                        .map(e -> (JsonObject) e)
                        .filter(e -> e.getString("action").startsWith("handoff")
                                || e.getString("action").startsWith("note"))
                        .map(e -> e.getString("actor")))
                .containsOnly("agent");
    }

    @Test
    void notesAreForStaffOnly() {
        Conversation c = api.createConversation("en");
        api.say(c, "talk to a human");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);

        api.post(
                "/api/v1/staff/conversations/" + c.id() + "/notes",
                agent,
                new JsonObject().put("text", "internal: VIP"));

        assertThat(api.history(c).body()).doesNotContain("internal: VIP");
        assertThat(api.get("/api/v1/staff/conversations/" + c.id(), agent).body())
                .contains("internal: VIP");
    }

    @Test
    void staffEndpoints_withoutOrWithWrongLogin_are401or403() {
        Conversation c = api.createConversation("en");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);

        assertThat(api.get("/api/v1/staff/handoffs", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/staff/handoffs", "not-a-session").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/staff/handoffs", c.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/audit", agent).status()).isEqualTo(403);
    }

    @Test
    void botUnableToAnswerTwice_callsInAPerson() {
        Conversation c = api.createConversation("en");

        Response first = api.say(c, "Who won the football match last night?");
        Response second = api.say(c, "What is a good recipe for dumplings?");

        assertThat(first.json().getJsonObject("state").getString("mode")).isEqualTo("bot");
        assertThat(second.json().getJsonObject("state").getString("mode")).isEqualTo("handoff");
    }

    @Test
    void answerRatedWrong_offersOtherAnswersAndARephraseFirst_thenAPersonOnRequest() {
        Conversation c = api.createConversation("en");
        Response answered = api.say(c, "How long does deregistration take?");
        assertThat(lastMessage(answered).getJsonArray("quickReplies").stream()
                        .map(q -> ((JsonObject) q).getString("action")))
                .contains("feedback:wrong");

        Response r = api.press(c, "feedback:wrong");

        assertThat(r.json().getJsonObject("state").getString("mode")).isEqualTo("bot");
        assertThat(lastMessage(r).getString("text")).contains("other words");
        List<String> offered = lastMessage(r).getJsonArray("quickReplies").stream()
                .map(q -> ((JsonObject) q).getString("action"))
                .toList();
        assertThat(offered).anyMatch(a -> a.startsWith("kb:ask:")).last().isEqualTo("handoff:request");
        assertThat(api.press(c, "handoff:request").json().getJsonObject("state").getString("mode"))
                .isEqualTo("handoff");
    }

    @Test
    void outsideOfficeHours_theUserIsToldWhenStaffWillReply() throws Exception {
        Instant saturdayNight = Instant.parse("2026-11-28T14:00:00Z"); // 22:00 in Shanghai, a Saturday
        try (TestServer night = TestServer.start(
                TestServer.tempDir("onewindow-night-"), Map.of(), Clock.fixed(saturdayNight, ZoneOffset.UTC))) {
            ApiClient nightApi = night.api();
            Conversation c = nightApi.createConversation("en");

            Response r = nightApi.say(c, "talk to a human");

            String said = r.json().getJsonArray("messages").stream()
                    .map(m -> ((JsonObject) m).getString("text"))
                    .reduce("", (a, b) -> a + "\n" + b);
            assertThat(said)
                    .contains("2026-11-30 09:00")
                    .contains("leave your message")
                    .contains("number 1 in the queue");
            JsonArray offered = lastMessage(r).getJsonArray("quickReplies");
            assertThat(offered.stream().map(q -> ((JsonObject) q).getString("action")))
                    .containsExactly("handoff:call-back", "handoff:leave");
            assertThat(r.json().getJsonObject("state").getString("mode")).isEqualTo("handoff");
        }
    }

    private Response claim(Conversation c, String staffToken) {
        return api.post("/api/v1/staff/conversations/" + c.id() + "/claim", staffToken, new JsonObject());
    }

    private static JsonObject lastMessage(Response r) {
        JsonArray messages = r.json().getJsonArray("messages");
        return messages.getJsonObject(messages.size() - 1);
    }
}
