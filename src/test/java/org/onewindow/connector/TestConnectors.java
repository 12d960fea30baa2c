package org.onewindow.connector;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.onewindow.signing.WebhookSigner;

/** Connector specs and fakes for tests. */
public final class TestConnectors {

    public static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private TestConnectors() {}

    public static ConnectorSpec spec(String id, Set<String> processes) {
        return spec(id, processes, RetryPolicy.DEFAULT, Duration.ofSeconds(5));
    }

    public static ConnectorSpec spec(String id, Set<String> processes, RetryPolicy retry, Duration timeout) {
        return new ConnectorSpec(
                id,
                id,
                "test",
                id + ".yaml",
                processes,
                PayloadMapping.IDENTITY,
                timeout,
                retry,
                CircuitBreaker.Settings.DEFAULT,
                WebhookSigner.fromSecret(SECRET),
                new Settings(id + ".yaml", "test", new JsonObject(), Path.of("."), Map.of()));
    }

    public static ConnectorRegistry registry(List<ConnectorSpec> specs, Function<ConnectorSpec, Connector> connectors) {
        return new ConnectorRegistry(specs.stream()
                .map(s -> new ConnectorRegistry.Entry(s, connectors.apply(s)))
                .toList());
    }

    /** Connectors that record every delivery and confirm it. */
    public static Function<ConnectorSpec, Connector> recording() {
        return spec -> new RecordingConnector(spec.id());
    }

    /** Records deliveries; answers with {@code outcome}. */
    public static final class RecordingConnector implements Connector {
        private final String id;
        public final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
        public volatile DeliveryOutcome outcome = DeliveryOutcome.delivered(200);

        public RecordingConnector(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Future<DeliveryOutcome> deliver(Delivery delivery) {
            deliveries.add(delivery);
            return Future.succeededFuture(outcome);
        }
    }
}
