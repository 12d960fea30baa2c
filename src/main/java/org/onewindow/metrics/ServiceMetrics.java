package org.onewindow.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.onewindow.connector.DeliveryObserver;
import org.onewindow.connector.DeliveryState;
import org.onewindow.connector.OutboxStore;
import org.onewindow.conversation.TurnKind;
import org.onewindow.conversation.TurnObserver;
import org.onewindow.handoff.HandoffItem;
import org.onewindow.handoff.HandoffStore;
import org.onewindow.knowledge.KnowledgeHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own series, named {@code onewindow_*} on the metrics page: turns by outcome,
 * handoffs waiting and how long, the outbox backlog and dead letters per connector, delivery
 * attempts, and the knowledge base's reloads and documents. Counters are counted as things happen;
 * the store's figures are read every {@code refresh} interval, never on a scrape (a scrape must not
 * wait for the database).
 */
public final class ServiceMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceMetrics.class);

    /** The content folders a node reloads when they change. */
    public static final List<String> RELOADED = List.of("documents", "processes", "departments", "incentives");

    private final MeterRegistry registry;
    private final Timer turnDuration;
    /** Looked up once: a turn only increments its counter. */
    private final java.util.Map<TurnKind, Counter> turnsByKind = new java.util.EnumMap<>(TurnKind.class);

    private final AtomicLong handoffsWaiting = new AtomicLong();
    private final AtomicLong oldestWaitSeconds = new AtomicLong();
    private final MultiGauge backlog;
    private final MultiGauge deadLetters;

    public ServiceMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.turnDuration = Timer.builder("onewindow.turn.duration")
                .description("Time from a turn's arrival to its committed reply")
                .publishPercentileHistogram()
                .register(registry);
        // Every outcome and folder is on the page from the start, at 0, so rates, ratios and alerts are defined.
        for (TurnKind kind : TurnKind.values()) {
            turnsByKind.put(kind, turns(kind));
        }
        for (String what : RELOADED) {
            reloads(what, true);
            reloads(what, false);
        }
        Gauge.builder("onewindow.handoffs.waiting", handoffsWaiting, AtomicLong::get)
                .description("Conversations queued for a person and not yet claimed")
                .register(registry);
        Gauge.builder("onewindow.handoff.oldest.wait", oldestWaitSeconds, AtomicLong::get)
                .baseUnit("seconds")
                .description("How long the longest-waiting queued conversation has waited")
                .register(registry);
        this.backlog = MultiGauge.builder("onewindow.outbox.backlog")
                .description("Deliveries waiting to be delivered (pending or to be retried), per connector")
                .register(registry);
        this.deadLetters = MultiGauge.builder("onewindow.outbox.dead.letters")
                .description("Deliveries whose retries are exhausted and that wait for staff, per connector")
                .register(registry);
    }

    /** Times turns and counts them by what they did. */
    public TurnObserver turns() {
        return new TurnObserver() {
            @Override
            public void turnCompleted(long nanos) {
                turnDuration.record(nanos, TimeUnit.NANOSECONDS);
            }

            @Override
            public void turnDecided(TurnKind kind) {
                turnsByKind.get(kind).increment();
            }
        };
    }

    /**
     * Counts delivery attempts by connector and result, and failures and dead letters apart; the
     * configured connectors' series are on the page from the start, at 0.
     */
    public DeliveryObserver deliveries(Collection<String> connectors) {
        for (String connector : connectors) {
            for (DeliveryState state :
                    List.of(DeliveryState.DELIVERED, DeliveryState.FAILED, DeliveryState.PENDING, DeliveryState.DEAD)) {
                attempts(connector, state);
            }
            failures(connector);
            deadLettered(connector);
        }
        return (connectorId, state) -> {
            attempts(connectorId, state).increment();
            if (state != DeliveryState.DELIVERED) {
                failures(connectorId).increment();
            }
            if (state == DeliveryState.DEAD) {
                deadLettered(connectorId).increment();
            }
        };
    }

    /**
     * Counts a reload of content ({@code what}: documents, processes, departments, incentives), applied or
     * refused.
     */
    public void reloaded(String what, boolean applied) {
        reloads(what, applied).increment();
    }

    /**
     * The knowledge base's documents, indexed and failed, read from its health on each scrape (no
     * I/O). Held strongly: a gauge otherwise keeps only a weak reference, and the supplier is a lambda.
     */
    public void knowledge(Supplier<KnowledgeHealth> health) {
        Gauge.builder("onewindow.knowledge.documents", health, h -> h.get().documentsIndexed())
                .description("Knowledge documents indexed")
                .strongReference(true)
                .register(registry);
        Gauge.builder(
                        "onewindow.knowledge.documents.failed",
                        health,
                        h -> h.get().documentsFailed())
                .description("Knowledge documents that could not be read")
                .strongReference(true)
                .register(registry);
        Gauge.builder(
                        "onewindow.knowledge.passages.without.vectors",
                        health,
                        h -> h.get().passagesWithoutVectors())
                .description("Passages searched by words only until their vector is computed")
                .strongReference(true)
                .register(registry);
    }

    /** Reads the queue and the outbox now and then every {@code every}; a failed read keeps the last figures. */
    public long refreshEvery(
            Vertx vertx,
            Duration every,
            HandoffStore handoffs,
            OutboxStore outbox,
            Supplier<Collection<String>> connectors,
            Clock clock) {
        refresh(handoffs, outbox, connectors, clock);
        return vertx.setPeriodic(every.toMillis(), id -> refresh(handoffs, outbox, connectors, clock));
    }

    Future<Void> refresh(
            HandoffStore handoffs, OutboxStore outbox, Supplier<Collection<String>> connectors, Clock clock) {
        Future<Void> queue = handoffs.open().map(open -> {
            queued(open, clock.instant());
            return null;
        });
        Future<Void> deliveries = outbox.countByConnector().map(counts -> {
            outbox(connectors.get(), counts);
            return null;
        });
        return Future.all(queue, deliveries)
                .<Void>mapEmpty()
                .onFailure(e -> LOG.warn("metrics: the queue or the outbox could not be read: {}", e.toString()));
    }

    void queued(List<HandoffItem> open, Instant now) {
        List<HandoffItem> waiting =
                open.stream().filter(h -> "queued".equals(h.status())).toList();
        handoffsWaiting.set(waiting.size());
        oldestWaitSeconds.set(waiting.stream()
                .map(HandoffItem::requestedAt)
                .filter(java.util.Objects::nonNull)
                .min(Instant::compareTo)
                .map(at -> Math.max(0, Duration.between(at, now).toSeconds()))
                .orElse(0L));
    }

    /** The backlog and dead letters of every configured connector (0 when it has none) and of any other with rows. */
    void outbox(Collection<String> connectors, Map<String, Map<DeliveryState, Long>> counts) {
        List<MultiGauge.Row<?>> waiting = new ArrayList<>();
        List<MultiGauge.Row<?>> dead = new ArrayList<>();
        Map<String, Map<DeliveryState, Long>> all = new java.util.TreeMap<>();
        connectors.forEach(c -> all.put(c, Map.of()));
        all.putAll(counts);
        all.forEach((connector, byState) -> {
            waiting.add(MultiGauge.Row.of(
                    Tags.of("connector", connector), byState.getOrDefault(DeliveryState.PENDING, 0L)));
            dead.add(MultiGauge.Row.of(Tags.of("connector", connector), byState.getOrDefault(DeliveryState.DEAD, 0L)));
        });
        backlog.register(waiting, true);
        deadLetters.register(dead, true);
    }

    private Counter attempts(String connector, DeliveryState result) {
        return Counter.builder("onewindow.delivery.attempts")
                .description("Delivery attempts, by connector and result")
                .tags("connector", connector, "result", result.toString())
                .register(registry);
    }

    private Counter failures(String connector) {
        return Counter.builder("onewindow.delivery.failures")
                .description("Delivery attempts that did not deliver")
                .tags("connector", connector)
                .register(registry);
    }

    private Counter deadLettered(String connector) {
        return Counter.builder("onewindow.delivery.dead.letters")
                .description("Deliveries dead-lettered")
                .tags("connector", connector)
                .register(registry);
    }

    private Counter reloads(String what, boolean applied) {
        return Counter.builder("onewindow.knowledge.reloads")
                .description("Reloads of the knowledge base's folders")
                .tags("what", what, "result", applied ? "applied" : "failed")
                .register(registry);
    }

    private Counter turns(TurnKind kind) {
        return Counter.builder("onewindow.turns")
                .description("Turns, by what they did")
                .tags("outcome", kind.label())
                .register(registry);
    }
}
