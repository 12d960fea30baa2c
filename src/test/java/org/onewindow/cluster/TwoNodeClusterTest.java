package org.onewindow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/**
 * Two nodes as two processes on loopback, joined by Hazelcast over TCP/IP, on one PostgreSQL:
 * any node serves any conversation, a staff reply through one reaches the WebSocket held by the
 * other, the outbox delivers each submission once, and a SIGKILLed node loses nothing.
 */
@IntegrationTest
final class TwoNodeClusterTest {

    @Test
    void twoNodes_shareConversationsEventsAndOutbox_andSurviveTheDeathOfOne() throws Exception {
        Path root = TestServer.tempDir("onewindow-cluster-");
        Path shared = root.resolve("shared");
        Path staffFile = TestEnvironment.staffFile(shared);
        int clusterA = NodeProcess.freePort();
        int clusterB = NodeProcess.freePort();
        try (FreshPostgres db = FreshPostgres.create();
                NodeProcess a =
                        NodeProcess.start("A", root.resolve("a"), flags(db, shared, staffFile, clusterA, clusterB));
                NodeProcess b =
                        NodeProcess.start("B", root.resolve("b"), flags(db, shared, staffFile, clusterB, clusterA))) {
            ApiClient apiA = a.api();
            ApiClient apiB = b.api();
            awaitClusterOfTwo(a, b);

            // A conversation created through A continues through B, then through A again.
            Conversation c = apiA.createConversation("en");
            assertThat(apiA.say(c, "one").status()).isEqualTo(200);
            assertThat(apiB.say(c, "two").status()).as(b.output()).isEqualTo(200);
            assertThat(apiA.say(c, "three").status()).as(a.output()).isEqualTo(200);
            assertThat(apiB.say(c, "four").status()).as(b.output()).isEqualTo(200);
            JsonArray history = apiB.history(c).json().getJsonArray("messages");
            PostgresConversationTest.assertContiguous(history);
            assertThat(userTexts(history)).containsExactly("one", "two", "three", "four");

            // A staff reply sent through B reaches the enterprise's WebSocket held by A.
            Conversation waiting = apiA.createConversation("en");
            apiA.press(waiting, "process:start:deregistration");
            apiA.say(waiting, "Hunan Xingchen Technology Co. Ltd");
            Response asked = apiA.say(waiting, "talk to a person");
            assertThat(asked.json().getJsonObject("state").getString("mode")).isEqualTo("handoff");
            long lastSeq = lastSeq(asked);
            LinkedBlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
            WebSocket socket = openEvents(a.port(), waiting, lastSeq, frames);
            String staff = apiB.staffLogin("supervisor", TestServer.STAFF_PASSWORD);
            assertThat(apiB.post("/api/v1/staff/conversations/" + waiting.id() + "/claim", staff, new JsonObject())
                            .status())
                    .as(b.output())
                    .isEqualTo(200);
            assertThat(apiB.post(
                                    "/api/v1/staff/conversations/" + waiting.id() + "/messages",
                                    staff,
                                    new JsonObject().put("text", "Hello from node B's agent."))
                            .status())
                    .isEqualTo(200);
            assertThat(awaitStaffMessage(frames, "Hello from node B's agent."))
                    .as(a.output())
                    .isTrue();
            socket.abort();
            // The enterprise reconnects through the other node from its last seen seq and catches up.
            LinkedBlockingQueue<JsonObject> caughtUp = new LinkedBlockingQueue<>();
            WebSocket again = openEvents(b.port(), waiting, lastSeq, caughtUp);
            assertThat(awaitStaffMessage(caughtUp, "Hello from node B's agent."))
                    .as(b.output())
                    .isTrue();
            again.abort();
            // A's cached copy was evicted when B changed the conversation: A reports B's handoff state.
            JsonObject handoffOnB =
                    apiB.history(waiting).json().getJsonObject("state").getJsonObject("handoff");
            assertThat(handoffOnB.getString("status")).isNotEqualTo("queued");
            assertThat(awaitHandoff(apiA, waiting, handoffOnB)).isEqualTo(handoffOnB);

            // The outbox: submissions made through both nodes are delivered once per target, by one node or the other.
            List<Conversation> submitted = new ArrayList<>();
            for (ApiClient api : List.of(apiA, apiB, apiA, apiB)) {
                Conversation s = api.createConversation("en");
                PostgresConversationTest.submitDeregistration(api, s);
                submitted.add(s);
            }
            int targets = 0;
            for (Conversation s : submitted) {
                targets += awaitDelivered(apiB, s).getJsonArray("targets").size();
            }
            List<String> deliveries = deliveryFiles(root.resolve("a"), root.resolve("b"));
            assertThat(deliveries).hasSize(targets);
            assertThat(Set.copyOf(deliveries)).hasSize(targets);

            // A dies without a word; B goes on serving A's conversations.
            a.kill();
            Response afterDeath = apiB.say(c, "five");
            assertThat(afterDeath.status()).as(b.output()).isEqualTo(200);
            JsonArray finalHistory = apiB.history(c).json().getJsonArray("messages");
            PostgresConversationTest.assertContiguous(finalHistory);
            assertThat(userTexts(finalHistory)).containsExactly("one", "two", "three", "four", "five");
            Conversation fresh = apiB.createConversation("en");
            assertThat(apiB.say(fresh, "still here").status()).isEqualTo(200);
            assertThat(apiB.history(waiting).json().getJsonArray("messages").stream()
                            .map(m -> ((JsonObject) m).getString("text")))
                    .contains("Hello from node B's agent.");
        }
    }

