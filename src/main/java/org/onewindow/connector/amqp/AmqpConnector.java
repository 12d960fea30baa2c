package org.onewindow.connector.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.connector.Connector;
import org.onewindow.connector.ConnectorSpec;
import org.onewindow.connector.Delivery;
import org.onewindow.connector.DeliveryOutcome;
import org.onewindow.signing.WebhookSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to RabbitMQ with publisher confirms. The connection is opened lazily and reopened
 * after a failure; all channel work runs on one worker thread of its own (a channel is not
 * thread-safe). The message id is the idempotency key, also sent as {@code Idempotency-Key}
 * with the Standard Webhooks headers when the connector has a secret.
 */
public final class AmqpConnector implements Connector {

    private static final Logger LOG = LoggerFactory.getLogger(AmqpConnector.class);

    private final ConnectorSpec spec;
    private final AmqpConnectorConfig config;
    private final WorkerExecutor worker;
    private final ConnectionFactory factory;
    private final Set<String> returned = ConcurrentHashMap.newKeySet();
    private Connection connection;
    private Channel channel;

    public AmqpConnector(Vertx vertx, ConnectorSpec spec, AmqpConnectorConfig config) {
        this.spec = spec;
        this.config = config;
        this.worker = vertx.createSharedWorkerExecutor("onewindow-amqp-" + spec.id(), 1);
        this.factory = new ConnectionFactory();
        factory.setHost(config.host());
        factory.setPort(config.port());
        factory.setVirtualHost(config.virtualHost());
        factory.setUsername(config.username());
        factory.setPassword(config.password());
        int timeout = (int) Math.min(Integer.MAX_VALUE, spec.timeout().toMillis());
        factory.setConnectionTimeout(timeout);
        factory.setHandshakeTimeout(timeout);
        factory.setAutomaticRecoveryEnabled(false);
        if (config.tls()) {
            try {
                factory.useSslProtocol(javax.net.ssl.SSLContext.getDefault());
                factory.enableHostnameVerification();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("TLS is unavailable", e);
            }
        }
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public Future<DeliveryOutcome> deliver(Delivery delivery) {
        return worker.executeBlocking(() -> publish(delivery), true).recover(e -> {
            worker.executeBlocking(
                    () -> {
                        reset();
                        return null;
                    },
                    true);
            return Future.succeededFuture(DeliveryOutcome.retry("RabbitMQ " + config.host() + ":" + config.port() + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        });
    }

    private DeliveryOutcome publish(Delivery delivery) throws Exception {
        Channel ch = channel();
        long timestamp = delivery.attemptedAt().getEpochSecond();
        Map<String, Object> headers = new HashMap<>();
        headers.put("Idempotency-Key", delivery.idempotencyKey());
        headers.put(WebhookSigner.HEADER_ID, delivery.idempotencyKey());
        headers.put(WebhookSigner.HEADER_TIMESTAMP, Long.toString(timestamp));
        if (spec.signer() != null) {
            headers.put(
                    WebhookSigner.HEADER_SIGNATURE,
                    spec.signer().sign(delivery.idempotencyKey(), timestamp, delivery.body()));
        }
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .contentEncoding("utf-8")
                .deliveryMode(2)
                .messageId(delivery.idempotencyKey())
                .timestamp(java.util.Date.from(delivery.attemptedAt()))
                .headers(headers)
                .build();
        returned.remove(delivery.idempotencyKey());
        ch.basicPublish(
                config.exchange(),
                config.routingKey(),
                true,
                properties,
                delivery.body().getBytes(StandardCharsets.UTF_8));
        ch.waitForConfirmsOrDie(spec.timeout().toMillis());
        if (returned.remove(delivery.idempotencyKey())) {
            return DeliveryOutcome.retry("RabbitMQ returned the message as unroutable (exchange \"" + config.exchange()
                    + "\", routing key \"" + config.routingKey() + "\")");
        }
        return DeliveryOutcome.delivered(0);
    }

    private Channel channel() throws Exception {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        reset();
        connection = factory.newConnection("onewindow-" + spec.id());
        channel = connection.createChannel();
        channel.confirmSelect();
        channel.addReturnListener(r -> {
            if (r.getProperties() != null && r.getProperties().getMessageId() != null) {
                returned.add(r.getProperties().getMessageId());
            }
        });
        LOG.info("connector {} connected to RabbitMQ {}:{}", spec.id(), config.host(), config.port());
        return channel;
    }

    private void reset() {
        try {
            if (connection != null) {
                connection.abort(1_000);
            }
        } catch (RuntimeException e) {
            LOG.debug("closing the RabbitMQ connection of {}: {}", spec.id(), e.toString());
        }
        connection = null;
        channel = null;
    }

    @Override
    public Future<Void> close() {
        return worker.executeBlocking(
                        () -> {
                            reset();
                            return null;
                        },
                        true)
                .<Void>mapEmpty()
                .eventually(() -> worker.close());
    }
}
