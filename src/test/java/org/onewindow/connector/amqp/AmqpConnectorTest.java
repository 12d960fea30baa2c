package org.onewindow.connector.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.connector.ConnectorRegistry;
import org.onewindow.connector.ConnectorSpec;
import org.onewindow.connector.DeliveryQuery;
import org.onewindow.connector.DeliveryState;
import org.onewindow.connector.DeliveryView;
import org.onewindow.connector.OutboxRelay;
import org.onewindow.connector.OutboxRow;
import org.onewindow.connector.RetryPolicy;
import org.onewindow.connector.Settings;
import org.onewindow.connector.SubmissionStatusListener;
import org.onewindow.connector.SubmissionVersion;
import org.onewindow.connector.TestConnectors;
import org.onewindow.connector.TestDatabases;
import org.onewindow.signing.WebhookSigner;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlOutboxStore;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.MutableClock;

/**
 * The amqp adapter against the RabbitMQ of this machine (127.0.0.1:5672, guest/guest): published
 * persistent, confirmed, consumed by the test; unreachable or unroutable → retried, not lost.
 * Fails (never skips) when RabbitMQ is not running.
 */
@IntegrationTest
final class AmqpConnectorTest {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = Integer.getInteger("onewindow.test.rabbitmq.port", 5672);

    @TempDir
    Path dir;

    private Vertx vertx;
    private SqlDatabase db;
    private Connection rabbit;
    private Channel channel;
    private String queue;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));

    @BeforeEach
    void setUp() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(HOST);
        factory.setPort(PORT);
        factory.setConnectionTimeout(3_000);
        try {
            rabbit = factory.newConnection("onewindow-test");
        } catch (Exception e) {
            throw new AssertionError(
                    "RabbitMQ is required for this test and is unreachable at " + HOST + ":" + PORT
                            + " (guest/guest); start it with: rabbitmq-server -detached (" + e + ")",
                    e);
        }
        channel = rabbit.createChannel();
        queue = "onewindow-test-" + UUID.randomUUID();
        channel.queueDeclare(queue, true, false, false, null);
        vertx = Vertx.vertx();
        db = TestDatabases.sqlite(vertx, dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        channel.queueDelete(queue);
        rabbit.close();
        db.close();
        vertx.close().await();
    }

    private ConnectorRegistry registry(int port, String routingKey) {
        ConnectorSpec spec =
                TestConnectors.spec("tax", Set.of("pay-taxes"), RetryPolicy.DEFAULT, Duration.ofSeconds(3));
        JsonObject section = new JsonObject()
                .put("host", HOST)
                .put("port", port)
                .put("exchange", "")
                .put("routing-key", routingKey);
        return TestConnectors.registry(
                List.of(spec),
                s -> new AmqpConnector(
                        vertx, s, AmqpConnectorConfig.from(new Settings("tax.yaml", "amqp", section, dir, Map.of()))));
    }

    private OutboxRelay relay(SqlOutboxStore store, ConnectorRegistry registry) {
        return new OutboxRelay(
                vertx,
                store,
                registry,
                clock,
                SubmissionStatusListener.NONE,
                new OutboxRelay.Options(50, 100, Duration.ofHours(1), Duration.ofMinutes(1), "test"));
    }

    private void submit(SqlOutboxStore store, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            await(db.write(store.insertWork(SubmissionVersion.first(
                    "s" + i,
                    "pay-taxes",
                    "c" + i,
                    new JsonObject()
                            .put("submissionId", "s" + i)
                            .put("answers", new JsonObject().put("amount", i))
                            .encode()))));
        }
    }

    @Test
    void deliveries_arePublishedPersistentConfirmedAndConsumed() throws Exception {
        ConnectorRegistry registry = registry(PORT, queue);
        SqlOutboxStore store = new SqlOutboxStore(db, registry, clock);
        submit(store, 20);
        assertThat(await(relay(store, registry).runOnce())).isEqualTo(20);
        assertThat(await(store.list(new DeliveryQuery(DeliveryState.DELIVERED, null, null, 100, 0))))
                .hasSize(20);

        WebhookSigner signer = WebhookSigner.fromSecret(TestConnectors.SECRET);
        Map<String, String> consumed = new HashMap<>();
        GetResponse message;
        while ((message = channel.basicGet(queue, true)) != null) {
            assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            Map<String, Object> headers = message.getProps().getHeaders();
            assertThat(signer.verify(
                            message.getProps().getMessageId(),
                            headers.get("webhook-timestamp").toString(),
                            headers.get("webhook-signature").toString(),
                            body,
                            clock.instant()))
                    .isNull();
            consumed.put(message.getProps().getMessageId(), body);
        }
        assertThat(consumed).hasSize(20).containsKey(OutboxRow.idempotencyKey("s7", 1, "tax"));
        assertThat(new JsonObject(consumed.get("s7.v1.tax"))
                        .getJsonObject("answers")
                        .getInteger("amount"))
                .isEqualTo(7);
        await(registry.close());
    }

    @Test
    void brokerUnavailable_isRetriedLater_notLost() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectorRegistry down = registry(closedPort, queue);
        SqlOutboxStore store = new SqlOutboxStore(db, down, clock);
        submit(store, 3);
        await(relay(store, down).runOnce());
        List<DeliveryView> pending = await(store.list(new DeliveryQuery(DeliveryState.PENDING, null, null, 10, 0)));
        assertThat(pending).hasSize(3).allSatisfy(v -> {
            assertThat(v.attempts()).isEqualTo(1);
            assertThat(v.lastError()).contains("RabbitMQ 127.0.0.1:" + closedPort);
            assertThat(v.nextAttemptAt()).isAfter(clock.instant());
        });
        await(down.close());

        // The broker is reachable again (here: the connector points at the running one).
        ConnectorRegistry up = registry(PORT, queue);
        SqlOutboxStore sameOutbox = new SqlOutboxStore(db, up, clock);
        clock.advance(Duration.ofMinutes(1));
        assertThat(await(relay(sameOutbox, up).runOnce())).isEqualTo(3);
        assertThat(channel.messageCount(queue)).isEqualTo(3);
        await(up.close());
    }

    @Test
    void unroutableMessage_isNotCountedAsDelivered() throws Exception {
        ConnectorRegistry registry = registry(PORT, "no-such-queue-" + UUID.randomUUID());
        SqlOutboxStore store = new SqlOutboxStore(db, registry, clock);
        submit(store, 1);
        await(relay(store, registry).runOnce());
        DeliveryView view =
                await(store.list(new DeliveryQuery(null, null, null, 10, 0))).get(0);
        assertThat(view.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(view.lastError()).contains("unroutable");
        await(registry.close());
    }
}
