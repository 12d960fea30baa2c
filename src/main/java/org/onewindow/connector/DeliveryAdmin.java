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
    public record ConnectorView(String id, String department, String type, List<String> processes, String breaker) {
    }

    private final OutboxStore store;
    private final ConnectorRegistry registry;
    private final OutboxRelay relay;
    private final Clock clock;

    public DeliveryAdmin(OutboxStore store, ConnectorRegistry registry, OutboxRelay relay, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.relay = relay;
        this.clock = clock;
    }

    public Future<List<DeliveryView>> list(DeliveryQuery query) {
        return store.list(query);
    }

    public Future<Optional<DeliveryDetail>> find(String deliveryId) {
        return store.find(deliveryId);
    }

    /** Sends a failed, dead or cancelled delivery again now, with a fresh retry budget. */
    public Future<Optional<DeliveryView>> retry(String deliveryId) {
        return store.retry(deliveryId, clock.instant()).andThen(ar -> relay.wake());
    }

    public Future<Optional<DeliveryView>> cancel(String deliveryId) {
        return store.cancel(deliveryId, clock.instant());
    }

    public List<ConnectorView> connectors() {
        Map<String, CircuitBreaker.State> breakers = relay.breakerStates();
        List<ConnectorView> views = new ArrayList<>();
        for (ConnectorRegistry.Entry e : registry.all()) {
            CircuitBreaker.State state = breakers.getOrDefault(e.spec().id(), CircuitBreaker.State.CLOSED);
            views.add(new ConnectorView(e.spec().id(), e.spec().department(), e.spec().type(),
                    e.spec().processes().stream().sorted().toList(), state.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return views;
    }
}
