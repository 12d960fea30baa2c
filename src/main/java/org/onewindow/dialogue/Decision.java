package org.onewindow.dialogue;

import java.util.List;
import java.util.Objects;
import org.onewindow.shared.Reply;

/**
 * The outcome of one turn: how the user's own message reads in the history ({@code userText}:
 * what they typed, or the label of the quick reply they pressed), what to say, and the state to
 * continue from.
 */
public record Decision(String userText, List<Reply> replies, DialogueState state) {
    public Decision {
        Objects.requireNonNull(userText, "userText");
        replies = List.copyOf(replies);
        Objects.requireNonNull(state, "state");
    }
}
