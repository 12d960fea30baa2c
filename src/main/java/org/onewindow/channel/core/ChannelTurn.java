package org.onewindow.channel.core;

import java.util.List;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.Sender;

/**
 * What to answer a channel user: the messages of their turn (not their own message), the options
 * a number now picks, their language, and whether the conversation waits for a document.
 * {@code messages} is empty when nothing is to be said (a repeated over-limit message).
 */
public record ChannelTurn(List<Message> messages, List<QuickReply> options, Lang locale, boolean expectsFile) {
    public ChannelTurn {
        messages = List.copyOf(messages);
        options = List.copyOf(options);
    }

    /**
     * The messages to send: the turn's, and how to send a document when one is expected — here as a
     * media message when the channel takes them ({@code takesFiles}), else in the web chat.
     */
    public List<Message> toSend(boolean takesFiles) {
        if (!expectsFile || messages.isEmpty()) {
            return messages;
        }
        List<Message> all = new java.util.ArrayList<>(messages);
        all.add(new Message(
                0,
                Sender.SYSTEM,
                MessageType.NOTICE,
                takesFiles ? ChannelTexts.sendFileHere(locale) : ChannelTexts.useWidgetForFiles(locale),
                List.of(),
                List.of(),
                messages.get(messages.size() - 1).at(),
                null,
                null));
        return all;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
