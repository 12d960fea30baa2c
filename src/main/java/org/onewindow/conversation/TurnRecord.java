package org.onewindow.conversation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onewindow.dialogue.DialogueState;
import org.onewindow.shared.HandoffInfo;
import org.onewindow.shared.Message;

/**
 * Everything one turn changes, written in one transaction: its messages, the state after it,
 * the submissions it made, new overall statuses of submissions, the handoff it opened and, when the client sent one, its {@code clientMessageId} with the
 * hash of the request body.
 */
public record TurnRecord(
        String conversationId,
        List<Message> messages,
        DialogueState state,
        long lastSeq,
        String clientMessageId,
        String requestHash,
        List<SubmissionRecord> submissions,
        Map<String, String> submissionStatuses,
        HandoffInfo openedHandoff,
        AnswerLogEntry answer,
        HandoffChange handoffChange) {
    public TurnRecord {
        Objects.requireNonNull(conversationId, "conversationId");
        messages = List.copyOf(messages);
        Objects.requireNonNull(state, "state");
        submissions = submissions == null ? List.of() : List.copyOf(submissions);
        submissionStatuses = submissionStatuses == null ? Map.of() : Map.copyOf(submissionStatuses);
    }
}
