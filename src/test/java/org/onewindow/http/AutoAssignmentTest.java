package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/**
 * Presence and auto-assignment, on a node of its own (staff made available here must not take the
 * shared node's queue): a queued conversation goes to an available staff member with the fewest in hand.
 */
@IntegrationTest
final class AutoAssignmentTest {
    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestServer.tempDir("onewindow-assign-"), Map.of());
        api = server.api();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The conversation's row in the staff queue once it is claimed (waits for the assignment, at most 10 s). */
    private static JsonObject handoffOf(Conversation c, String staffToken) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonObject row = null;
        while (System.nanoTime() < deadline) {
            row =
                    api
                            .get("/api/v1/staff/handoffs", staffToken)
                            .json()
                            .getJsonObject("queues")
                            .getJsonArray("general")
                            .stream()
                            .map(i -> (JsonObject) i)
                            .filter(i -> i.getString("conversationId").equals(c.id()))
                            .findFirst()
                            .orElse(null);
            if (row != null && "active".equals(row.getString("status"))) {
                return row;
            }
            Thread.sleep(20); // a poll interval while the assignment runs asynchronously, not a timing assumption
        }
        return row;
    }

    @Test
    void queuedConversations_goToAvailableStaff_fewestInHandFirst() throws Exception {
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String supervisor = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);
        assertThat(api.post("/api/v1/staff/presence", agent, new JsonObject().put("status", "available"))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/staff/presence", supervisor, new JsonObject().put("status", "available"))
                        .status())
                .isEqualTo(200);

        Conversation first = api.createConversation("zh");
        api.say(first, "转人工");
        JsonObject firstHandoff = handoffOf(first, supervisor);
        Conversation second = api.createConversation("zh");
        api.say(second, "转人工");
        JsonObject secondHandoff = handoffOf(second, supervisor);

        assertThat(firstHandoff.getString("status")).isEqualTo("active");
        assertThat(secondHandoff.getString("status")).isEqualTo("active");
        assertThat(java.util.List.of(firstHandoff.getString("claimedBy"), secondHandoff.getString("claimedBy")))
                .as("one each: the second goes to whoever has none yet")
                .containsExactlyInAnyOrder("agent", "supervisor");
        assertThat(api.post("/api/v1/staff/presence", agent, new JsonObject().put("status", "busy"))
                        .status())
                .isEqualTo(400);
    }
}
