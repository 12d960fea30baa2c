package org.onewindow.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.connector.http.HttpConnector;
import org.onewindow.connector.http.HttpConnectorConfig;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlOutboxStore;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.MutableClock;

/**
 * Two nodes (two connection pools, two relays) on one PostgreSQL outbox: {@code FOR UPDATE SKIP
 * LOCKED} claims hand each delivery to exactly one of them.
 */
@IntegrationTest
final class RelayPostgresTest {

    /** Node names as the service makes them (a UUID in the data directory): the claim tokens must fit the column. */
    private static final String NODE_A = java.util.UUID.randomUUID().toString();

    private static final String NODE_B = java.util.UUID.randomUUID().toString();

    @TempDir
    Path dir;

    @Test
    void twoRelaysOnOneOutbox_deliverEachSubmissionExactlyOnce() throws Exception {
        String database = TestDatabases.createPostgres();
        Vertx vertx = Vertx.vertx();
        try {
            Receiver receiver = await(new Receiver(vertx).start());
            MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
            ConnectorSpec spec = TestConnectors.spec("tax", Set.of("pay-taxes"));
            ConnectorRegistry registry = TestConnectors.registry(
                    List.of(spec),
                    s -> new HttpConnector(
                            vertx,
                            s,
                            HttpConnectorConfig.from(new Settings(
                                    "t.yaml", "http", new JsonObject().put("url", receiver.url()), dir, Map.of()))));
            SqlDatabase nodeA = TestDatabases.postgres(vertx, database);
            SqlDatabase nodeB = TestDatabases.postgres(vertx, database);
            SqlOutboxStore storeA = new SqlOutboxStore(nodeA, registry, clock);
            SqlOutboxStore storeB = new SqlOutboxStore(nodeB, registry, clock);
            for (int i = 0; i < 300; i++) {
                await(nodeA.write(
                        storeA.insertWork(SubmissionVersion.first("pg-" + i, "pay-taxes", "c", "{\"n\":" + i + "}"))));
            }
            OutboxRelay relayA = new OutboxRelay(
                    vertx,
                    storeA,
                    registry,
                    clock,
                    SubmissionStatusListener.NONE,
                    new OutboxRelay.Options(25, 50, Duration.ofHours(1), Duration.ofMinutes(1), NODE_A));
            OutboxRelay relayB = new OutboxRelay(
                    vertx,
                    storeB,
                    registry,
                    clock,
                    SubmissionStatusListener.NONE,
                    new OutboxRelay.Options(25, 50, Duration.ofHours(1), Duration.ofMinutes(1), NODE_B));
            int claimedA = 0;
            int claimedB = 0;
            for (int pass = 0; pass < 50; pass++) {
                Future<Integer> a = relayA.runOnce();
                Future<Integer> b = relayB.runOnce();
                claimedA += await(a);
                claimedB += await(b);
                if (await(storeA.list(new DeliveryQuery(DeliveryState.PENDING, null, null, 1, 0)))
                        .isEmpty()) {
                    break;
                }
            }
            assertThat(claimedA + claimedB).isEqualTo(300);
            assertThat(claimedA).isPositive();
            assertThat(claimedB).isPositive();
            assertThat(receiver.received).hasSize(300);
            assertThat(receiver.requests.get()).isEqualTo(300);
            await(registry.close());
            nodeA.close();
            nodeB.close();
        } finally {
            vertx.close().await();
            TestDatabases.dropPostgres(database);
        }
    }
}
