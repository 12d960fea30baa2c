package org.onewindow.channel.core;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Optional;
import org.onewindow.channel.ChannelConversations;
import org.onewindow.channel.OpenedConversation;
import org.onewindow.channel.TurnReply;
import org.onewindow.codec.Json;
import org.onewindow.conversation.ConversationEvent;
import org.onewindow.conversation.ConversationEvents;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.FileStorage;
import org.onewindow.conversation.NewConversation;
import org.onewindow.conversation.TurnResult;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.StateView;

/** {@link ChannelConversations} over the {@link ConversationService}: the channels' one door into the core. */
public final class ServiceConversations implements ChannelConversations {

    private final ConversationService service;
    private final Vertx vertx;
    private final FileStorage files;

    public ServiceConversations(ConversationService service, Vertx vertx, FileStorage files) {
        this.service = service;
        this.vertx = vertx;
        this.files = files;
    }

    @Override
    public Future<OpenedConversation> open(String channel, Lang locale) {
        return service.create(new NewConversation(channel, locale, null))
                .map(created -> new OpenedConversation(created.id(), created.token(), created.messages()));
    }

    @Override
    public Future<TurnReply> send(String conversationId, String token, InboundMessage message, String clientMessageId) {
        return service.send(conversationId, token, message, clientMessageId)
                .map(result -> new TurnReply(result.messages(), expectsFile(result.state())));
    }

    @Override
    public Future<TurnReply> sendFile(
            String conversationId, String token, String fileName, Buffer content, String clientMessageId) {
        return service.authorize(conversationId, token)
                .compose(conversation -> vertx.executeBlocking(
                        () -> files.store(conversationId, content.getBytes(), fileName, conversation.locale()), false))
                .compose(file -> send(conversationId, token, InboundMessage.file(file), clientMessageId));
    }

    @Override
    public Future<List<Message>> messagesAfter(String conversationId, String token, long afterSeq) {
        return service.history(conversationId, token, afterSeq).map(TurnResult::messages);
    }

    @Override
    public String eventsAddress(String conversationId) {
        return ConversationEvents.address(conversationId);
    }

    @Override
    public Optional<Message> messageOf(Object event) {
        return event instanceof ConversationEvent e ? e.message() : Optional.empty();
    }

    private static boolean expectsFile(StateView state) {
        if (state == null || state.process() == null) {
            return false;
        }
        // The field is the process package's view record: read through its JSON, as clients see it.
        return "file"
                .equals(Json.mapper()
                        .valueToTree(state.process())
                        .path("field")
                        .path("type")
                        .asText());
    }
}
