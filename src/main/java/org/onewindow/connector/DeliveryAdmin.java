package org.onewindow.connector;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What staff can see and do with deliveries: list, inspect attempts, retry a dead letter, cancel. */
public final class DeliveryAdmin {

    /** A configured connector as staff see it. */
    public record ConnectorView(String id, String department, String type, List<String> processes, String breaker) {}

    private final OutboxStore store;
    private final ConnectorRegistry registry;
    private final OutboxRelay relay;
    private final Clock clock;
    private final SubmissionStatusListener listener;

    public DeliveryAdmin(
            OutboxStore store,
            ConnectorRegistry registry,
            OutboxRelay relay,
            Clock clock,
            SubmissionStatusListener listener) {
        this.store = store;
        this.registry = registry;
        this.relay = relay;
        this.clock = clock;
        this.listener = listener;
    }

    public Future<List<DeliveryView>> list(DeliveryQuery query) {
        return store.list(query);
    }

    public Future<Optional<DeliveryDetail>> find(String deliveryId) {
        return store.find(deliveryId);
    }

    /** Sends a failed, dead or cancelled delivery again now, with a fresh retry budget; the target is pending again. */
    public Future<Optional<DeliveryView>> retry(String deliveryId) {
        return store.retry(deliveryId, clock.instant()).andThen(ar -> {
            relay.wake();
            if (ar.succeeded()) {
                ar.result().ifPresent(v -> tell(v, TargetStatus.PENDING, null));
            }
        });
    }

    /** Cancels a delivery; its target counts as failed. A delivery in flight may still arrive. */
    public Future<Optional<DeliveryView>> cancel(String deliveryId) {
        return store.cancel(deliveryId, clock.instant()).andThen(ar -> {
            if (ar.succeeded()) {
                ar.result().ifPresent(v -> tell(v, TargetStatus.FAILED, v.comment()));
            }
        });
    }

    /**
     * The connectors' health: usable when the outbox can be read. Details: deliveries per state
     * (dead letters need staff) and each connector's circuit breaker.
     */
    public Future<Map<String, Object>> health() {
        return store.countByState().map(counts -> {
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            counts.forEach((state, n) -> details.put(state.toString(), n));
            Map<String, Object> breakers = new java.util.TreeMap<>();
            relay.breakerStates()
                    .forEach((id, state) -> breakers.put(id, state.name().toLowerCase(java.util.Locale.ROOT)));
            return Map.of("connectors", registry.all().size(), "deliveries", details, "breakers", breakers);
        });
    }

    private void tell(DeliveryView v, TargetStatus status, String comment) {
        try {
            listener.statusChanged(v.submissionId(), v.version(), v.connectorId(), status, comment, List.of());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DeliveryAdmin.class)
                    .error("status listener failed for submission {} at {}", v.submissionId(), v.connectorId(), e);
        }
    }

    public List<ConnectorView> connectors() {
        Map<String, CircuitBreaker.State> breakers = relay.breakerStates();
        List<ConnectorView> views = new ArrayList<>();
        for (ConnectorRegistry.Entry e : registry.all()) {
            CircuitBreaker.State state = breakers.getOrDefault(e.spec().id(), CircuitBreaker.State.CLOSED);
            views.add(new ConnectorView(
                    e.spec().id(),
                    e.spec().department(),
                    e.spec().type(),
                    e.spec().processes().stream().sorted().toList(),
                    state.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return views;
    }
}
