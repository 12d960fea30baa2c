package org.onewindow.cluster.bench;

import static org.onewindow.testing.Await.await;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.onewindow.cluster.FreshPostgres;
import org.onewindow.cluster.NodeProcess;
import org.onewindow.testing.TestServer;

/**
 * Turn throughput on PostgreSQL: one node, then two clustered nodes (processes on loopback, as in
 * production), driven over HTTP like {@link org.onewindow.bench.LoadBenchmark}: N conversations
 * each sending a turn as soon as the previous reply came back. Two ways of spreading the load
 * over two nodes: each conversation kept on one node (what a hash-by-conversation balancer
 * gives), and every turn on the other node than the last (round robin, the worst case: each
 * turn evicts the other node's cache and reloads the state from PostgreSQL).
 *
 * <p>Run with a plain {@code java} (the nodes are started with this JVM's class path, which
 * {@code exec:java} does not have): {@code mvn -q -o test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt} then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.onewindow.cluster.bench.ClusterBenchmark 64 15} (conversations, seconds).
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        System.out.printf(
                Locale.ROOT,
                "OneWindow cluster benchmark on PostgreSQL: %d concurrent conversations, %d s per"
                        + " scenario, %d cores%n",
                conversations,
                seconds,
                Runtime.getRuntime().availableProcessors());
        Vertx vertx = Vertx.vertx();
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(conversations * 2));
        List<String> rows = new ArrayList<>();
        try {
            try (FreshPostgres db = FreshPostgres.create();
                    NodeProcess single = NodeProcess.start(
                            "single", TestServer.tempDir("onewindow-bench-1-"), List.of("--database-url", db.url()))) {
                rows.add(row("1 node", run(client, List.of(single.port()), conversations, seconds, false)));
            }
            try (FreshPostgres db = FreshPostgres.create()) {
                int clusterA = NodeProcess.freePort();
                int clusterB = NodeProcess.freePort();
                try (NodeProcess a = NodeProcess.start(
                                "A", TestServer.tempDir("onewindow-bench-a-"), clusterFlags(db, clusterA, clusterB));
                        NodeProcess b = NodeProcess.start(
                                "B", TestServer.tempDir("onewindow-bench-b-"), clusterFlags(db, clusterB, clusterA))) {
                    List<Integer> ports = List.of(a.port(), b.port());
                    rows.add(row(
                            "2 nodes, each conversation on one node",
                            run(client, ports, conversations, seconds, false)));
                    rows.add(row(
                            "2 nodes, turns alternate between nodes",
                            run(client, ports, conversations, seconds, true)));
                }
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        System.out.println();
        System.out.println("| scenario (PostgreSQL) | turns/s | p50 ms | p95 ms | p99 ms | errors |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
    }

    private static List<String> clusterFlags(FreshPostgres db, int own, int other) {
        return List.of(
                "--database-url",
                db.url(),
                "--cluster",
                "true",
                "--cluster-host",
                "127.0.0.1",
                "--cluster-port",
                String.valueOf(own),
                "--cluster-members",
                "127.0.0.1:" + other);
    }

    /** One conversation: its id, token, and the node ports its turns go to in turn. */
    private record Target(String id, String token, List<Integer> ports) {}

    private record Result(long turns, double seconds, long[] sortedNanos, long errors) {
        double percentileMs(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100.0 * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }

    private static String row(String name, Result r) {
        return String.format(
                Locale.ROOT,
                "| %s | %.0f | %.1f | %.1f | %.1f | %d |",
                name,
                r.turns() / r.seconds(),
                r.percentileMs(50),
                r.percentileMs(95),
                r.percentileMs(99),
                r.errors());
    }

    private static Result run(HttpClient client, List<Integer> ports, int users, int seconds, boolean alternate)
            throws Exception {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int home = ports.get(i % ports.size());
            JsonObject created = await(client.request(new RequestOptions()
                            .setMethod(HttpMethod.POST)
                            .setHost("127.0.0.1")
                            .setPort(home)
                            .setURI("/api/v1/conversations")
                            .putHeader("Content-Type", "application/json"))
                    .compose(req -> req.send(Buffer.buffer("{\"locale\":\"en\"}")))
                    .compose(resp -> resp.body())
                    .map(Buffer::toJsonObject));
            List<Integer> order = new ArrayList<>(List.of(home));
            if (alternate) {
                ports.stream().filter(p -> p != home).forEach(order::add);
            }
            targets.add(new Target(created.getString("id"), created.getString("token"), order));
        }
        drive(client, targets, Math.max(2, seconds / 3) * 1000L); // warm-up
        return drive(client, targets, seconds * 1000L);
    }

    private static Result drive(HttpClient client, List<Target> targets, long millis) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        long[][] latencies = new long[targets.size()][1024];
        int[] counts = new int[targets.size()];
        long[] errors = new long[1];
        List<Future<Void>> loops = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < targets.size(); i++) {
            Promise<Void> done = Promise.promise();
            loops.add(done.future());
            loop(client, targets.get(i), 0, stop, latencies, counts, errors, i, done);
        }
        Thread.sleep(millis);
        stop.set(true);
        Future.all(loops).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int i = 0; i < targets.size(); i++) {
            System.arraycopy(latencies[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        return new Result(total, elapsed, all, errors[0]);
    }

    private static void loop(
            HttpClient client,
            Target target,
            int turn,
            AtomicBoolean stop,
            long[][] latencies,
            int[] counts,
            long[] errors,
            int user,
            Promise<Void> done) {
        if (stop.get()) {
            done.complete();
            return;
        }
        long sent = System.nanoTime();
        int port = target.ports().get(turn % target.ports().size());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost("127.0.0.1")
                .setPort(port)
                .setURI("/api/v1/conversations/" + target.id() + "/messages")
                .putHeader("Content-Type", "application/json")
                .putHeader("Authorization", "Bearer " + target.token())
                .setIdleTimeout(30_000);
        client.request(options)
                .compose(req -> req.send(Buffer.buffer("{\"text\":\"what is the weather on the moon\"}")))
                .compose(resp -> resp.body().map(b -> resp.statusCode()))
                .onComplete(ar -> {
                    synchronized (latencies) {
                        if (ar.succeeded() && ar.result() == 200) {
                            if (counts[user] == latencies[user].length) {
                                latencies[user] = Arrays.copyOf(latencies[user], counts[user] * 2);
                            }
                            latencies[user][counts[user]++] = System.nanoTime() - sent;
                        } else {
                            errors[0]++;
                        }
                    }
                    loop(client, target, turn + 1, stop, latencies, counts, errors, user, done);
                });
    }
}
