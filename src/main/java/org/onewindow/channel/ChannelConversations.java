package org.onewindow.channel;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;

/**
 * What the channels hand messages to: the conversation service, seen through the few operations
 * a messaging channel needs. Implemented over {@code ConversationService} by the wiring.
 */
public interface ChannelConversations {

    /** Opens a conversation for channel {@code channel}; its token is the only key to it. */
    Future<OpenedConversation> open(String channel, Lang locale);

    /**
     * Runs one turn. A repeated {@code clientMessageId} returns the first turn's messages again
     * without a new turn (platform retries).
     */
    Future<TurnReply> send(String conversationId, String token, InboundMessage message, String clientMessageId);

    /** The conversation's stored messages with a seq above {@code afterSeq}, oldest first. */
    Future<List<Message>> messagesAfter(String conversationId, String token, long afterSeq);

    /** The event-bus address where every new message and state of the conversation is published. */
    String eventsAddress(String conversationId);

    /** The message an event published at {@link #eventsAddress} carries; empty for other events. */
    Optional<Message> messageOf(Object event);
}
