package org.onewindow.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.connector.Receiver.Fault;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlOutboxStore;

/**
 * kill -9 of a process that is submitting and delivering, then a restart on the same SQLite
 * file: every committed submission is delivered, deliveries in flight at the kill are repeated
 * with the same idempotency key, and nothing else arrives.
 */
final class RelayCrashTest {

    @TempDir
    Path dir;

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    @Test
    void killMinus9_midDelivery_restartDeliversEveryCommittedSubmission() throws Exception {
        Vertx vertx = Vertx.vertx();
        Receiver receiver = await(new Receiver(vertx).start());
        Random random = new Random(3);
        receiver.slowMillis = 150;
        receiver.faults(n -> {
            int r = random.nextInt(10);
            return r < 3 ? Fault.ERROR_500 : r < 5 ? Fault.SLOW : r < 6 ? Fault.ACCEPT_THEN_DROP : Fault.OK;
        });
        Path dbFile = dir.resolve("crash.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RelayChild.class.getName(), dbFile.toString(), receiver.url(), "400")
                .redirectErrorStream(true).start();
        Set<String> committed = ConcurrentHashMap.newKeySet();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("COMMITTED ")) {
                        committed.add(line.substring("COMMITTED ".length()));
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child was killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((committed.size() < 80 || receiver.accepted.get() < 30) && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the child process runs until killed").isTrue();
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL
        reader.join(5_000);
        assertThat(committed.size()).isGreaterThanOrEqualTo(80);
        int receivedAtKill = receiver.received.size();

        // Restart: a new relay on the same database, after the dead process's leases expired.
        receiver.faults(n -> Fault.OK);
        MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofMinutes(1)));
        SqlDatabase db = SqlDatabase.open(vertx, "jdbc:sqlite:" + dbFile);
        ConnectorRegistry registry = RelayChild.registry(vertx, receiver.url(), dir);
        SqlOutboxStore store = new SqlOutboxStore(db, registry, clock);
        OutboxRelay relay = new OutboxRelay(vertx, store, registry, clock, SubmissionStatusListener.NONE,
                new OutboxRelay.Options(100, 200, Duration.ofHours(1), Duration.ofSeconds(30)));
        for (int pass = 0; pass < 100 && !await(store.list(new DeliveryQuery(DeliveryState.PENDING, null, null, 1, 0))).isEmpty(); pass++) {
            await(relay.runOnce());
            clock.advance(Duration.ofMinutes(5));
        }
        List<DeliveryView> all = await(store.list(new DeliveryQuery(null, null, null, 500, 0)));
        Set<String> rows = all.stream().map(DeliveryView::submissionId).collect(Collectors.toSet());
        assertThat(rows).containsAll(committed);
        assertThat(all).allSatisfy(v -> assertThat(v.state()).isEqualTo(DeliveryState.DELIVERED));
        Set<String> expectedKeys = all.stream().map(DeliveryView::id).collect(Collectors.toSet());
        assertThat(receiver.received.keySet()).isEqualTo(expectedKeys);
        assertThat(receiver.received.values()).allSatisfy(bodies -> assertThat(bodies).hasSize(1));
        assertThat(receiver.badSignatures.get()).isZero();
        System.out.printf("crash test: %d committed before kill -9, %d received at the kill, %d rows, %d unique received, %d requests accepted%n",
                committed.size(), receivedAtKill, all.size(), receiver.received.size(), receiver.accepted.get());
        db.close();
        vertx.close().await();
    }
}
