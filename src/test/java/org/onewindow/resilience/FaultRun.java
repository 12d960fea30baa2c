package org.onewindow.resilience;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.onewindow.connector.Receiver;
import org.onewindow.connector.Receiver.Fault;
import org.onewindow.connector.TestConnectors;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.ProcessDriver;
import org.onewindow.testing.ServiceProcess;

/**
 * The black-box reliability run, on loopback: enterprises complete a guided process concurrently while the service is
 * killed with SIGKILL mid-burst and started again, and every approval system is one flaky receiver (500s, answers
 * that never come, connections dropped after acceptance, and an outage with the port closed). Clients retry a turn
 * that got no answer with the same {@code clientMessageId}, as the widget does. Counts what the user and the
 * departments see: turns answered and found again afterwards, submissions per conversation, deliveries received and
 * how often one arrived again (only ever under the same idempotency key).
 */
public final class FaultRun {

    /** The deregistration answers, one field each. */
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

    private static final Pattern PROCESSES = Pattern.compile("(?m)^processes: *(\\[.*])");
    private static final Pattern INCLUDE = Pattern.compile("(?m)^ *include: *(\\[.*])");

    /** How big the run is: conversations at once, SIGKILLs spread over the burst, seconds the receiver is down. */
    public record Settings(int conversations, int threads, int kills, int outageSeconds, long seed) {}

    /** What came out. */
    public record Outcome(
            int conversations,
            int answered,
            int found,
            int userMessagesBeyondAnswered,
            int submissions,
            int conversationsWithExactlyOneSubmission,
            int expectedDeliveries,
            int delivered,
            int duplicates,
            int unexpectedKeys,
            int kills,
            double seconds) {

        public String report() {
            return String.format(
                    java.util.Locale.ROOT,
                    """
                    conversations %d, SIGKILLs %d, %.1f s
                    turns answered %d, found afterwards %d, user messages beyond those answered %d
                    submissions %d (conversations with exactly one: %d)
                    deliveries expected %d, received %d, received again under the same key %d, under a key not expected %d""",
                    conversations,
                    kills,
                    seconds,
                    answered,
                    found,
                    userMessagesBeyondAnswered,
                    submissions,
                    conversationsWithExactlyOneSubmission,
                    expectedDeliveries,
                    delivered,
                    duplicates,
                    unexpectedKeys);
        }
    }

    private record Answered(String conversationId, long seq) {}

    private final Settings settings;
    private final Path work;
    private final AtomicInteger answeredTurns = new AtomicInteger();
    private final Set<Answered> answered = ConcurrentHashMap.newKeySet();
    private volatile ServiceProcess service;
    private volatile ApiClient api;

