package org.onewindow.channel;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
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

    /**
     * Stores a document the user sent through their messaging app, as the widget's upload does (the
     * type decided by the name and confirmed by the content), and runs the turn that hands it to the
     * conversation. Fails with the API's 400/413/415 errors for a file that is not accepted.
     */
    Future<TurnReply> sendFile(
            String conversationId, String token, String fileName, Buffer content, String clientMessageId);

    /** The conversation's stored messages with a seq above {@code afterSeq}, oldest first. */
    Future<List<Message>> messagesAfter(String conversationId, String token, long afterSeq);

    /** The event-bus address where every new message and state of the conversation is published. */
    String eventsAddress(String conversationId);

    /** The message an event published at {@link #eventsAddress} carries; empty for other events. */
    Optional<Message> messageOf(Object event);
}
