package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.ProcessDriver;
import org.onewindow.testing.TestServer;

/** After submission: delivery, signed status callbacks, a correction round trip, amendment and withdrawal. */
@IntegrationTest
final class SubmissionLifecycleTest {

    private static final Map<String, String> ANSWERS = Map.of(
            "companyName",
            "Hunan Xingchen Technology Co. Ltd",
            "uscc",
            "91350100M000100Y43",
            "route",
            "simplified",
            "reason",
            "shareholders resolved to dissolve",
            "taxesSettled",
            "yes",
            "contactName",
            "Li Na",
            "contactPhone",
            "13807310000");

    private final ApiClient api = TestServer.shared().api();

    @Test
    void deliveryToEveryDepartment_addsOneStatusCardInAll_andDepartmentsAreNamedAsPeopleReadThem() throws Exception {
        Conversation c = api.createConversation("en");
        String id = submitDeregistration(c);
        awaitSubmission(
                c,
                s -> s.getJsonArray("targets").size() > 1
                        && s.getJsonArray("targets").stream()
                                .allMatch(t ->
                                        ((JsonObject) t).getString("status").equals("delivered")));

        callback("market-regulation", new JsonObject().put("submissionId", id).put("status", "approved"));
        awaitSubmission(c, s -> s.getString("status").equals("partially_approved"));

        List<String> cards = api.history(c).json().getJsonArray("messages").stream()
                .map(m -> (JsonObject) m)
                .filter(m -> "status".equals(m.getString("type")))
                .map(m -> m.getString("text"))
                .toList();
        // the receipt, the change to "in review" once delivered (one card, not one per department), the approval
        assertThat(cards).hasSize(3);
        assertThat(cards.get(2)).contains("Market Regulation Administration").doesNotContain("market-regulation");
    }

