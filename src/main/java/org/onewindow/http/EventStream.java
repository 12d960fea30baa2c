package org.onewindow.http;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.codec.Json;
import org.onewindow.conversation.ConversationEvents;
import org.onewindow.conversation.ConversationService;
import org.onewindow.shared.Message;

/**
 * One open events socket of a conversation (the enterprise's or a staff member's): listens
 * first, then sends the stored history after {@code after}, then the buffered and live events,
 * skipping any message it has already sent (by seq), so a reconnect misses nothing and repeats nothing.
 */
final class EventStream {
    private final Vertx vertx;
    private final ConversationService conversations;
    private final ServerWebSocket socket;
    private final String conversationId;
    private long lastSentSeq;
    private List<String> buffered = new ArrayList<>();
    private MessageConsumer<String> consumer;

    EventStream(Vertx vertx, ConversationService conversations, ServerWebSocket socket, String conversationId, long after) {
        this.vertx = vertx;
        this.conversations = conversations;
        this.socket = socket;
        this.conversationId = conversationId;
        this.lastSentSeq = after;
    }

    void start() {
        consumer = vertx.eventBus().consumer(ConversationEvents.address(conversationId), m -> onEvent(m.body()));
        socket.closeHandler(v -> consumer.unregister());
        socket.textMessageHandler(text -> { });
        consumer.completion()
                .compose(v -> conversations.messagesAfter(conversationId, lastSentSeq))
                .onSuccess(history -> {
                    history.forEach(this::sendMessage);
                    List<String> live = buffered;
                    buffered = null;
                    live.forEach(this::onEvent);
                    conversations.state(conversationId).onSuccess(state ->
                            socket.writeTextMessage(Json.write(new ConversationEvents.StateEvent("state", state))));
                })
                .onFailure(e -> socket.close((short) 1011, "history unavailable"));
    }

    private void onEvent(String frame) {
        if (buffered != null) {
            buffered.add(frame);
            return;
        }
        JsonObject event = new JsonObject(frame);
        if ("message".equals(event.getString("type"))) {
            long seq = event.getJsonObject("message").getLong("seq");
            if (seq <= lastSentSeq) {
                return;
            }
            lastSentSeq = seq;
        }
        if (!socket.isClosed()) {
            socket.writeTextMessage(frame);
        }
    }

    private void sendMessage(Message message) {
        if (message.seq() <= lastSentSeq) {
            return;
        }
        lastSentSeq = message.seq();
        socket.writeTextMessage(Json.write(new ConversationEvents.MessageEvent("message", message)));
    }
}
