package org.onewindow.http;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.conversation.ConversationEvent;
import org.onewindow.conversation.ConversationEvents;
import org.onewindow.conversation.ConversationService;
import org.onewindow.shared.Message;

/**
 * One open events socket of a conversation (the enterprise's or a staff member's): listens
 * first, then sends the stored history after {@code after}, then the buffered and live events,
 * skipping any message it has already sent (by seq), so a reconnect misses nothing and repeats nothing.
 * It pings the client every {@code pingMillis} and closes a socket that has answered none of the last two pings,
 * so a vanished client does not hold a subscription for ever.
 */
final class EventStream {
    private final Vertx vertx;
    private final ConversationService conversations;
    private final ServerWebSocket socket;
    private final String conversationId;
    private final long pingMillis;
    private long lastSentSeq;
    private List<ConversationEvent> buffered = new ArrayList<>();
    private MessageConsumer<ConversationEvent> consumer;

    EventStream(
            Vertx vertx,
            ConversationService conversations,
            ServerWebSocket socket,
            String conversationId,
            long after,
            long pingMillis) {
        this.vertx = vertx;
        this.pingMillis = pingMillis;
        this.conversations = conversations;
        this.socket = socket;
        this.conversationId = conversationId;
        this.lastSentSeq = after;
    }

    void start() {
        consumer = vertx.eventBus().consumer(ConversationEvents.address(conversationId), m -> onEvent(m.body()));
        SocketPings.start(vertx, socket, pingMillis, consumer::unregister);
        socket.textMessageHandler(text -> {});
        consumer.completion()
                .compose(v -> conversations.messagesAfter(conversationId, lastSentSeq))
                .onSuccess(history -> {
                    history.forEach(this::sendMessage);
                    List<ConversationEvent> live = buffered;
                    buffered = null;
                    live.forEach(this::onEvent);
                    conversations
                            .state(conversationId)
                            .onSuccess(state -> socket.writeTextMessage(
                                    ConversationEvent.of(state).frame()));
                })
                .onFailure(e -> socket.close((short) 1011, "history unavailable"));
    }

    private void onEvent(ConversationEvent event) {
        if (buffered != null) {
            buffered.add(event);
            return;
        }
        Optional<Message> message = event.message();
        if (message.isPresent()) {
            if (message.get().seq() <= lastSentSeq) {
                return;
            }
            lastSentSeq = message.get().seq();
        }
        if (!socket.isClosed()) {
            socket.writeTextMessage(event.frame());
        }
    }

    private void sendMessage(Message message) {
        if (message.seq() <= lastSentSeq) {
            return;
        }
        lastSentSeq = message.seq();
        socket.writeTextMessage(ConversationEvent.of(message).frame());
    }
}
