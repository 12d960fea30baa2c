package org.onewindow.conversation;

import io.vertx.core.eventbus.EventBus;
import org.onewindow.shared.Message;
import org.onewindow.shared.StateView;

/**
 * Publishes a conversation's new messages and states on the event bus, where its open
 * WebSockets and channel subscriptions (on whichever node holds them) listen.
 */
public final class ConversationEvents {

    private final EventBus eventBus;

    public ConversationEvents(EventBus eventBus) {
        this.eventBus = eventBus;
        try {
            eventBus.registerDefaultCodec(ConversationEvent.class, ConversationEvent.CODEC);
        } catch (IllegalStateException alreadyRegistered) {
            // Another service on the same Vert.x instance registered it first: one codec serves both.
        }
    }

    /** The event-bus address of one conversation's events. */
    public static String address(String conversationId) {
        return "onewindow.conversation." + conversationId;
    }

    /** Where every change of the queue for a person is published, for the staff consoles. */
    public static final String QUEUE_ADDRESS = "onewindow.staff.queue";

    /**
     * A conversation's place in the queue for a person changed: queued, claimed ({@code active}),
     * transferred, or closed (handed back, or the enterprise left). Only ids and the department are
     * published: consoles fetch what they may see through the API.
     */
    public void queueChanged(String conversationId, String department, String status) {
        eventBus.publish(
                QUEUE_ADDRESS,
                new io.vertx.core.json.JsonObject()
                        .put("conversationId", conversationId)
                        .put("department", department)
                        .put("status", status));
    }

    public void message(String conversationId, Message message) {
        eventBus.publish(address(conversationId), ConversationEvent.of(message));
    }

    public void state(String conversationId, StateView state) {
        eventBus.publish(address(conversationId), ConversationEvent.of(state));
    }
}