    private static List<String> flags(FreshPostgres db, Path shared, Path staffFile, int own, int other) {
        return List.of(
                "--cluster",
                "true",
                "--cluster-host",
                "127.0.0.1",
                "--cluster-port",
                String.valueOf(own),
                "--cluster-members",
                "127.0.0.1:" + other,
                "--database-url",
                db.url(),
                "--staff-file",
                staffFile.toString(),
                "--files-dir",
                shared.resolve("files").toString(),
                "--identity-secret",
                TestServer.IDENTITY_SECRET);
    }

    /** Both nodes see each other (Hazelcast logs its member list on every change). */
    private static void awaitClusterOfTwo(NodeProcess a, NodeProcess b) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (a.output().contains("Members {size:2") && b.output().contains("Members {size:2")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the nodes did not form a cluster of two; " + a.output() + "\n" + b.output());
    }

    private static WebSocket openEvents(int port, Conversation c, long after, LinkedBlockingQueue<JsonObject> frames) {
        URI uri = URI.create("ws://127.0.0.1:" + port + "/api/v1/conversations/" + c.id() + "/events?token=" + c.token()
                + "&after=" + after);
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            frames.add(new JsonObject(text.toString()));
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .join();
    }

    private static boolean awaitStaffMessage(LinkedBlockingQueue<JsonObject> frames, String text)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            JsonObject frame = frames.poll(200, TimeUnit.MILLISECONDS);
            if (frame != null
                    && "message".equals(frame.getString("type"))
                    && text.equals(frame.getJsonObject("message").getString("text"))) {
                return true;
            }
        }
        return false;
    }

    /** The eviction travels on the event bus: a read on A right after B's commit may precede it by a moment. */
    private static JsonObject awaitHandoff(ApiClient api, Conversation c, JsonObject expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        JsonObject seen;
        do {
            seen = api.history(c).json().getJsonObject("state").getJsonObject("handoff");
            if (expected.equals(seen)) {
                return seen;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return seen;
    }

    private static JsonObject awaitDelivered(ApiClient api, Conversation c) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            JsonObject submission = api.history(c)
                    .json()
                    .getJsonObject("state")
                    .getJsonArray("submissions")
                    .getJsonObject(0);
            if (submission.getJsonArray("targets").stream()
                    .allMatch(t -> ((JsonObject) t).getString("status").equals("delivered"))) {
                return submission;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the submission was not delivered: " + submission);
            }
            Thread.sleep(100);
        }
    }

    /** The file connectors' deliveries, one file per submission version and target, in both nodes' data dirs. */
    private static List<String> deliveryFiles(Path... dataDirs) throws Exception {
        List<String> files = new ArrayList<>();
        for (Path dir : dataDirs) {
            Path outbox = dir.resolve("outbox");
            if (Files.isDirectory(outbox)) {
                try (Stream<Path> walk = Files.walk(outbox)) {
                    files.addAll(walk.filter(Files::isRegularFile)
                            .map(p -> outbox.relativize(p).toString())
                            .collect(Collectors.toList()));
                }
            }
        }
        return files;
    }

    private static List<String> userTexts(JsonArray messages) {
        return messages.stream()
                .map(m -> (JsonObject) m)
                .filter(m -> "user".equals(m.getString("from")))
                .map(m -> m.getString("text"))
                .toList();
    }

    private static long lastSeq(Response r) {
        JsonArray messages = r.json().getJsonArray("messages");
        return messages.getJsonObject(messages.size() - 1).getLong("seq");
    }
}