    public FaultRun(Settings settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    public Outcome run() throws Exception {
        long start = System.nanoTime();
        Vertx vertx = Vertx.vertx();
        ExecutorService drivers = Executors.newFixedThreadPool(settings.threads());
        try {
            Receiver receiver = new Receiver(vertx)
                    .start()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            Random random = new Random(settings.seed());
            receiver.faults(n -> {
                synchronized (random) {
                    int roll = random.nextInt(100);
                    return roll < 20
                            ? Fault.ERROR_500
                            : roll < 28 ? Fault.TIMEOUT : roll < 33 ? Fault.ACCEPT_THEN_DROP : Fault.OK;
                }
            });
            Path connectors = connectorsTo(receiver.url());
            Map<String, String> flags = Map.of(
                    "port",
                    String.valueOf(freePort()),
                    "connectors",
                    connectors.toString(),
                    "delivery-lease-seconds",
                    "3");
            Map<String, String> env = new HashMap<>();
            for (Path file : connectorFiles(Path.of("connectors"))) {
                String id = file.getFileName().toString().replace(".yaml", "");
                env.put(
                        "ONEWINDOW_CONNECTOR_"
                                + id.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_SECRET",
                        TestConnectors.SECRET);
            }
            Path dataDir = work.resolve("data");
            startService(dataDir, flags, env);

            List<Future<Response>> submissions = new ArrayList<>();
            List<Conversation> conversations = new ArrayList<>();
            for (int i = 0; i < settings.conversations(); i++) {
                Conversation c = retrying(() -> api.createConversation("en"));
                conversations.add(c);
                submissions.add(drivers.submit(() -> drive(c)));
            }
            int turnsExpected = settings.conversations() * 10;
            for (int kill = 1; kill <= settings.kills(); kill++) {
                int at = turnsExpected * kill / (settings.kills() + 1);
                while (answeredTurns.get() < at && !allDone(submissions)) {
                    Thread.sleep(20);
                }
                service.kill();
                if (kill == 1) {
                    receiver.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                    vertx.setTimer(settings.outageSeconds() * 1000L, t -> receiver.restart());
                }
                startService(dataDir, flags, env);
            }
            for (Future<Response> f : submissions) {
                f.get(5, TimeUnit.MINUTES);
            }
            return outcome(conversations, receiver, settings.kills(), (System.nanoTime() - start) / 1e9);
        } finally {
            drivers.shutdownNow();
            if (service != null) {
                service.kill();
            }
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private void startService(Path dataDir, Map<String, String> flags, Map<String, String> env) throws Exception {
        service = ServiceProcess.start(dataDir, flags, env);
        api = service.api();
    }

    /** Runs deregistration to its submission; every turn is retried with its clientMessageId until answered. */
    private Response drive(Conversation c) throws InterruptedException {
        return ProcessDriver.untilSubmitted(
                turn(c, new JsonObject().put("action", "process:start:deregistration")), ANSWERS, body -> {
                    try {
                        return turn(c, body);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                });
    }

    private Response turn(Conversation c, JsonObject body) throws InterruptedException {
        body.put("clientMessageId", UUID.randomUUID().toString());
        for (int attempt = 0; attempt < 600; attempt++) {
            try {
                Response r = api.post("/api/v1/conversations/" + c.id() + "/messages", c.token(), body);
                if (r.status() == 200) {
                    answeredTurns.incrementAndGet();
                    answered.add(new Answered(
                            c.id(),
                            r.json().getJsonArray("messages").getJsonObject(0).getLong("seq")));
                    return r;
                }
                if (r.status() < 500) {
                    throw new IllegalStateException("turn refused: " + r.status() + " " + r.body());
                }
            } catch (IllegalStateException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("turn refused")) {
                    throw e;
                }
                // No answer: the service is down or restarting. Send the same turn again.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no answer for a minute to a turn of " + c.id());
    }

    private <T> T retrying(java.util.concurrent.Callable<T> call) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.call();
            } catch (IllegalStateException | AssertionError e) {
                if (attempt > 600) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private Outcome outcome(List<Conversation> conversations, Receiver receiver, int kills, double runSeconds)
            throws Exception {
        Set<String> expectedKeys = new HashSet<>();
        int submissions = 0;
        int exactlyOne = 0;
        int found = 0;
        int beyond = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (Conversation c : conversations) {
            JsonObject history = retrying(() -> api.history(c).json());
            JsonArray subs = history.getJsonObject("state").getJsonArray("submissions");
            while (System.nanoTime() < deadline && !allDelivered(subs)) {
                Thread.sleep(200);
                history = retrying(() -> api.history(c).json());
                subs = history.getJsonObject("state").getJsonArray("submissions");
            }
            submissions += subs.size();
            exactlyOne += subs.size() == 1 ? 1 : 0;
            for (Object s : subs) {
                JsonObject submission = (JsonObject) s;
                for (Object t : submission.getJsonArray("targets")) {
                    expectedKeys.add(submission.getString("id") + ".v1." + ((JsonObject) t).getString("connector"));
                }
            }
            Set<Long> userSeqs = new HashSet<>();
            for (Object m : history.getJsonArray("messages")) {
                JsonObject message = (JsonObject) m;
                if ("user".equals(message.getString("from"))) {
                    userSeqs.add(message.getLong("seq"));
                }
            }
            long answeredHere = answered.stream()
                    .filter(a -> a.conversationId().equals(c.id()))
                    .count();
            long foundHere = answered.stream()
                    .filter(a -> a.conversationId().equals(c.id()) && userSeqs.contains(a.seq()))
                    .count();
            found += (int) foundHere;
            beyond += (int) Math.max(0, userSeqs.size() - answeredHere);
        }
        Set<String> receivedKeys = receiver.received.keySet();
        int delivered =
                (int) expectedKeys.stream().filter(receivedKeys::contains).count();
        int unexpected = (int)
                receivedKeys.stream().filter(k -> !expectedKeys.contains(k)).count();
        return new Outcome(
                conversations.size(),
                answered.size(),
                found,
                beyond,
                submissions,
                exactlyOne,
                expectedKeys.size(),
                delivered,
                receiver.accepted.get() - receivedKeys.size(),
                unexpected,
                kills,
                runSeconds);
    }

    private static boolean allDelivered(JsonArray submissions) {
        return !submissions.isEmpty()
                && submissions.stream()
                        .allMatch(s -> ((JsonObject) s)
                                .getJsonArray("targets").stream()
                                        .allMatch(t -> !"pending".equals(((JsonObject) t).getString("status"))
                                                && !"failed".equals(((JsonObject) t).getString("status"))));
    }

    private static boolean allDone(List<Future<Response>> futures) {
        return futures.stream().allMatch(Future::isDone);
    }

    /** The shipped connectors, each turned into an HTTP connector to {@code url} with short timeouts and back-offs. */
    private Path connectorsTo(String url) throws IOException {
        Path dir = Files.createDirectories(work.resolve("connectors"));
        for (Path shipped : connectorFiles(Path.of("connectors"))) {
            String yaml = Files.readString(shipped);
            String id = shipped.getFileName().toString().replace(".yaml", "");
            Matcher processes = PROCESSES.matcher(yaml);
            Matcher include = INCLUDE.matcher(yaml);
            if (!processes.find() || !include.find()) {
                throw new IllegalStateException(shipped + ": no processes or mapping.include line");
            }
            Files.writeString(
                    dir.resolve(id + ".yaml"),
                    "id: " + id + "\ntype: http\nprocesses: " + processes.group(1)
                            + "\ntimeout: 2s\nretry:\n  initial-delay: 1s\n  max-delay: 2s\n  multiplier: 2\n  jitter: 0.2\n"
                            + "  max-attempts: 1000\n  max-age: 72h\ncircuit-breaker:\n  failures: 5\n  open-for: 1s\n  max-open-for: 2s\n"
                            + "mapping:\n  include: " + include.group(1) + "\nhttp:\n  url: " + url + "\n");
        }
        return dir;
    }

    private static List<Path> connectorFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
