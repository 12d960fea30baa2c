package org.onewindow.cluster;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.UUID;
import org.onewindow.conversation.ConversationService;

/**
 * Keeps the conversation caches of the nodes coherent: after each committed turn a node
 * publishes the conversation's id, and every other node evicts its cached copy, so that its next
 * turn reloads the state from the database. A turn that still raced on stale state fails on the
 * {@code (conversation_id, seq)} key and is retried by {@link ConversationService}.
 */
public final class CacheInvalidation {

    /** The event-bus address where committed conversation ids are published. */
    public static final String ADDRESS = "onewindow.cluster.conversation-changed";

    static final String ORIGIN = "origin";

    private final MessageConsumer<String> consumer;

    private CacheInvalidation(MessageConsumer<String> consumer) {
        this.consumer = consumer;
    }

    /** Starts listening and hooks the service's commits; completes once the listener is registered cluster-wide. */
    public static Future<CacheInvalidation> start(Vertx vertx, ConversationService conversations) {
        String origin = UUID.randomUUID().toString();
        MessageConsumer<String> consumer = vertx.eventBus().consumer(ADDRESS, message -> {
            if (!origin.equals(message.headers().get(ORIGIN))) {
                conversations.evict(message.body());
            }
        });
        conversations.onCommitted(
                id -> vertx.eventBus().publish(ADDRESS, id, new DeliveryOptions().addHeader(ORIGIN, origin)));
        return consumer.completion().map(v -> new CacheInvalidation(consumer));
    }

    public Future<Void> stop() {
        return consumer.unregister();
    }
}
