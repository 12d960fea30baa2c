package org.onewindow.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.onewindow.OneWindow;
import org.onewindow.config.ConfigLoader;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.TestServer;

/**
 * Staff message → enterprise WebSocket latency on loopback with N open conversation sockets: a
 * staff member holds some of them and sends messages; each is timed from the staff API call to
 * the frame's arrival on the enterprise's socket.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.onewindow.bench.StaffPushBenchmark -Dexec.args="1000 500"} (open sockets, messages).
 */
public final class StaffPushBenchmark {

    private StaffPushBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sockets = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path dataDir = Files.createTempDirectory("onewindow-push-");
        Files.writeString(
                dataDir.resolve("staff.yaml"),
                "staff:\n  - {username: agent, role: agent, departments: [general]," + " passwordHash: \""
                        + TestServer.CHEAP_HASHER.hash(TestServer.STAFF_PASSWORD) + "\"}\n");
        OneWindow node = OneWindow.start(
                ConfigLoader.load(
                        TestServer.withoutClientLimits(
                                List.of("--host", "127.0.0.1", "--port", "0", "--data-dir", dataDir.toString())),
                        Map.of()),
                Clock.systemUTC(),
                Map.of(),
                TestServer.CHEAP_HASHER);
        Vertx clientVertx = Vertx.vertx();
        try {
            ApiClient api = new ApiClient("http://127.0.0.1:" + node.port());
            WebSocketClient client = clientVertx.createWebSocketClient(
                    new io.vertx.core.http.WebSocketClientOptions().setMaxConnections(sockets + 10));
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            long[] latencies = new long[messages];
            int[] received = {0};
            CountDownLatch done = new CountDownLatch(messages);
            List<ApiClient.Conversation> conversations = new ArrayList<>();
            List<WebSocket> open = new ArrayList<>();
            for (int i = 0; i < sockets; i++) {
                ApiClient.Conversation c = api.createConversation("en");
                conversations.add(c);
                WebSocket ws = client.connect(new WebSocketConnectOptions()
                                .setHost("127.0.0.1")
                                .setPort(node.port())
                                .setURI("/api/v1/conversations/" + c.id() + "/events?token=" + c.token() + "&after=1"))
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
                ws.textMessageHandler(frame -> {
                    JsonObject event = new JsonObject(frame);
                    if ("message".equals(event.getString("type"))
                            && "staff".equals(event.getJsonObject("message").getString("from"))) {
                        Long start =
                                sentAt.remove(event.getJsonObject("message").getString("text"));
                        if (start != null) {
                            synchronized (latencies) {
                                latencies[received[0]++] = System.nanoTime() - start;
                            }
                            done.countDown();
                        }
                    }
                });
                open.add(ws);
            }
            String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
            int held = Math.min(100, sockets);
            for (int i = 0; i < held; i++) {
                api.say(conversations.get(i), "talk to a human");
                api.post(
                        "/api/v1/staff/conversations/" + conversations.get(i).id() + "/claim", agent, new JsonObject());
            }
            for (int m = 0; m < messages; m++) {
                ApiClient.Conversation c = conversations.get(m % held);
                String text = "staff message " + m;
                sentAt.put(text, System.nanoTime());
                api.post(
                        "/api/v1/staff/conversations/" + c.id() + "/messages",
                        agent,
                        new JsonObject().put("text", text));
            }
            done.await(60, TimeUnit.SECONDS);
            long[] sorted = Arrays.copyOf(latencies, received[0]);
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%d open conversation sockets, %d staff messages received of %d:"
                            + " p50 %.2f ms, p99 %.2f ms, max %.2f ms (from the staff API call to the enterprise's socket)%n",
                    open.size(),
                    sorted.length,
                    messages,
                    pct(sorted, 50),
                    pct(sorted, 99),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        } finally {
            clientVertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            node.stop();
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
