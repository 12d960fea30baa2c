package org.onewindow.dialogue;

import java.util.List;
import java.util.Objects;
import org.onewindow.shared.Reply;

/**
 * The outcome of one turn: how the user's own message reads in the history ({@code userText}:
 * what they typed, or the label of the quick reply they pressed), what to say, the state to
 * continue from and, when the user has just confirmed a process, the submission to store.
 */
public record Decision(String userText, List<Reply> replies, DialogueState state, SubmissionDraft submission) {
    public Decision {
        Objects.requireNonNull(userText, "userText");
        replies = List.copyOf(replies);
        Objects.requireNonNull(state, "state");
    }

    public Decision(String userText, List<Reply> replies, DialogueState state) {
        this(userText, replies, state, null);
    }
}
