package org.onewindow.connector.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.connector.ConnectorRegistry;
import org.onewindow.connector.ConnectorSpec;
import org.onewindow.connector.DeliveryQuery;
import org.onewindow.connector.DeliveryState;
import org.onewindow.connector.OutboxRelay;
import org.onewindow.connector.Receiver;
import org.onewindow.connector.Receiver.Fault;
import org.onewindow.connector.RetryPolicy;
import org.onewindow.connector.Settings;
import org.onewindow.connector.SubmissionVersion;
import org.onewindow.connector.TestConnectors;
import org.onewindow.connector.http.HttpConnector;
import org.onewindow.connector.http.HttpConnectorConfig;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlOutboxStore;

/**
 * Deliveries per second from the SQLite outbox to a local HTTP receiver (two connectors per
 * submission), first clean, then under a fault mix (500s, 503s, timeouts, 429 with Retry-After,
 * dropped connections after acceptance, a refused-connection outage). Prints submitted vs
 * received vs unique. Run:
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.onewindow.connector.bench.DeliveryBenchmark -Dexec.args="10000 3000"}
 */
public final class DeliveryBenchmark {

    private static final List<String> CONNECTORS = List.of("market-regulation", "tax");

    public static void main(String[] args) throws Exception {
        int clean = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int faulty = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        Vertx vertx = Vertx.vertx();
        Path dir = Files.createTempDirectory("onewindow-delivery-bench");
        SqlDatabase db = SqlDatabase.open(vertx, "jdbc:sqlite:" + dir.resolve("bench.db"));
        Receiver receiver = new Receiver(vertx).start().await();
        Clock clock = Clock.systemUTC();
        RetryPolicy quick =
                new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(2), 2, 0.2, 1_000, Duration.ofHours(72));
        List<ConnectorSpec> specs = CONNECTORS.stream()
                .map(id -> TestConnectors.spec(id, Set.of("start-business"), quick, Duration.ofSeconds(1)))
                .toList();
        ConnectorRegistry registry = TestConnectors.registry(
                specs,
                s -> new HttpConnector(
                        vertx,
                        s,
                        HttpConnectorConfig.from(new Settings(
                                "bench.yaml",
                                "http",
                                new JsonObject().put("url", receiver.url()).put("max-connections", 32),
                                dir,
                                Map.of()))));
        SqlOutboxStore store = new SqlOutboxStore(db, registry, clock);
        OutboxRelay relay = new OutboxRelay(
                vertx,
                store,
                registry,
                clock,
                (s, v, c, t, m, k) -> {},
                new OutboxRelay.Options(200, 400, Duration.ofMillis(10), Duration.ofSeconds(30), "test"));
        relay.start().await();

        System.out.printf(
                "cores %d, outbox on SQLite (%s), %d connectors per submission%n",
                Runtime.getRuntime().availableProcessors(), dir, CONNECTORS.size());
        run("clean", clean, 0, db, store, relay, receiver);
        relay.stop(Duration.ofSeconds(5)).await();
        backlog(clean, db, store, relay, receiver);

        Random random = new Random(11);
        AtomicInteger outageUntil = new AtomicInteger();
        receiver.retryAfterSeconds = 1;
        receiver.slowMillis = 200;
        receiver.faults(n -> {
            int r = random.nextInt(100);
            return r < 5
                    ? Fault.ERROR_500
                    : r < 8
                            ? Fault.OUTAGE_503
                            : r < 10
                                    ? Fault.TIMEOUT
                                    : r < 12
                                            ? Fault.TOO_MANY_REQUESTS
                                            : r < 14 ? Fault.ACCEPT_THEN_DROP : r < 17 ? Fault.SLOW : Fault.OK;
        });
        // An outage: the receiver refuses connections for 2 s in the middle of the run.
        vertx.setTimer(1_500, t -> receiver.stop().onSuccess(v -> vertx.setTimer(2_000, t2 -> receiver.restart())));
        run("fault mix", faulty, 2 * clean, db, store, relay, receiver);

        relay.stop(Duration.ofSeconds(5)).await();
        registry.close().await();
        db.close();
        vertx.close().await();
        System.exit(0);
    }

    /** The relay alone: a backlog of {@code submissions} already in the outbox, drained. */
    private static void backlog(
            int submissions, SqlDatabase db, SqlOutboxStore store, OutboxRelay relay, Receiver receiver)
            throws Exception {
        List<Future<?>> writes = new ArrayList<>(submissions);
        for (int i = 0; i < submissions; i++) {
            String id = "backlog-" + i;
            writes.add(db.write(store.insertWork(SubmissionVersion.first(
                    id,
                    "start-business",
                    "conv-" + i,
                    new JsonObject()
                            .put("submissionId", id)
                            .put("answers", new JsonObject().put("n", i))
                            .encode()))));
        }
        Future.all(writes).await();
        int receivedBefore = receiver.received.size();
        long start = System.nanoTime();
        relay.start().await();
        while (!store.list(new DeliveryQuery(DeliveryState.PENDING, null, null, 1, 0))
                .await()
                .isEmpty()) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int expected = submissions * CONNECTORS.size();
        int unique = receiver.received.size() - receivedBefore;
        System.out.printf(
                "%-9s deliveries expected %d | received unique %d | drained in %.2f s = %.0f deliveries/s | lost %d%n",
                "backlog", expected, unique, seconds, expected / seconds, expected - unique);
    }

    private static void run(
            String name,
            int submissions,
            int offset,
            SqlDatabase db,
            SqlOutboxStore store,
            OutboxRelay relay,
            Receiver receiver)
            throws Exception {
        int receivedBefore = receiver.received.size();
        int requestsBefore = receiver.requests.get();
        long start = System.nanoTime();
        List<Future<?>> writes = new ArrayList<>(submissions);
        for (int i = 0; i < submissions; i++) {
            String id = "bench-" + (offset + i);
            JsonObject payload = new JsonObject()
                    .put("schemaVersion", 1)
                    .put("submissionId", id)
                    .put("receipt", "OW-2026-" + i)
                    .put("version", 1)
                    .put("processId", "start-business")
                    .put("enterprise", new JsonObject().put("name", "企业 " + i).put("uscc", "91350100M000100Y43"))
                    .put(
                            "answers",
                            new JsonObject().put("capital", 1_000_000 + i).put("address", "园区大道 " + i + " 号"));
            writes.add(db.write(store.insertWork(
                            SubmissionVersion.first(id, "start-business", "conv-" + i, payload.encode())))
                    .onSuccess(rows -> relay.wake()));
        }
        Future.all(writes).await();
        long committed = System.nanoTime();
        int expected = submissions * CONNECTORS.size();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (store.list(new DeliveryQuery(DeliveryState.PENDING, null, null, 1, 0))
                    .await()
                    .isEmpty()) {
                break;
            }
            Thread.sleep(20);
        }
        long done = System.nanoTime();
        double seconds = (done - start) / 1e9;
        int unique = receiver.received.size() - receivedBefore;
        long pending = store.list(new DeliveryQuery(DeliveryState.PENDING, null, null, 500, 0))
                .await()
                .size();
        System.out.printf(
                "%-9s submissions %d -> deliveries expected %d | received unique %d, requests %d | pending %d | "
                        + "inserts committed in %.2f s | all delivered in %.2f s = %.0f deliveries/s | lost %d%n",
                name,
                submissions,
                expected,
                unique,
                receiver.requests.get() - requestsBefore,
                pending,
                (committed - start) / 1e9,
                seconds,
                expected / seconds,
                expected - unique);
    }
}
