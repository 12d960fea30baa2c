package org.onewindow.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.onewindow.OneWindow;
import org.onewindow.config.ConfigLoader;
import org.onewindow.testing.EvalQuestions;

/**
 * HTTP load benchmark on loopback: N concurrent simulated conversations each sending turns as
 * fast as their replies come back, against a real OneWindow node (turns committed before the
 * reply) and, in the same run, against a bare Vert.x endpoint that only echoes JSON (this
 * machine's ceiling). Three kinds of turns: the fallback to an unanswerable question, knowledge
 * answers with citations, and guided process steps. Prints turns/s, p50/p95/p99 and the ratio.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.onewindow.bench.LoadBenchmark -Dexec.args="64 15"} (conversations, seconds).
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        // Optional third argument: a comma-separated subset of fallback,knowledge,process (for profiling one kind).
        java.util.Set<String> only = args.length > 2 ? java.util.Set.of(args[2].split(",")) : java.util.Set.of("fallback", "knowledge", "process");
        System.out.printf(Locale.ROOT, "OneWindow load benchmark: %d concurrent conversations, %d s per scenario, %d cores%n",
                conversations, seconds, Runtime.getRuntime().availableProcessors());

        Vertx echoVertx = Vertx.vertx();
        int echoPort = startEcho(echoVertx);
        OneWindow node = OneWindow.start(ConfigLoader.load(List.of("--host", "127.0.0.1", "--port", "0",
                "--data-dir", Files.createTempDirectory("onewindow-bench-").toString()), Map.of()), Clock.systemUTC());
        Vertx clientVertx = Vertx.vertx();
        // A fresh client per scenario: a request one scenario gave up on cannot hold a pooled connection in the next.
        java.util.function.Supplier<HttpClient> fresh = () -> clientVertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(conversations * 2));
        try {
            Result echo = run(fresh.get(), echoPort, conversations, seconds, i -> Future.succeededFuture(new Target("/echo", null)),
                    t -> new JsonObject().put("text", "hello").encode());
            java.util.Map<String, Result> results = new java.util.LinkedHashMap<>();
            if (only.contains("fallback")) {
                HttpClient client = fresh.get();
                // Questions no document answers: the honest fallback (knowledge searched, turn committed).
                // A second unanswered question in a row calls in a person, so each goes to a new
                // conversation, opened untimed before it (its opening shares the CPU all the same).
                List<String> outOfScope = EvalQuestions.outOfScope();
                java.util.concurrent.atomic.AtomicLong asked = new java.util.concurrent.atomic.AtomicLong();
                results.put("fallback turns, each a new conversation's first question (committed)", run(client, node.port(),
                        conversations, seconds,
                        i -> Future.succeededFuture(new Target(null, null, () -> createConversation(client, node.port()))),
                        t -> new JsonObject().put("text", outOfScope.get((int) (asked.getAndIncrement() % outOfScope.size()))).encode()));
            }
            if (only.contains("knowledge")) {
                HttpClient client = fresh.get();
                // The in-scope questions of the evaluation set that the knowledge base answers with
                // citations (not those that start a process), asked in turn in long conversations.
                List<String> questions = answeredWithCitations(node.port(), EvalQuestions.inScope());
                System.out.printf(Locale.ROOT, "knowledge scenario: %d of %d in-scope questions are answered with citations%n",
                        questions.size(), EvalQuestions.inScope().size());
                java.util.concurrent.atomic.AtomicLong asked = new java.util.concurrent.atomic.AtomicLong();
                results.put("knowledge answers with citations (committed)", run(client, node.port(), conversations, seconds,
                        i -> createConversation(client, node.port()),
                        t -> new JsonObject().put("text", questions.get((int) (asked.getAndIncrement() % questions.size()))).encode()));
            }
            if (only.contains("process")) {
                HttpClient client = fresh.get();
                // Guided process turns: start, answer, choose, cancel, again.
                String[] script = {"action:process:start:deregistration", "text:Hunan Xingchen Technology Co. Ltd",
                        "text:91350100M000100Y43", "action:answer:simplified", "action:answer:resolution",
                        "action:process:cancel", "action:process:cancel-confirm"};
                java.util.Map<String, Integer> positions = new java.util.concurrent.ConcurrentHashMap<>();
                results.put("guided process turns (committed)", run(client, node.port(), conversations, seconds,
                        i -> createConversation(client, node.port()),
                        t -> {
                            int at = positions.merge(t.token(), 1, Integer::sum) - 1;
                            String step = script[at % script.length];
                            int colon = step.indexOf(':');
                            return new JsonObject().put(step.substring(0, colon), step.substring(colon + 1)).encode();
                        }));
            }
            System.out.println();
            System.out.println("| scenario | turns/s | p50 ms | p95 ms | p99 ms | of echo | CPU µs/turn |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            print("bare Vert.x JSON echo (ceiling)", echo, echo);
            results.forEach((name, result) -> print(name, result, echo));
            // How often a question was answered from the answer cache rather than by a search.
            String metrics = fresh.get().request(HttpMethod.GET, node.port(), "127.0.0.1", "/metrics")
                    .compose(req -> req.send()).compose(resp -> resp.body())
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).toString();
            metrics.lines().filter(l -> l.startsWith("onewindow_knowledge_answer_cache")).forEach(l -> System.out.println("  " + l));
        } finally {
            clientVertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            node.stop();
            echoVertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Where one simulated user sends its turns; with {@code renew}, each turn goes to a new
     * conversation that {@code renew} opens first (untimed).
     */
    record Target(String path, String token, java.util.function.Supplier<Future<Target>> renew) {
        Target(String path, String token) {
            this(path, token, null);
        }
    }

    record Result(long turns, double seconds, long[] sortedNanos, long errors, long cpuNanos) {
        /** CPU time of this whole process (load generator included) per turn. */
        double cpuMicrosPerTurn() {
            return turns == 0 ? Double.NaN : cpuNanos / 1e3 / turns;
        }

        double perSecond() {
            return turns / seconds;
        }

        double percentileMs(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100.0 * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }

    private static void print(String name, Result r, Result ceiling) {
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.2f | %.0f%% | %.0f |%s%n", name, r.perSecond(),
                r.percentileMs(50), r.percentileMs(95), r.percentileMs(99), 100.0 * r.perSecond() / ceiling.perSecond(),
                r.cpuMicrosPerTurn(),
                r.errors() > 0 ? " (" + r.errors() + " errors)" : "");
    }

    /** The questions that, asked first in a new conversation, get an answer with citations and leave it with the bot. */
    private static List<String> answeredWithCitations(int port, List<String> questions) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<String> answered = new ArrayList<>();
        for (String q : questions) {
            JsonObject created = new JsonObject(http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/conversations"))
                    .header("Content-Type", "application/json").timeout(java.time.Duration.ofSeconds(30))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"locale\":\"en\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body());
            JsonObject reply = new JsonObject(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            "http://127.0.0.1:" + port + "/api/v1/conversations/" + created.getString("id") + "/messages"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + created.getString("token"))
                    .timeout(java.time.Duration.ofSeconds(30))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(new JsonObject().put("text", q).encode())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body());
            io.vertx.core.json.JsonArray messages = reply.getJsonArray("messages");
            JsonObject last = messages.getJsonObject(messages.size() - 1);
            JsonObject state = reply.getJsonObject("state");
            if (!last.getJsonArray("citations", new io.vertx.core.json.JsonArray()).isEmpty()
                    && "bot".equals(state.getString("mode")) && state.getValue("process") == null) {
                answered.add(q);
            }
        }
        return answered;
    }

    private static Future<Target> createConversation(HttpClient client, int port) {
        return client.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                        .setURI("/api/v1/conversations").putHeader("Content-Type", "application/json"))
                .compose(req -> req.send(Buffer.buffer("{\"locale\":\"en\"}")))
                .compose(resp -> resp.body())
                .map(body -> {
                    JsonObject created = body.toJsonObject();
                    return new Target("/api/v1/conversations/" + created.getString("id") + "/messages", created.getString("token"));
                });
    }

    private static Result run(HttpClient client, int port, int users, int seconds,
                              Function<Integer, Future<Target>> targets, Function<Target, String> bodies) throws Exception {
        List<Target> prepared = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            prepared.add(targets.apply(i).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
        }
        // Warm up (the JIT compiles the hot paths), then measure.
        drive(client, port, prepared, bodies, Math.max(10, seconds / 2) * 1000L);
        return drive(client, port, prepared, bodies, seconds * 1000L);
    }

    private static Result drive(HttpClient client, int port, List<Target> targets, Function<Target, String> bodies,
                                long millis) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        long[][] latencies = new long[targets.size()][];
        int[] counts = new int[targets.size()];
        long[] errors = new long[1];
        List<Future<Void>> loops = new ArrayList<>();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        for (int i = 0; i < targets.size(); i++) {
            int user = i;
            latencies[user] = new long[1024];
            io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
            loops.add(done.future());
            loop(client, port, targets.get(user), bodies, stop, latencies, counts, errors, user, done);
        }
        Thread.sleep(millis);
        stop.set(true);
        try {
            Future.join(loops).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            long stuck = loops.stream().filter(f -> !f.isComplete()).count();
            System.out.println("(" + stuck + " conversations still waiting for a reply 30 s after the end; counted as errors)");
            synchronized (latencies) {
                errors[0] += stuck;
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpu = processCpuNanos() - cpuStarted;
        long total;
        long[] all;
        synchronized (latencies) {
            total = Arrays.stream(counts).asLongStream().sum();
            all = new long[(int) total];
            int at = 0;
            for (int i = 0; i < targets.size(); i++) {
                System.arraycopy(latencies[i], 0, all, at, counts[i]);
                at += counts[i];
            }
        }
        Arrays.sort(all);
        return new Result(total, elapsed, all, errors[0], cpu);
    }

    private static void loop(HttpClient client, int port, Target target, Function<Target, String> bodies, AtomicBoolean stop,
                             long[][] latencies, int[] counts, long[] errors, int user, io.vertx.core.Promise<Void> done) {
        if (stop.get()) {
            done.complete();
            return;
        }
        Future<Target> ready = target.renew() == null ? Future.succeededFuture(target) : target.renew().get();
        long[] sent = new long[1];
        ready.compose(to -> {
                    sent[0] = System.nanoTime();
                    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                            .setURI(to.path()).putHeader("Content-Type", "application/json").setIdleTimeout(10_000);
                    if (to.token() != null) {
                        options.putHeader("Authorization", "Bearer " + to.token());
                    }
                    return client.request(options).compose(req -> req.send(Buffer.buffer(bodies.apply(to))));
                })
                .compose(resp -> resp.body().map(b -> resp.statusCode()))
                // A reply that never comes is an error, not a stalled simulated user.
                .timeout(10, TimeUnit.SECONDS)
                .onComplete(ar -> {
                    if (ar.succeeded() && ar.result() == 200) {
                        synchronized (latencies) {
                            if (counts[user] == latencies[user].length) {
                                latencies[user] = Arrays.copyOf(latencies[user], counts[user] * 2);
                            }
                            latencies[user][counts[user]++] = System.nanoTime() - sent[0];
                        }
                    } else {
                        synchronized (latencies) {
                            errors[0]++;
                        }
                    }
                    loop(client, port, target, bodies, stop, latencies, counts, errors, user, done);
                });
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int startEcho(Vertx vertx) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int bound = port;
        vertx.deployVerticle(() -> new io.vertx.core.VerticleBase() {
            @Override
            public Future<?> start() {
                return vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
                    JsonObject in = body.toJsonObject();
                    req.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("echo", in).encode());
                })).listen(bound, "127.0.0.1");
            }
        }, new io.vertx.core.DeploymentOptions().setInstances(cores)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return port;
    }
}
