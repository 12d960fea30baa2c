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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.onewindow.OneWindow;
import org.onewindow.config.ConfigLoader;
import org.onewindow.testing.EvalQuestions;
import org.onewindow.testing.TestServer;

/**
 * HTTP load benchmark on loopback: N concurrent simulated conversations each sending turns as
 * fast as their replies come back, against a real OneWindow node (turns committed before the
 * reply) and, in the same run, against a bare Vert.x endpoint that only echoes JSON (this
 * machine's ceiling) and one that commits each body to SQLite before echoing it (the floor of a
 * durable turn). Three kinds of turns: the fallback to an unanswerable question, knowledge answers
 * with citations, and guided process steps; and the opening of conversations. Prints turns/s,
 * p50/p95/p99, the ratio to the echo (the first, and one measured again just before the scenario,
 * as the machine's speed drifts) and the CPU per turn of each group of threads.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.onewindow.bench.LoadBenchmark -Dexec.args="64 15"} (conversations, seconds).
 */
public final class LoadBenchmark {

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        // Optional third argument: a comma-separated subset of committed-echo,fallback,knowledge,process (to profile
        // one).
        java.util.Set<String> only = args.length > 2
                ? java.util.Set.of(args[2].split(","))
                : java.util.Set.of("committed-echo", "fallback", "knowledge", "process");
        System.out.printf(
                Locale.ROOT,
                "OneWindow load benchmark: %d concurrent conversations, %d s per scenario, %d cores%n",
                conversations,
                seconds,
                Runtime.getRuntime().availableProcessors());

