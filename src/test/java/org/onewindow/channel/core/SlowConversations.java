package org.onewindow.channel.core;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.onewindow.channel.ChannelConversations;
import org.onewindow.channel.OpenedConversation;
import org.onewindow.channel.TurnReply;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;

/** The real conversations, with every turn's reply held back {@code delayMillis}: a slow turn. */
public final class SlowConversations implements ChannelConversations {

    private final Vertx vertx;
    private final ChannelConversations delegate;
    private final long delayMillis;

    public SlowConversations(Vertx vertx, ChannelConversations delegate, long delayMillis) {
        this.vertx = vertx;
        this.delegate = delegate;
        this.delayMillis = delayMillis;
    }

    @Override
    public Future<OpenedConversation> open(String channel, Lang locale) {
        return delegate.open(channel, locale);
    }

    @Override
    public Future<TurnReply> send(String id, String token, InboundMessage message, String clientMessageId) {
        return delegate.send(id, token, message, clientMessageId)
                .compose(reply -> vertx.timer(delayMillis).map(v -> reply));
    }

    @Override
    public Future<java.util.List<org.onewindow.shared.Message>> messagesAfter(String id, String token, long afterSeq) {
        return delegate.messagesAfter(id, token, afterSeq);
    }

    @Override
    public String eventsAddress(String conversationId) {
        return delegate.eventsAddress(conversationId);
    }

    @Override
    public Future<TurnReply> sendFile(
            String conversationId,
            String token,
            String fileName,
            io.vertx.core.buffer.Buffer content,
            String clientMessageId) {
        return delegate.sendFile(conversationId, token, fileName, content, clientMessageId);
    }

    @Override
    public java.util.Optional<org.onewindow.shared.Message> messageOf(Object event) {
        return delegate.messageOf(event);
    }
}