    @Test
    void correctionRequested_isToldAnsweredAndDeliveredAsVersion2_thenApproved() throws Exception {
        Conversation c = api.createConversation("en");
        String id = submitDeregistration(c);
        JsonObject delivered = awaitSubmission(
                c,
                s -> s.getJsonArray("targets").stream()
                        .allMatch(t -> ((JsonObject) t).getString("status").equals("delivered")));
        assertThat(delivered.getString("status")).isEqualTo("in_review");

        Response callback = callback(
                "market-regulation",
                new JsonObject()
                        .put("submissionId", id)
                        .put("status", "needs_correction")
                        .put("comment", "The phone cannot be reached")
                        .put(
                                "corrections",
                                new JsonArray()
                                        .add(new JsonObject()
                                                .put("field", "contactPhone")
                                                .put("reason", "unreachable"))));
        assertThat(callback.status()).as(callback.body()).isEqualTo(200);
        awaitSubmission(c, s -> s.getString("status").equals("needs_correction"));
        JsonArray history = api.history(c).json().getJsonArray("messages");
        JsonObject card = history.stream()
                .map(m -> (JsonObject) m)
                .filter(m -> "status".equals(m.getString("type"))
                        && m.getString("text").contains("unreachable"))
                .findFirst()
                .orElseThrow();
        assertThat(card.getString("text")).contains("contact phone");
        assertThat(card.getJsonArray("quickReplies").getJsonObject(0).getString("action"))
                .isEqualTo("submission:correct:" + id);

        api.press(c, "submission:correct:" + id);
        Response corrected = api.say(c, "13900001111");
        assertThat(corrected
                        .json()
                        .getJsonObject("state")
                        .getJsonArray("submissions")
                        .getJsonObject(0)
                        .getInteger("version"))
                .isEqualTo(2);
        awaitSubmission(
                c,
                s -> s.getJsonArray("targets").stream()
                        .map(t -> (JsonObject) t)
                        .filter(t -> t.getString("connector").equals("market-regulation"))
                        .allMatch(t -> t.getString("status").equals("delivered")));

        for (String connector : List.of("market-regulation", "tax", "human-resources-social-security")) {
            assertThat(callback(
                                    connector,
                                    new JsonObject().put("submissionId", id).put("status", "approved"))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(awaitSubmission(c, s -> s.getString("status").equals("approved"))
                        .getInteger("version"))
                .isEqualTo(2);
    }

    @Test
    void callbacks_unsignedReplayedOrForUnknownSubmissions_areRefusedAndChangeNothing() {
        Conversation c = api.createConversation("en");
        String id = submitDeregistration(c);
        String body = new JsonObject()
                .put("submissionId", id)
                .put("status", "approved")
                .encode();
        String messageId = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();

        assertThat(api.post("/api/v1/connectors/tax/callbacks", null, body).status())
                .isEqualTo(401);
        assertThat(api.postSigned(
                                "/api/v1/connectors/tax/callbacks",
                                TestServer.CONNECTOR_SECRET,
                                "msg_stale",
                                now - 600,
                                body)
                        .status())
                .isEqualTo(401);
        assertThat(api.postSigned("/api/v1/connectors/tax/callbacks", TestServer.CONNECTOR_SECRET, messageId, now, body)
                        .status())
                .isEqualTo(200);
        assertThat(api.postSigned("/api/v1/connectors/tax/callbacks", TestServer.CONNECTOR_SECRET, messageId, now, body)
                        .status())
                .isEqualTo(401);
        assertThat(api.postSigned(
                                "/api/v1/connectors/tax/callbacks",
                                TestServer.CONNECTOR_SECRET,
                                "msg_" + UUID.randomUUID(),
                                now,
                                new JsonObject()
                                        .put("submissionId", "no-such")
                                        .put("status", "approved")
                                        .encode())
                        .status())
                .isEqualTo(404);
        assertThat(api.postSigned(
                                "/api/v1/connectors/no-such-system/callbacks",
                                TestServer.CONNECTOR_SECRET,
                                "msg_" + UUID.randomUUID(),
                                now,
                                body)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void amendment_byTyping_isDeliveredAsTheNextVersion() {
        Conversation c = api.createConversation("en");
        submitDeregistration(c);

        Response asked = api.say(c, "Please change the contact phone in my application");
        assertThat(last(asked).getString("text")).contains("contact phone");
        Response done = api.say(c, "13911112222");

        JsonObject submission =
                done.json().getJsonObject("state").getJsonArray("submissions").getJsonObject(0);
        assertThat(submission.getInteger("version")).isEqualTo(2);
        assertThat(last(done).getString("text")).contains("version 2");
    }

    @Test
    void withdrawal_afterConfirmation_marksTheSubmissionWithdrawn() {
        Conversation c = api.createConversation("en");
        submitDeregistration(c);

        api.say(c, "I want to withdraw my application");
        Response r = api.press(c, "submission:withdraw-confirm");

        assertThat(r.json()
                        .getJsonObject("state")
                        .getJsonArray("submissions")
                        .getJsonObject(0)
                        .getString("status"))
                .isEqualTo("withdrawn");
    }

    private Response callback(String connector, JsonObject body) {
        return api.postSigned(
                "/api/v1/connectors/" + connector + "/callbacks",
                TestServer.CONNECTOR_SECRET,
                "msg_" + UUID.randomUUID(),
                Instant.now().getEpochSecond(),
                body.encode());
    }

    private String submitDeregistration(Conversation c) {
        return ProcessDriver.submissionId(
                ProcessDriver.untilSubmitted(api, c, api.press(c, "process:start:deregistration"), ANSWERS));
    }

    private JsonObject awaitSubmission(Conversation c, Predicate<JsonObject> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            JsonObject submission = api.history(c)
                    .json()
                    .getJsonObject("state")
                    .getJsonArray("submissions")
                    .getJsonObject(0);
            if (condition.test(submission)) {
                return submission;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("submission never reached the expected state: " + submission);
            }
            Thread.sleep(100);
        }
    }

    private static JsonObject last(Response r) {
        JsonArray messages = r.json().getJsonArray("messages");
        return messages.getJsonObject(messages.size() - 1);
    }
}
