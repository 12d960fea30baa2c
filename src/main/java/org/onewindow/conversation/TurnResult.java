package org.onewindow.conversation;

import java.util.List;
import org.onewindow.shared.Message;
import org.onewindow.shared.StateView;

/** Messages (of one turn, or a history page) and the conversation's state after them. */
public record TurnResult(List<Message> messages, StateView state) {
    public TurnResult {
        messages = List.copyOf(messages);
    }
}