        Vertx echoVertx = Vertx.vertx();
        int echoPort = startEcho(echoVertx);
        // The simulated users share one address.
        OneWindow node = OneWindow.start(
                ConfigLoader.load(
                        TestServer.withoutClientLimits(List.of(
                                "--host",
                                "127.0.0.1",
                                "--port",
                                "0",
                                "--data-dir",
                                Files.createTempDirectory("onewindow-bench-").toString())),
                        Map.of()),
                Clock.systemUTC());
        Vertx clientVertx = Vertx.vertx();
        // A fresh client per scenario: a request one scenario gave up on cannot hold a pooled connection in the next.
        java.util.function.Supplier<HttpClient> fresh = () -> clientVertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(conversations * 2));
        try {
            HttpClient echoClient = fresh.get();
            List<Target> echoTargets = new ArrayList<>();
            for (int i = 0; i < conversations; i++) {
                echoTargets.add(new Target("/echo", null));
            }
            Function<Target, String> echoBodies =
                    t -> new JsonObject().put("text", "hello").encode();
            Result echo = run(
                    "echo",
                    echoClient,
                    echoPort,
                    conversations,
                    seconds,
                    i -> Future.succeededFuture(echoTargets.get(i)),
                    echoBodies);
            // The machine's speed drifts over a run (a VM: ±25% between minutes), so each scenario
            // is compared with the echo measured again just before it, not only with the first.
            java.util.concurrent.Callable<Result> echoNow =
                    () -> drive(echoClient, echoPort, echoTargets, echoBodies, seconds * 1000L);
            java.util.Map<String, Result> results = new java.util.LinkedHashMap<>();
            java.util.Map<String, Result> echoBefore = new java.util.HashMap<>();
            // Pairs the scenarios measured since the last call with the echo measured before them.
            java.util.function.Consumer<Result> measuredAfter =
                    echoThen -> results.keySet().forEach(k -> echoBefore.putIfAbsent(k, echoThen));
            if (only.contains("committed-echo")) {
                Result near = echoNow.call();
                // The floor of any durable turn: the same echo, but each request's body is first
                // inserted into SQLite through the service's group-committing writer.
                Vertx committedVertx = Vertx.vertx();
                org.onewindow.store.SqlDatabase db = org.onewindow.store.SqlDatabase.open(
                        committedVertx,
                        "jdbc:sqlite:"
                                + Files.createTempDirectory("onewindow-bench-").resolve("echo.db"));
                try {
                    int committedPort = startCommittedEcho(committedVertx, db);
                    results.put(
                            "bare Vert.x JSON echo, each body committed to SQLite first",
                            run(
                                    "committed-echo",
                                    fresh.get(),
                                    committedPort,
                                    conversations,
                                    seconds,
                                    i -> Future.succeededFuture(echoTargets.get(i)),
                                    echoBodies));
                } finally {
                    db.close();
                    committedVertx
                            .close()
                            .toCompletionStage()
                            .toCompletableFuture()
                            .get(10, TimeUnit.SECONDS);
                }
                measuredAfter.accept(near);
            }
            if (only.contains("fallback")) {
                Result near = echoNow.call();
                HttpClient client = fresh.get();
                // Questions no document answers: the honest fallback (knowledge searched, turn committed).
                // A second unanswered question in a row calls in a person, so each goes to a new
                // conversation. During the warm-up each is opened just before its question; the
                // measured turns go to conversations opened beforehand, so that only turns are timed
                // and counted (the opening is measured in a scenario of its own).
                List<String> outOfScope = EvalQuestions.outOfScope();
                java.util.concurrent.atomic.AtomicLong asked = new java.util.concurrent.atomic.AtomicLong();
                java.util.Deque<Target> opened = new java.util.concurrent.ConcurrentLinkedDeque<>();
                AtomicBoolean measuring = new AtomicBoolean();
                java.util.function.Supplier<Future<Target>> next = () -> {
                    Target ready = opened.pollLast();
                    if (ready != null) {
                        return Future.succeededFuture(ready);
                    }
                    // While measuring, an empty pool ends the slice; during the warm-up, open one now.
                    return measuring.get() ? null : createConversation(client, node.port());
                };
                results.put(
                        "fallback turns: a new conversation's first question, out of scope (committed)",
                        run(
                                "fallback",
                                client,
                                node.port(),
                                conversations,
                                seconds,
                                i -> Future.succeededFuture(new Target(null, null, next)),
                                t -> new JsonObject()
                                        .put("text", outOfScope.get((int)
                                                (asked.getAndIncrement() % outOfScope.size())))
                                        .encode(),
                                (prepared, bodies) -> {
                                    // Slices: open a batch of conversations (untimed), then time the first question in
                                    // each, until the measured time adds up. A slice stays within the service's cache
                                    // of hot conversations, as a visitor's first question follows its opening.
                                    measuring.set(true);
                                    Result measured = Result.NONE;
                                    int slices = 0;
                                    while (measured.seconds() < seconds) {
                                        openConversations(client, node.port(), conversations, FALLBACK_SLICE, opened);
                                        measured = measured.plus(drive(client, node.port(), prepared, bodies, (long)
                                                ((seconds - measured.seconds()) * 1000)));
                                        opened.clear();
                                        slices++;
                                    }
                                    System.out.printf(
                                            Locale.ROOT,
                                            "fallback: measured in %d slices of up to %d conversations opened beforehand%n",
                                            slices,
                                            FALLBACK_SLICE);
                                    return measured;
                                }));
                // Opening conversations (a new visitor of the widget): token, greeting, committed insert.
                results.put(
                        "opening a conversation (committed)",
                        run(
                                "opening",
                                client,
                                node.port(),
                                conversations,
                                seconds,
                                i -> Future.succeededFuture(new Target("/api/v1/conversations", null)),
                                t -> "{\"locale\":\"en\"}"));
                measuredAfter.accept(near);
            }
            if (only.contains("knowledge")) {
                Result near = echoNow.call();
                HttpClient client = fresh.get();
                // The in-scope questions of the evaluation set that the knowledge base answers with
                // citations (not those that start a process), asked in turn in long conversations.
                List<String> questions = answeredWithCitations(node.port(), EvalQuestions.inScope());
                System.out.printf(
                        Locale.ROOT,
                        "knowledge scenario: %d of %d in-scope questions are answered with citations%n",
                        questions.size(),
                        EvalQuestions.inScope().size());
                java.util.concurrent.atomic.AtomicLong asked = new java.util.concurrent.atomic.AtomicLong();
                results.put(
                        "knowledge answers with citations (committed)",
                        run(
                                "knowledge",
                                client,
                                node.port(),
                                conversations,
                                seconds,
                                i -> createConversation(client, node.port()),
                                t -> new JsonObject()
                                        .put("text", questions.get((int) (asked.getAndIncrement() % questions.size())))
                                        .encode()));
                measuredAfter.accept(near);
            }
            if (only.contains("process")) {
                Result near = echoNow.call();
                HttpClient client = fresh.get();
                // Guided process turns: start, answer, choose, cancel, again.
                String[] script = {
                    "action:process:start:deregistration",
                    "text:Hunan Xingchen Technology Co. Ltd",
                    "text:91350100M000100Y43",
                    "action:answer:simplified",
                    "action:answer:resolution",
                    "action:process:cancel",
                    "action:process:cancel-confirm"
                };
                java.util.Map<String, Integer> positions = new java.util.concurrent.ConcurrentHashMap<>();
                results.put(
                        "guided process turns (committed)",
                        run(
                                "process",
                                client,
                                node.port(),
                                conversations,
                                seconds,
                                i -> createConversation(client, node.port()),
                                t -> {
                                    int at = positions.merge(t.token(), 1, Integer::sum) - 1;
                                    String step = script[at % script.length];
                                    int colon = step.indexOf(':');
                                    return new JsonObject()
                                            .put(step.substring(0, colon), step.substring(colon + 1))
                                            .encode();
                                }));
                measuredAfter.accept(near);
            }
            System.out.println();
            System.out.println(
                    "| scenario | turns/s | p50 ms | p95 ms | p99 ms | of echo | CPU µs/turn | echo just before, /s | of that echo |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            print("bare Vert.x JSON echo (ceiling)", echo, echo, echo);
            results.forEach((name, result) -> print(name, result, echo, echoBefore.get(name)));
            System.out.println();
            System.out.println("CPU µs per turn by thread group (event loops include the load generator's):");
            System.out.println("  echo: " + echo.breakdown());
            results.forEach((name, result) -> System.out.println("  " + name + ": " + result.breakdown()));
            // How often a question was answered from the answer cache rather than by a search.
            String metrics = fresh.get()
                    .request(HttpMethod.GET, node.port(), "127.0.0.1", "/metrics")
                    .compose(req -> req.send())
                    .compose(resp -> resp.body())
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)
                    .toString();
            metrics.lines()
                    .filter(l -> l.startsWith("onewindow_knowledge_answer_cache"))
                    .forEach(l -> System.out.println("  " + l));
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

    /**
     * Turn latencies in nanoseconds, to three significant digits. A histogram keeps the load
     * generator's own memory fixed: growing arrays of every latency were garbage and survivors
     * that lengthened the collector's pauses, which then showed in the measured p99.
     */
    static Histogram newLatencies() {
        return new Histogram(1_000, TimeUnit.SECONDS.toNanos(60), 3);
    }

    record Result(
            long turns,
            double seconds,
            Histogram latencies,
            long errors,
            long cpuNanos,
            Map<String, Long> threadCpuNanos) {
        static final Result NONE = new Result(0, 0, newLatencies(), 0, 0, Map.of());

        /** This and {@code other}, measured one after the other, as one measurement. */
        Result plus(Result other) {
            Histogram all = latencies.copy();
            all.add(other.latencies);
            Map<String, Long> threads = new java.util.TreeMap<>(threadCpuNanos);
            other.threadCpuNanos.forEach((group, nanos) -> threads.merge(group, nanos, Long::sum));
            return new Result(
                    turns + other.turns,
                    seconds + other.seconds,
                    all,
                    errors + other.errors,
                    cpuNanos + other.cpuNanos,
                    threads);
        }

        /** CPU µs per turn of each group of threads: where the time goes. */
        String breakdown() {
            StringBuilder out = new StringBuilder();
            long javaThreads = 0;
            for (Map.Entry<String, Long> group : threadCpuNanos.entrySet()) {
                javaThreads += group.getValue();
                out.append(String.format(Locale.ROOT, "%s %.0f, ", group.getKey(), group.getValue() / 1e3 / turns));
            }
            return out.append(String.format(Locale.ROOT, "JIT and GC %.0f", (cpuNanos - javaThreads) / 1e3 / turns))
                    .toString();
        }

        /** CPU time of this whole process (load generator included) per turn. */
        double cpuMicrosPerTurn() {
            return turns == 0 ? Double.NaN : cpuNanos / 1e3 / turns;
        }

        double perSecond() {
            return turns / seconds;
        }

        double percentileMs(double p) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(p) / 1e6;
        }
    }

    private static void print(String name, Result r, Result ceiling, Result nearCeiling) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | %.2f | %.0f%% | %.0f | %.0f | %.0f%% |%s%n",
                name,
                r.perSecond(),
                r.percentileMs(50),
                r.percentileMs(95),
                r.percentileMs(99),
                100.0 * r.perSecond() / ceiling.perSecond(),
                r.cpuMicrosPerTurn(),
                nearCeiling.perSecond(),
                100.0 * r.perSecond() / nearCeiling.perSecond(),
                r.errors() > 0 ? " (" + r.errors() + " errors)" : "");
    }

    /** The questions that, asked first in a new conversation, get an answer with citations and leave it with the bot. */
    private static List<String> answeredWithCitations(int port, List<String> questions) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<String> answered = new ArrayList<>();
        for (String q : questions) {
            JsonObject created = new JsonObject(http.send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/conversations"))
                                    .header("Content-Type", "application/json")
                                    .timeout(java.time.Duration.ofSeconds(30))
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"locale\":\"en\"}"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body());
            JsonObject reply = new JsonObject(http.send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                                            + "/api/v1/conversations/" + created.getString("id") + "/messages"))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + created.getString("token"))
                                    .timeout(java.time.Duration.ofSeconds(30))
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                            new JsonObject().put("text", q).encode()))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body());
            io.vertx.core.json.JsonArray messages = reply.getJsonArray("messages");
            JsonObject last = messages.getJsonObject(messages.size() - 1);
            JsonObject state = reply.getJsonObject("state");
            if (!last.getJsonArray("citations", new io.vertx.core.json.JsonArray())
                            .isEmpty()
                    && "bot".equals(state.getString("mode"))
                    && state.getValue("process") == null) {
                answered.add(q);
            }
        }
        return answered;
    }

    private static Future<Target> createConversation(HttpClient client, int port) {
        return client.request(new RequestOptions()
                        .setMethod(HttpMethod.POST)
                        .setHost("127.0.0.1")
                        .setPort(port)
                        .setURI("/api/v1/conversations")
                        .putHeader("Content-Type", "application/json"))
                .compose(req -> req.send(Buffer.buffer("{\"locale\":\"en\"}")))
                .compose(resp -> resp.body())
                // A reply that never comes fails the opening instead of stalling the benchmark.
                .timeout(REPLY_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .map(body -> {
                    JsonObject created = body.toJsonObject();
                    return new Target(
                            "/api/v1/conversations/" + created.getString("id") + "/messages",
                            created.getString("token"));
                });
    }

    private static Result run(
            String name,
            HttpClient client,
            int port,
            int users,
            int seconds,
            Function<Integer, Future<Target>> targets,
            Function<Target, String> bodies)
            throws Exception {
        return run(
                name,
                client,
                port,
                users,
                seconds,
                targets,
                bodies,
                (prepared, sameBodies) -> drive(client, port, prepared, sameBodies, seconds * 1000L));
    }

    /** How the measured turns are driven, once warmed up: by default one timed run. */
    interface Measurement {
        Result measure(List<Target> prepared, Function<Target, String> bodies) throws Exception;
    }

    /**
     * How long a simulated user waits for a reply before counting an error and going on: far
     * above any p99 seen (under 50 ms), short enough that a reply the load generator's client
     * loses (it happens now and then, also against the bare echo) idles one user for a moment,
     * not for a good part of the measured time.
     */
    private static final long REPLY_TIMEOUT_MS = 2_000;

    /**
     * Conversations opened ahead of each timed slice of the fallback scenario: how many other
     * openings come between a visitor's opening and its first question. With 10,000 the
     * conversation cache (W-TinyLFU, 20,000 entries) kept almost none of a slice's conversations
     * until their question, as its admission window cannot grow to half the cache in steps that
     * each improve the hit rate, and each first question read its conversation back from the
     * store (about 20 µs of worker time); with 2,500 its adaptive window learns to keep them. Fewer
     * conversations held ahead also means fewer live objects for the collector to copy.
     */
    private static final int FALLBACK_SLICE = 2_500;

    private static Result run(
            String name,
            HttpClient client,
            int port,
            int users,
            int seconds,
            Function<Integer, Future<Target>> targets,
            Function<Target, String> bodies,
            Measurement measurement)
            throws Exception {
        List<Target> prepared = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            prepared.add(withRetries(targets, i));
        }
        warmUp(name, () -> drive(client, port, prepared, bodies, WARM_UP_ROUND_MS));
        return measurement.measure(prepared, bodies);
    }

    /** A simulated user's target; a lost reply is retried (twice), as a browser would. */
    private static Target withRetries(Function<Integer, Future<Target>> targets, int user) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return targets.apply(user)
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.out.println("(preparing a simulated user failed, trying again: " + e + ")");
            }
        }
    }

    /** Opens {@code count} conversations, {@code parallel} at a time, into {@code into}. */
    private static void openConversations(
            HttpClient client, int port, int parallel, long count, java.util.Deque<Target> into) throws Exception {
        java.util.concurrent.atomic.AtomicLong left = new java.util.concurrent.atomic.AtomicLong(count);
        List<Future<Void>> lanes = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            io.vertx.core.Promise<Void> lane = io.vertx.core.Promise.promise();
            lanes.add(lane.future());
            openNext(client, port, left, into, lane);
        }
        Future.all(lanes).toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
    }

    private static void openNext(
            HttpClient client,
            int port,
            java.util.concurrent.atomic.AtomicLong left,
            java.util.Deque<Target> into,
            io.vertx.core.Promise<Void> lane) {
        if (left.getAndDecrement() <= 0) {
            lane.complete();
            return;
        }
        createConversation(client, port).onComplete(created -> {
            // A lost reply (the load generator's client drops one now and then, also against the
            // bare echo) leaves one conversation fewer in the slice, not a stalled benchmark.
            if (created.succeeded()) {
                into.add(created.result());
            } else {
                System.out.println("(opening a conversation failed: " + created.cause() + ")");
            }
            openNext(client, port, left, into, lane);
        });
    }

    private static final long WARM_UP_ROUND_MS = 5_000;

    /**
     * Runs the scenario until the JIT has compiled its hot paths: on two cores the compiler
     * threads take a core for the better part of a minute, and measuring then would measure
     * the compiler. Rounds of 5 s until one spends under 2% of a core compiling (at least 10 s,
     * at most 2 minutes); prints how long that took.
     */
    private static Result warmUp(String name, java.util.concurrent.Callable<Result> round) throws Exception {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long started = System.nanoTime();
        for (int rounds = 1; ; rounds++) {
            long compilingBefore = jit.getTotalCompilationTime();
            Result result = round.call();
            long compilingMs = jit.getTotalCompilationTime() - compilingBefore;
            if ((rounds >= 2 && compilingMs < WARM_UP_ROUND_MS / 50) || rounds * WARM_UP_ROUND_MS >= 120_000) {
                System.out.printf(
                        Locale.ROOT,
                        "%s: warmed up in %.0f s (last %d s round: %d ms compiling)%n",
                        name,
                        (System.nanoTime() - started) / 1e9,
                        WARM_UP_ROUND_MS / 1000,
                        compilingMs);
                return result;
            }
        }
    }

    private static Result drive(
            HttpClient client, int port, List<Target> targets, Function<Target, String> bodies, long millis)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Histogram latencies = newLatencies();
        long[] errors = new long[1];
        List<Future<Void>> loops = new ArrayList<>();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        Map<Long, String> threadsAtStart = new java.util.HashMap<>();
        Map<Long, Long> cpuAtStart = threadCpu(threadsAtStart);
        for (int i = 0; i < targets.size(); i++) {
            int user = i;
            io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
            loops.add(done.future());
            loop(client, port, targets.get(user), bodies, stop, latencies, errors, done);
        }
        // Until the time is up, or every user ran out of conversations: then at once, as the
        // measured time must not include a wait for the next look (it used to poll every 50 ms,
        // which idled a fallback slice of ~120 ms for 25 ms on average).
        try {
            Future.join(loops)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(Math.max(0, started + millis * 1_000_000L - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException timeIsUp) {
            // The usual end of a run that does not run out of conversations.
        }
        stop.set(true);
        try {
            Future.join(loops).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            long stuck = loops.stream().filter(f -> !f.isComplete()).count();
            System.out.println(
                    "(" + stuck + " conversations still waiting for a reply 30 s after the end; counted as errors)");
            synchronized (latencies) {
                errors[0] += stuck;
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpu = processCpuNanos() - cpuStarted;
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        threadCpu(new java.util.HashMap<>()).forEach((thread, nanos) -> {
            String name = threadsAtStart.getOrDefault(thread, "");
            byGroup.merge(threadGroup(name), nanos - cpuAtStart.getOrDefault(thread, 0L), Long::sum);
        });
        Histogram measured;
        synchronized (latencies) {
            measured = latencies.copy();
        }
        return new Result(measured.getTotalCount(), elapsed, measured, errors[0], cpu, byGroup);
    }

    private static void loop(
            HttpClient client,
            int port,
            Target target,
            Function<Target, String> bodies,
            AtomicBoolean stop,
            Histogram latencies,
            long[] errors,
            io.vertx.core.Promise<Void> done) {
        if (stop.get()) {
            done.complete();
            return;
        }
        Future<Target> ready = target.renew() == null
                ? Future.succeededFuture(target)
                : target.renew().get();
        if (ready == null) {
            // No conversation left for this user in this slice.
            done.complete();
            return;
        }
        long[] sent = new long[1];
        ready.compose(to -> {
                    sent[0] = System.nanoTime();
                    RequestOptions options = new RequestOptions()
                            .setMethod(HttpMethod.POST)
                            .setHost("127.0.0.1")
                            .setPort(port)
                            .setURI(to.path())
                            .putHeader("Content-Type", "application/json")
                            .setIdleTimeout(REPLY_TIMEOUT_MS);
                    if (to.token() != null) {
                        options.putHeader("Authorization", "Bearer " + to.token());
                    }
                    return client.request(options).compose(req -> req.send(Buffer.buffer(bodies.apply(to))));
                })
                .compose(resp -> resp.body().map(b -> resp.statusCode()))
                // A reply that never comes is an error, not a stalled simulated user.
                .timeout(REPLY_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .onComplete(ar -> {
                    if (ar.succeeded() && ar.result() / 100 == 2) {
                        synchronized (latencies) {
                            latencies.recordValue(
                                    Math.min(System.nanoTime() - sent[0], latencies.getHighestTrackableValue()));
                        }
                    } else {
                        synchronized (latencies) {
                            errors[0]++;
                        }
                    }
                    loop(client, port, target, bodies, stop, latencies, errors, done);
                });
    }

    /** CPU time of every live thread by id; fills {@code names}. */
    private static Map<Long, Long> threadCpu(Map<Long, String> names) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                names.put(info.getThreadId(), info.getThreadName());
                cpu.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
            }
        }
        return cpu;
    }

    private static String threadGroup(String name) {
        if (name.startsWith("vert.x-eventloop")) {
            return "event loops";
        }
        if (name.startsWith("onewindow-store-writer")) {
            return "store writer";
        }
        if (name.startsWith("vert.x-worker") || name.startsWith("vert.x-internal-blocking")) {
            return "workers";
        }
        return "other threads";
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int startCommittedEcho(Vertx vertx, org.onewindow.store.SqlDatabase db) throws Exception {
        db.write(c -> {
                    try (java.sql.Statement create = c.createStatement()) {
                        return create.executeUpdate(
                                "CREATE TABLE echo_log (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
                    }
                })
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        return startEcho(
                vertx,
                in -> db.write(c -> {
                    try (java.sql.PreparedStatement insert =
                            c.prepareStatement("INSERT INTO echo_log (body) VALUES (?)")) {
                        insert.setString(1, in.encode());
                        return insert.executeUpdate();
                    }
                }));
    }

    static int startEcho(Vertx vertx) throws Exception {
        return startEcho(vertx, in -> Future.succeededFuture());
    }

    /** A bare Vert.x server, one instance per core, that echoes each JSON body once {@code beforeReply} is done with it. */
    private static int startEcho(Vertx vertx, Function<JsonObject, Future<?>> beforeReply) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int bound = port;
        vertx.deployVerticle(
                        () -> new io.vertx.core.VerticleBase() {
                            @Override
                            public Future<?> start() {
                                return vertx.createHttpServer()
                                        .requestHandler(req -> req.body().onSuccess(body -> {
                                            JsonObject in = body.toJsonObject();
                                            beforeReply
                                                    .apply(in)
                                                    .onComplete(done -> req.response()
                                                            .putHeader("Content-Type", "application/json")
                                                            .end(new JsonObject()
                                                                    .put("echo", in)
                                                                    .encode()));
                                        }))
                                        .listen(bound, "127.0.0.1");
                            }
                        },
                        new io.vertx.core.DeploymentOptions()
                                .setInstances(Runtime.getRuntime().availableProcessors()))
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        return port;
    }
}
