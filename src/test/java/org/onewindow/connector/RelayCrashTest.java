package org.onewindow.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.MutableClock;

/**
 * kill -9 of a process that is submitting and delivering, then a restart on the same SQLite
 * file: every committed submission is delivered, deliveries in flight at the kill are repeated
 * with the same idempotency key — within 15 s of the restart, as the restarted node takes back its
 * own claims instead of waiting for their leases — and nothing else arrives.
 */
@IntegrationTest
final class RelayCrashTest {

    @TempDir
    Path dir;

    @Test
    void killMinus9_midDelivery_restartRetriesClaimedDeliveriesAtOnceAndDeliversEveryCommittedSubmission()
            throws Exception {
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
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        RelayChild.class.getName(),
                        dbFile.toString(),
                        receiver.url(),
                        "400")
                .redirectErrorStream(true)
                .start();
        Set<String> committed = ConcurrentHashMap.newKeySet();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
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
        while ((committed.size() < 80 || receiver.accepted.get() < 30)
                && System.nanoTime() < deadline
                && child.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the child process runs until killed").isTrue();
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL
        reader.join(5_000);
        assertThat(committed.size()).isGreaterThanOrEqualTo(80);
        int receivedAtKill = receiver.received.size();

        // Restart of the same node, before the dead run's leases would have expired: its claims are taken back at once.
        receiver.faults(n -> Fault.OK);
        MutableClock clock = new MutableClock(Instant.now());
        SqlDatabase db = SqlDatabase.open(vertx, "jdbc:sqlite:" + dbFile);
        Map<String, Integer> claimedAtKill = await(db.read(c -> {
            Map<String, Integer> ids = new HashMap<>();
            try (var s = c.prepareStatement(
                            "SELECT id, attempts FROM outbox WHERE state = 'pending' AND claim_token IS NOT NULL");
                    var rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getInt(2));
                }
            }
            return ids;
        }));
        ConnectorRegistry registry = RelayChild.registry(vertx, receiver.url(), dir);
        SqlOutboxStore store = new SqlOutboxStore(db, registry, clock);
        OutboxRelay restarted = new OutboxRelay(
                vertx,
                store,
                registry,
                clock,
                SubmissionStatusListener.NONE,
                new OutboxRelay.Options(100, 200, Duration.ofMillis(50), Duration.ofSeconds(30), RelayChild.NODE));
        long restartedAt = System.nanoTime();
        await(restarted.start());
        Set<String> retried = Set.of();
        while (System.nanoTime() - restartedAt < TimeUnit.SECONDS.toNanos(15)) {
            retried = await(store.list(new DeliveryQuery(null, null, null, 500, 0))).stream()
                    .filter(v -> claimedAtKill.containsKey(v.id()) && v.attempts() > claimedAtKill.get(v.id()))
                    .map(DeliveryView::id)
                    .collect(Collectors.toSet());
            if (retried.size() == claimedAtKill.size()) {
                break;
            }
            Thread.sleep(50);
        }
        long retriedAfter = System.nanoTime() - restartedAt;
        assertThat(retried)
                .as("deliveries the killed run had claimed, attempted again within 15 s of the restart")
                .containsExactlyInAnyOrderElementsOf(claimedAtKill.keySet());
        await(restarted.stop(Duration.ofSeconds(10)));

        // Then everything committed is delivered once retries come due.
        OutboxRelay relay = new OutboxRelay(
                vertx,
                store,
                registry,
                clock,
                SubmissionStatusListener.NONE,
                new OutboxRelay.Options(100, 200, Duration.ofHours(1), Duration.ofSeconds(30), RelayChild.NODE));
        for (int pass = 0;
                pass < 100
                        && !await(store.list(new DeliveryQuery(DeliveryState.PENDING, null, null, 1, 0)))
                                .isEmpty();
                pass++) {
            await(relay.runOnce());
            clock.advance(Duration.ofMinutes(5));
        }
        List<DeliveryView> all = await(store.list(new DeliveryQuery(null, null, null, 500, 0)));
        Set<String> rows = all.stream().map(DeliveryView::submissionId).collect(Collectors.toSet());
        assertThat(rows).containsAll(committed);
        assertThat(all).allSatisfy(v -> assertThat(v.state()).isEqualTo(DeliveryState.DELIVERED));
        Set<String> expectedKeys = all.stream().map(DeliveryView::id).collect(Collectors.toSet());
        assertThat(receiver.received.keySet()).isEqualTo(expectedKeys);
        assertThat(receiver.received.values())
                .allSatisfy(bodies -> assertThat(bodies).hasSize(1));
        assertThat(receiver.badSignatures.get()).isZero();
        System.out.printf(
                "crash test: %d committed before kill -9, %d received at the kill, %d claimed at the kill"
                        + " (retried within %d ms of the restart), %d rows, %d unique received, %d requests accepted%n",
                committed.size(),
                receivedAtKill,
                claimedAtKill.size(),
                TimeUnit.NANOSECONDS.toMillis(retriedAfter),
                all.size(),
                receiver.received.size(),
                receiver.accepted.get());
        db.close();
        vertx.close().await();
    }
}
