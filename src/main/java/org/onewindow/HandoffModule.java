package org.onewindow;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.onewindow.handoff.AutoAssignment;
import org.onewindow.handoff.HandoffService;
import org.onewindow.handoff.HandoffStore;
import org.onewindow.http.HttpApi;
import org.onewindow.metrics.ServiceMetrics;

/**
 * The handoff to staff: queues, claims and the relay between enterprise and staff, with waiting
 * enterprises assigned to available staff; the metrics page's figures of the queue and the outbox.
 */
final class HandoffModule implements Module {

    /** How often the queue and the outbox are read for the metrics page. */
    private static final Duration METRICS_REFRESH = Duration.ofSeconds(15);

    private final Vertx vertx;
    private final Clock clock;
    private final StoreModule store;
    private final ConnectorsModule connectors;
    private final ConversationsModule conversations;
    private final ServiceMetrics metrics;
    private HandoffService handoffs;
    private AutoAssignment assignment;
    private long metricsTimer = -1;

    HandoffModule(
            Vertx vertx,
            Clock clock,
            StoreModule store,
            ConnectorsModule connectors,
            ConversationsModule conversations,
            ServiceMetrics metrics) {
        this.vertx = vertx;
        this.clock = clock;
        this.store = store;
        this.connectors = connectors;
        this.conversations = conversations;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "handoff";
    }

    @Override
    public Future<Void> start() {
        HandoffStore queue = store.handoffs();
        List<String> connectorIds = connectors.ids();
        metricsTimer =
                metrics.refreshEvery(vertx, METRICS_REFRESH, queue, connectors.outbox(), () -> connectorIds, clock);
        handoffs = new HandoffService(queue, conversations.conversations(), clock);
        assignment = new AutoAssignment(vertx, handoffs);
        assignment.start();
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> stop() {
        if (metricsTimer >= 0) {
            vertx.cancelTimer(metricsTimer);
        }
        return assignment == null ? Future.succeededFuture() : assignment.stop();
    }

    HttpApi.Handoffs api() {
        return new HttpApi.Handoffs(handoffs, conversations.conversations(), store.profiles(), store.audit());
    }
}
