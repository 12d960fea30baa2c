package org.onewindow.conversation;

import java.util.List;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.StateView;

/** A new conversation as its creator sees it: the only time the token is shown. */
public record CreatedConversation(String id, String token, Lang locale, List<Message> messages, StateView state) {
    public CreatedConversation {
        messages = List.copyOf(messages);
    }
}
