package org.onewindow.conversation;

import io.vertx.core.eventbus.EventBus;
import org.onewindow.codec.Json;
import org.onewindow.shared.Message;
import org.onewindow.shared.StateView;

/**
 * Publishes a conversation's new messages and states on the event bus, where its open
 * WebSockets (on whichever node holds them) listen. Frames are the API's JSON event frames.
 */
public final class ConversationEvents {

    private final EventBus eventBus;

    public ConversationEvents(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    /** The event-bus address of one conversation's events. */
    public static String address(String conversationId) {
        return "onewindow.conversation." + conversationId;
    }

    public void message(String conversationId, Message message) {
        eventBus.publish(address(conversationId), Json.write(new MessageEvent("message", message)));
    }

    public void state(String conversationId, StateView state) {
        eventBus.publish(address(conversationId), Json.write(new StateEvent("state", state)));
    }

    /** The WebSocket frame of a message. */
    public record MessageEvent(String type, Message message) {
    }

    /** The WebSocket frame of a state change. */
    public record StateEvent(String type, StateView state) {
    }
}
