package org.onewindow.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.connector.Receiver.Fault;
import org.onewindow.connector.http.HttpConnector;
import org.onewindow.connector.http.HttpConnectorConfig;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlOutboxStore;
import org.onewindow.testing.MutableClock;

/**
 * The relay against a real HTTP receiver that fails in many ways, with the outbox on SQLite and
 * the backoff driven by a clock the test advances: everything arrives, duplicates only carry the
 * same idempotency key, nothing is lost.
 */
final class RelayHttpTest {

    record Change(String submissionId, int version, String connectorId, TargetStatus status, String comment) {}

    @TempDir
    Path dir;

    private Vertx vertx;
    private SqlDatabase db;
    private SqlOutboxStore store;
    private Receiver receiver;
    private ConnectorRegistry registry;
    private OutboxRelay relay;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final ConcurrentLinkedQueue<Change> changes = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void setUp() throws Exception {
        vertx = Vertx.vertx();
        db = TestDatabases.sqlite(vertx, dir);
        receiver = await(new Receiver(vertx).start());
    }

    @AfterEach
    void tearDown() {
        if (relay != null) {
            relay.stop(Duration.ofSeconds(5)).await();
        }
        if (registry != null) {
            registry.close().await();
        }
        db.close();
        vertx.close().await();
    }

    private void connect(RetryPolicy retry) {
        ConnectorSpec spec =
                TestConnectors.spec("market-regulation", Set.of("start-business"), retry, Duration.ofMillis(400));
        registry = TestConnectors.registry(
                List.of(spec),
                s -> new HttpConnector(
                        vertx,
                        s,
                        HttpConnectorConfig.from(new Settings(
                                "t.yaml", "http", new JsonObject().put("url", receiver.url()), dir, Map.of()))));
        store = new SqlOutboxStore(db, registry, clock);
        relay = new OutboxRelay(
                vertx,
                store,
                registry,
                clock,
                (s, v, c, t, m, k) -> changes.add(new Change(s, v, c, t, m)),
                new OutboxRelay.Options(50, 200, Duration.ofHours(1), Duration.ofSeconds(60), "test"),
                new Random(7)::nextDouble);
    }

