package org.onewindow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** The conversation, process and submission paths on PostgreSQL, through the same store and migrations as SQLite. */
@IntegrationTest
final class PostgresConversationTest {

    static final Map<String, String> ANSWERS = Map.of(
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

    @Test
    void conversationAndSubmission_onPostgres_surviveARestart() throws Exception {
        try (FreshPostgres db = FreshPostgres.create()) {
            Path dataDir = TestServer.tempDir("onewindow-pg-");
            Map<String, String> flags = Map.of("database-url", db.url());
            Conversation c;
            String submissionId;
            try (TestServer first = TestServer.start(dataDir, flags)) {
                ApiClient api = first.api();
                assertThat(api.get("/health", null).body()).contains("postgresql");
                c = api.createConversation("en");
                assertThat(api.say(c, "hello").status()).isEqualTo(200);
                submissionId = submitDeregistration(api, c);
                assertThat(submissionId).isNotBlank();
            }
            try (TestServer second = TestServer.start(dataDir, flags)) {
                ApiClient api = second.api();
                JsonObject history = api.history(c).json();
                JsonArray messages = history.getJsonArray("messages");
                assertThat(messages.stream().map(m -> ((JsonObject) m).getString("text")))
                        .contains("hello");
                assertThat(history.getJsonObject("state")
                                .getJsonArray("submissions")
                                .getJsonObject(0)
                                .getString("id"))
                        .isEqualTo(submissionId);
                long lastSeq = messages.getJsonObject(messages.size() - 1).getLong("seq");
                Response after = api.say(c, "after the restart");
                // Delivery status cards may have been appended meanwhile: the seq only has to go on.
                assertThat(after.json()
                                .getJsonArray("messages")
                                .getJsonObject(0)
                                .getLong("seq"))
                        .isGreaterThan(lastSeq);
                assertContiguous(api.history(c).json().getJsonArray("messages"));
            }
        }
    }

    /** Seqs 1, 2, 3, … with no gap and no repeat: nothing lost, nothing written twice. */
    static void assertContiguous(JsonArray messages) {
        for (int i = 0; i < messages.size(); i++) {
            assertThat(messages.getJsonObject(i).getLong("seq"))
                    .as("seq of message " + i)
                    .isEqualTo(i + 1L);
        }
    }

    /** Walks the deregistration process to its submission; returns the submission's id. */
    static String submitDeregistration(ApiClient api, Conversation c) {
        Response r = api.press(c, "process:start:deregistration");
        for (int turn = 0; turn < 30; turn++) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonObject state = r.json().getJsonObject("state");
            if (!state.getJsonArray("submissions").isEmpty()) {
                return state.getJsonArray("submissions").getJsonObject(0).getString("id");
            }
            JsonArray messages = r.json().getJsonArray("messages");
            JsonArray quick = messages.getJsonObject(messages.size() - 1).getJsonArray("quickReplies");
            List<String> actions = quick == null
                    ? List.of()
                    : quick.stream()
                            .map(q -> ((JsonObject) q).getString("action"))
                            .toList();
            if (actions.contains("process:privacy-accept")) {
                r = api.press(c, "process:privacy-accept");
            } else if (actions.contains("process:confirm")) {
                r = api.press(c, "process:confirm");
            } else {
                r = api.say(
                        c,
                        ANSWERS.get(state.getJsonObject("process")
                                .getJsonObject("field")
                                .getString("name")));
            }
        }
        throw new AssertionError("the deregistration was not submitted");
    }
}
