package org.onewindow.handoff;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import org.onewindow.conversation.ConversationEvents;
import org.onewindow.shared.HandoffInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Auto-assignment of waiting enterprises to available staff: whenever someone is queued, and every
 * half minute for those left waiting (no one was available then, or a console's presence lapsed).
 */
public final class AutoAssignment {

    private static final Logger LOG = LoggerFactory.getLogger(AutoAssignment.class);
    static final long EVERY_MS = 30_000;

    private final Vertx vertx;
    private final HandoffService handoffs;
    private MessageConsumer<JsonObject> queued;
    private long timer = -1;

    public AutoAssignment(Vertx vertx, HandoffService handoffs) {
        this.vertx = vertx;
        this.handoffs = handoffs;
    }

    public void start() {
        queued = vertx.eventBus().consumer(ConversationEvents.QUEUE_ADDRESS, m -> {
            if (HandoffInfo.QUEUED.equals(m.body().getString("status"))) {
                assign();
            }
        });
        timer = vertx.setPeriodic(EVERY_MS, id -> assign());
    }

    public Future<Void> stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
        return queued == null ? Future.succeededFuture() : queued.unregister();
    }

    private void assign() {
        handoffs.assignWaiting().onFailure(e -> LOG.warn("auto-assignment failed: {}", e.toString()));
    }
}
