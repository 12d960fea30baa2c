package org.onewindow.channel;

import java.util.List;
import org.onewindow.shared.Message;

/**
 * The messages of one turn (the user's own message first) and whether the conversation now waits
 * for a document, which a messaging channel cannot take: the user is sent to the web widget.
 */
public record TurnReply(List<Message> messages, boolean expectsFile) {
    public TurnReply {
        messages = List.copyOf(messages);
    }
}