    private List<String> submit(int count) throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "sub-" + i;
            await(db.write(store.insertWork(SubmissionVersion.first(
                    id,
                    "start-business",
                    "conv-" + i,
                    new JsonObject()
                            .put("submissionId", id)
                            .put("answers", new JsonObject().put("n", i))
                            .encode()))));
            keys.add(OutboxRow.idempotencyKey(id, 1, "market-regulation"));
        }
        return keys;
    }

    private long count(DeliveryState state) throws Exception {
        return await(store.list(new DeliveryQuery(state, null, null, 500, 0))).size();
    }

    /** Runs the relay, moving the clock on by {@code step} between passes, until nothing is pending. */
    private int drain(Duration step, int maxPasses) throws Exception {
        int passes = 0;
        while (count(DeliveryState.PENDING) > 0 && passes < maxPasses) {
            await(relay.runOnce());
            clock.advance(step);
            passes++;
        }
        return passes;
    }

    @Test
    void slowDelivery_renewsItsClaim_soAnotherNodeDoesNotTakeItOver() throws Exception {
        ConnectorSpec spec = TestConnectors.spec(
                "market-regulation", Set.of("start-business"), RetryPolicy.DEFAULT, Duration.ofSeconds(10));
        registry = TestConnectors.registry(
                List.of(spec),
                s -> new HttpConnector(
                        vertx,
                        s,
                        HttpConnectorConfig.from(new Settings(
                                "t.yaml", "http", new JsonObject().put("url", receiver.url()), dir, Map.of()))));
        store = new SqlOutboxStore(db, registry, clock);
        Duration lease = Duration.ofSeconds(3);
        relay = new OutboxRelay(
                vertx,
                store,
                registry,
                clock,
                SubmissionStatusListener.NONE,
                new OutboxRelay.Options(10, 10, Duration.ofHours(1), lease, "node-a"));
        OutboxRelay otherNode = new OutboxRelay(
                vertx,
                store,
                registry,
                clock,
                SubmissionStatusListener.NONE,
                new OutboxRelay.Options(10, 10, Duration.ofHours(1), lease, "node-b"));
        receiver.slowMillis = 2_500;
        receiver.faults(n -> Fault.SLOW);
        String key = submit(1).get(0);

        await(relay.start());
        while (receiver.requests.get() == 0) {
            Thread.sleep(10);
        }
        clock.advance(Duration.ofSeconds(2));
        Thread.sleep(1_300); // the relay renews every third of the lease: once by now, at the advanced clock
        clock.advance(Duration.ofSeconds(2)); // past the first lease, within the renewed one

        assertThat(await(otherNode.runOnce()))
                .as("rows the other node could claim")
                .isZero();
        while (count(DeliveryState.DELIVERED) == 0) {
            Thread.sleep(20);
        }
        assertThat(receiver.requests.get()).isEqualTo(1);
        assertThat(receiver.received.get(key)).hasSize(1);
    }

    @Test
    void faultMix_everySubmissionArrives_duplicatesOnlyWithTheSameKey() throws Exception {
        connect(RetryPolicy.DEFAULT);
        List<String> keys = submit(120);
        Random random = new Random(42);
        receiver.retryAfterSeconds = 90;
        receiver.faults(n -> {
            int r = random.nextInt(100);
            if (r < 20) {
                return Fault.ERROR_500;
            } else if (r < 27) {
                return Fault.TIMEOUT;
            } else if (r < 35) {
                return Fault.TOO_MANY_REQUESTS;
            } else if (r < 42) {
                return Fault.ACCEPT_THEN_DROP;
            } else if (r < 50) {
                return Fault.OUTAGE_503;
            } else if (r < 60) {
                return Fault.SLOW;
            }
            return Fault.OK;
        });
        drain(Duration.ofMinutes(3), 400);

        assertThat(count(DeliveryState.PENDING)).isZero();
        assertThat(count(DeliveryState.DELIVERED)).isEqualTo(120);
        assertThat(receiver.received.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(receiver.received.values())
                .allSatisfy(bodies -> assertThat(bodies).hasSize(1));
        assertThat(receiver.badSignatures.get()).isZero();
        assertThat(receiver.accepted.get()).isGreaterThan(120); // some were accepted twice, with the same key
        assertThat(changes)
                .filteredOn(c -> c.status() == TargetStatus.DELIVERED)
                .hasSize(120);
    }

    @Test
    void clientError_isNotRetried_andMarkedFailedWithTheReason() throws Exception {
        connect(RetryPolicy.DEFAULT);
        receiver.faults(n -> Fault.REJECT_422);
        submit(1);
        await(relay.runOnce());
        clock.advance(Duration.ofHours(1));
        await(relay.runOnce());
        assertThat(receiver.requests.get()).isEqualTo(1);
        DeliveryView view =
                await(store.list(new DeliveryQuery(null, null, "sub-0", 10, 0))).get(0);
        assertThat(view.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(view.targetStatus()).isEqualTo(TargetStatus.FAILED);
        assertThat(view.lastError()).contains("HTTP 422").contains("uscc missing");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(TargetStatus.FAILED);
            assertThat(c.comment()).contains("422");
        });
    }

    @Test
    void tooManyRequests_retryAfterIsRespected() throws Exception {
        connect(RetryPolicy.DEFAULT);
        receiver.retryAfterSeconds = 600;
        receiver.faults(n -> n == 1 ? Fault.TOO_MANY_REQUESTS : Fault.OK);
        submit(1);
        await(relay.runOnce());
        clock.advance(Duration.ofSeconds(599));
        assertThat(await(relay.runOnce())).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(await(relay.runOnce())).isEqualTo(1);
        assertThat(receiver.received).hasSize(1);
        DeliveryDetail detail = await(store.find(OutboxRow.idempotencyKey("sub-0", 1, "market-regulation")))
                .orElseThrow();
        assertThat(detail.attempts()).extracting(AttemptView::statusCode).containsExactly(429, 200);
    }

    @Test
    void refusedConnections_openTheBreaker_thenEverythingArrivesWhenTheSystemIsBack() throws Exception {
        connect(RetryPolicy.DEFAULT);
        await(receiver.stop());
        submit(10);
        await(relay.runOnce());
        assertThat(count(DeliveryState.PENDING)).isEqualTo(10);
        assertThat(relay.breakerStates()).containsEntry("market-regulation", CircuitBreaker.State.OPEN);
        // Due again after ~10 s, but the breaker stays open for 15 s: nothing is attempted.
        clock.advance(Duration.ofSeconds(13));
        assertThat(await(relay.runOnce())).isEqualTo(10);
        DeliveryDetail held = await(store.find(OutboxRow.idempotencyKey("sub-0", 1, "market-regulation")))
                .orElseThrow();
        assertThat(held.attempts()).hasSize(1);
        assertThat(held.delivery().lastError()).containsIgnoringCase("connect");
        await(receiver.restart());
        drain(Duration.ofSeconds(30), 100);
        assertThat(count(DeliveryState.DELIVERED)).isEqualTo(10);
        assertThat(receiver.received).hasSize(10);
        assertThat(relay.breakerStates()).containsEntry("market-regulation", CircuitBreaker.State.CLOSED);
    }

    @Test
    void outageLongerThanTheRetryBudget_deadLetters_staffRetryDelivers() throws Exception {
        connect(new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 2, 0.2, 4, Duration.ofHours(72)));
        receiver.faults(n -> Fault.OUTAGE_503);
        submit(3);
        drain(Duration.ofMinutes(2), 50);
        assertThat(count(DeliveryState.DEAD)).isEqualTo(3);
        assertThat(changes).filteredOn(c -> c.status() == TargetStatus.FAILED).hasSize(3);
        receiver.faults(n -> Fault.OK);
        DeliveryAdmin admin = new DeliveryAdmin(store, registry, relay, clock, SubmissionStatusListener.NONE);
        for (DeliveryView dead :
                await(admin.list(new DeliveryQuery(DeliveryState.DEAD, "market-regulation", null, 50, 0)))) {
            assertThat(await(admin.retry(dead.id()))).isPresent();
        }
        drain(Duration.ofMinutes(1), 20);
        assertThat(count(DeliveryState.DELIVERED)).isEqualTo(3);
        assertThat(receiver.received).hasSize(3);
    }

    @Test
    void relayDiedMidDelivery_leaseExpires_anotherRelayDeliversWithTheSameKey() throws Exception {
        connect(RetryPolicy.DEFAULT);
        List<String> keys = submit(5);
        // A relay claims the rows, delivers them, and dies before recording anything.
        Instant now = clock.instant();
        List<ClaimedDelivery> claimed = await(store.claim("dead-relay", now, now.plusSeconds(60), 10));
        assertThat(claimed).hasSize(5);
        for (ClaimedDelivery d : claimed) {
            await(registry.find("market-regulation")
                    .orElseThrow()
                    .connector()
                    .deliver(new Delivery(d.id(), d.connectorId(), d.submissionId(), d.version(), d.body(), 1, now)));
        }
        assertThat(await(relay.runOnce())).isZero(); // still leased
        clock.advance(Duration.ofSeconds(61));
        assertThat(await(relay.runOnce())).isEqualTo(5);
        assertThat(count(DeliveryState.DELIVERED)).isEqualTo(5);
        assertThat(receiver.accepted.get()).isEqualTo(10);
        assertThat(receiver.received.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void correctedVersion_goesOnlyToTheNamedTargets_withItsOwnKey() throws Exception {
        connect(RetryPolicy.DEFAULT);
        submit(1);
        await(relay.runOnce());
        await(db.write(store.insertWork(new SubmissionVersion(
                "sub-0",
                2,
                "start-business",
                "conv-0",
                "{\"submissionId\":\"sub-0\",\"answers\":{\"n\":1}}",
                List.of("market-regulation")))));
        await(relay.runOnce());
        assertThat(receiver.received.keySet())
                .containsExactlyInAnyOrder("sub-0.v1.market-regulation", "sub-0.v2.market-regulation");
        assertThat(await(store.targets("sub-0"))).singleElement().satisfies(t -> {
            assertThat(t.version()).isEqualTo(2);
            assertThat(t.status()).isEqualTo(TargetStatus.DELIVERED);
        });
    }
}
