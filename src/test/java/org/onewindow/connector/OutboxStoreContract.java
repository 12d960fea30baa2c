package org.onewindow.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlOutboxStore;
import org.onewindow.testing.MutableClock;

/** The outbox store's behaviour, run on SQLite and on PostgreSQL by the subclasses. */
abstract class OutboxStoreContract {

    protected Vertx vertx;
    protected SqlDatabase db;
    protected SqlOutboxStore store;
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    protected ConnectorRegistry registry;

    protected abstract SqlDatabase open(Vertx vertx) throws Exception;

    protected void cleanUp() {}

    @BeforeEach
    void setUp() throws Exception {
        vertx = Vertx.vertx();
        db = open(vertx);
        registry = TestConnectors.registry(
                List.of(
                        TestConnectors.spec("tax", Set.of("start-business")),
                        TestConnectors.spec("market-regulation", Set.of("start-business"))),
                TestConnectors.recording());
        store = new SqlOutboxStore(db, registry, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
        vertx.close().await();
        cleanUp();
    }

    private void submit(String id, int version, List<String> targets) throws Exception {
        await(db.write(store.insertWork(new SubmissionVersion(
                id,
                version,
                "start-business",
                "c-" + id,
                "{\"submissionId\":\"" + id + "\",\"answers\":{\"a\":1}}",
                targets))));
    }

    @Test
    void insert_inTheCallersTransaction_writesOneRowPerTarget() throws Exception {
        submit("s1", 1, List.of());
        List<DeliveryView> rows = await(store.list(new DeliveryQuery(null, null, "s1", 50, 0)));
        assertThat(rows).extracting(DeliveryView::connectorId).containsExactlyInAnyOrder("tax", "market-regulation");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(r.targetStatus()).isEqualTo(TargetStatus.PENDING);
            assertThat(r.id()).isEqualTo(OutboxRow.idempotencyKey("s1", 1, r.connectorId()));
        });
    }

    @Test
    void insert_rolledBackWithTheCallersTransaction_leavesNothing() throws Exception {
        Future<Object> failed = db.write(connection -> {
            store.insert(connection, SubmissionVersion.first("s2", "start-business", "c", "{}"));
            throw new java.sql.SQLException("the submission insert failed");
        });
        assertThatThrownBy(() -> await(failed)).hasMessageContaining("the submission insert failed");
        assertThat(await(store.list(new DeliveryQuery(null, null, "s2", 50, 0))))
                .isEmpty();
    }

    @Test
    void claim_leasesDueRowsOnce_andTakesOverExpiredLeases() throws Exception {
        submit("s3", 1, List.of());
        Instant now = clock.instant();
        List<ClaimedDelivery> first = await(store.claim("a", now, now.plusSeconds(60), 10));
        assertThat(first).hasSize(2);
        assertThat(await(store.claim("b", now.plusSeconds(59), now.plusSeconds(120), 10)))
                .isEmpty();
        List<ClaimedDelivery> takenOver = await(store.claim("c", now.plusSeconds(61), now.plusSeconds(120), 10));
        assertThat(takenOver)
                .extracting(ClaimedDelivery::id)
                .containsExactlyInAnyOrderElementsOf(
                        first.stream().map(ClaimedDelivery::id).toList());
        // The first holder lost its lease: its outcome is not recorded.
        ClaimedDelivery stale = first.get(0);
        assertThat(await(store.finish(
                        new AttemptResult(stale, 1, now, now, DeliveryState.DELIVERED, null, "delivered", 200, null))))
                .isFalse();
        ClaimedDelivery current = takenOver.stream()
                .filter(d -> d.id().equals(stale.id()))
                .findFirst()
                .orElseThrow();
        assertThat(await(store.finish(new AttemptResult(
                        current, 1, now, now, DeliveryState.DELIVERED, null, "delivered", 200, null))))
                .isTrue();
        DeliveryDetail detail = await(store.find(stale.id())).orElseThrow();
        assertThat(detail.delivery().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(detail.delivery().targetStatus()).isEqualTo(TargetStatus.DELIVERED);
        assertThat(detail.attempts()).hasSize(2);
    }

    @Test
    void renew_extendsTheLeasesOfOneRunOnly() throws Exception {
        submit("s-renew", 1, List.of());
        Instant now = clock.instant();
        List<ClaimedDelivery> mine = await(store.claim("node-a/run-1:batch-1", now, now.plusSeconds(30), 1));
        List<ClaimedDelivery> other = await(store.claim("node-b/run-1:batch-1", now, now.plusSeconds(30), 1));
        assertThat(mine).hasSize(1);
        assertThat(other).hasSize(1);

        assertThat(await(store.renew("node-a/run-1:", now.plusSeconds(50)))).isEqualTo(1);

        List<ClaimedDelivery> takenAt40s =
                await(store.claim("node-c/run-1:batch-1", now.plusSeconds(40), now.plusSeconds(70), 10));
        assertThat(takenAt40s)
                .extracting(ClaimedDelivery::id)
                .containsExactly(other.get(0).id());
    }

    @Test
    void releaseEarlierRuns_freesTheNodesOlderClaimsAtOnce_butNotItsCurrentRunsOrOtherNodes() throws Exception {
        submit("s-restart", 1, List.of());
        submit("s-restart-2", 1, List.of());
        Instant now = clock.instant();
        ClaimedDelivery killedRun = await(store.claim("node-a/run-1:batch-1", now, now.plusSeconds(30), 1))
                .get(0);
        ClaimedDelivery currentRun = await(store.claim("node-a/run-2:batch-1", now, now.plusSeconds(30), 1))
                .get(0);
        ClaimedDelivery otherNode = await(store.claim("node-b/run-1:batch-1", now, now.plusSeconds(30), 1))
                .get(0);

        assertThat(await(store.releaseEarlierRuns("node-a/", "node-a/run-2:", now.plusSeconds(1))))
                .isEqualTo(1);

        List<ClaimedDelivery> free =
                await(store.claim("node-a/run-2:batch-2", now.plusSeconds(1), now.plusSeconds(31), 10));
        // the fourth row was never claimed; the killed run's is free again, the live claims are not
        assertThat(free)
                .extracting(ClaimedDelivery::id)
                .hasSize(2)
                .contains(killedRun.id())
                .doesNotContain(currentRun.id(), otherNode.id());
    }

    @Test
    void claim_concurrentClaimers_neverShareARow() throws Exception {
        for (int i = 0; i < 50; i++) {
            submit("c" + i, 1, List.of("tax"));
        }
        Instant now = clock.instant();
        List<Future<List<ClaimedDelivery>>> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claims.add(store.claim("t" + i, now, now.plusSeconds(60), 10));
        }
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (Future<List<ClaimedDelivery>> claim : claims) {
            for (ClaimedDelivery d : await(claim)) {
                assertThat(seen.add(d.id())).as("claimed twice: " + d.id()).isTrue();
                total++;
            }
        }
        assertThat(total).isEqualTo(50);
    }

    @Test
    void retryLater_deadLetter_staffRetry_andCancel() throws Exception {
        submit("s4", 1, List.of("tax"));
        Instant now = clock.instant();
        ClaimedDelivery d =
                await(store.claim("a", now, now.plusSeconds(60), 10)).get(0);
        await(store.finish(new AttemptResult(
                d, 1, now, now, DeliveryState.PENDING, now.plusSeconds(30), "retry", 503, "HTTP 503")));
        assertThat(await(store.claim("b", now.plusSeconds(29), now.plusSeconds(90), 10)))
                .isEmpty();
        ClaimedDelivery again = await(store.claim("b", now.plusSeconds(30), now.plusSeconds(90), 10))
                .get(0);
        assertThat(again.attempts()).isEqualTo(1);
        await(store.finish(new AttemptResult(again, 2, now, now, DeliveryState.DEAD, null, "retry", 503, "HTTP 503")));
        assertThat(await(store.list(new DeliveryQuery(DeliveryState.DEAD, "tax", null, 50, 0))))
                .hasSize(1);
        assertThat(await(store.targets("s4")))
                .singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TargetStatus.FAILED));
        assertThat(await(store.cancel("nope", now))).isEmpty();
        DeliveryView retried = await(store.retry(d.id(), now.plusSeconds(100))).orElseThrow();
        assertThat(retried.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThatThrownBy(() -> await(store.retry(d.id(), now)))
                .hasMessageContaining("only failed, dead or cancelled");
        assertThat(await(store.cancel(d.id(), now)).orElseThrow().state()).isEqualTo(DeliveryState.CANCELLED);
        assertThat(await(store.retry("unknown", now))).isEmpty();
        assertThat(await(store.countByState()))
                .containsEntry(DeliveryState.CANCELLED, 1L)
                .containsEntry(DeliveryState.DEAD, 0L);
        assertThat(await(store.find(d.id())).orElseThrow().attempts()).hasSize(2);
    }

    @Test
    void callback_appliesToTheLatestVersion_refusesReplaysAndUnknownSubmissions() throws Exception {
        submit("s5", 1, List.of());
        submit("s5", 2, List.of("tax"));
        Instant now = clock.instant();
        StatusCallback review = new StatusCallback(
                "tax",
                "m1",
                "s5",
                TargetStatus.NEEDS_CORRECTION,
                "fix it",
                List.of(new Correction("answers.a", "wrong")),
                now);
        assertThat(await(store.applyCallback(review))).isEqualTo(new CallbackResult(CallbackResult.Kind.APPLIED, 2));
        assertThat(await(store.applyCallback(review)).kind()).isEqualTo(CallbackResult.Kind.REPLAY);
        assertThat(await(store.applyCallback(
                                new StatusCallback("tax", "m2", "nope", TargetStatus.APPROVED, null, List.of(), now)))
                        .kind())
                .isEqualTo(CallbackResult.Kind.UNKNOWN_SUBMISSION);
        List<TargetView> targets = await(store.targets("s5"));
        assertThat(targets)
                .extracting(TargetView::connectorId, TargetView::version, TargetView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("market-regulation", 1, TargetStatus.PENDING),
                        org.assertj.core.groups.Tuple.tuple("tax", 2, TargetStatus.NEEDS_CORRECTION));
        assertThat(await(store.purgeCallbackIds(now.plus(Duration.ofDays(8))))).isEqualTo(1);
        assertThat(await(store.applyCallback(review)).kind()).isEqualTo(CallbackResult.Kind.APPLIED);
    }
}
