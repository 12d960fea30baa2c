package org.onewindow.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onewindow.policy.Fact;
import org.onewindow.shared.Reply;

/**
 * The outcome of one turn: how the user's own message reads in the history ({@code userText}:
 * what they typed, or the label of the quick reply they pressed), what to say, the state to
 * continue from, the submission to store when the user has just confirmed a process, and the
 * department to queue the conversation for when a person is needed, the knowledge answer given, and
 * the facts about the enterprise learnt in this turn.
 */
public record Decision(
        String userText,
        List<Reply> replies,
        DialogueState state,
        SubmissionDraft submission,
        HandoffRequest handoff,
        AnswerRecord answer,
        Map<String, Fact> learnt,
        SubmissionChange change,
        HandoffRating rating) {
    public Decision {
        Objects.requireNonNull(userText, "userText");
        replies = List.copyOf(replies);
        Objects.requireNonNull(state, "state");
        learnt = learnt == null ? Map.of() : Map.copyOf(learnt);
    }

    public Decision(String userText, List<Reply> replies, DialogueState state) {
        this(userText, replies, state, null, null, null, Map.of(), null, null);
    }

    public Decision(String userText, List<Reply> replies, DialogueState state, SubmissionDraft submission) {
        this(userText, replies, state, submission, null, null, Map.of(), null, null);
    }

    public Decision withAnswer(AnswerRecord record) {
        return new Decision(userText, replies, state, submission, handoff, record, learnt, change, rating);
    }

    public Decision withReplies(List<Reply> others) {
        return new Decision(userText, others, state, submission, handoff, answer, learnt, change, rating);
    }

    public Decision withRating(HandoffRating given) {
        return new Decision(userText, replies, state, submission, handoff, answer, learnt, change, given);
    }

    /** The enterprise rated the help of the person of handoff {@code handoffId} (3 satisfied … 1 dissatisfied). */
    public record HandoffRating(String handoffId, int score) {
        public HandoffRating {
            Objects.requireNonNull(handoffId, "handoffId");
        }
    }

    /**
     * What the knowledge base was asked and what it showed: the outcome ({@code answer},
     * {@code clarify}, {@code unknown}) and the passages with their documents' content hashes.
     */
    public record AnswerRecord(
            String question, String lang, String outcome, double confidence, List<Map<String, Object>> passages) {
        /** The outcome recorded when the user rates the answer before as wrong ("not what I asked"). */
        public static final String FLAGGED = "flagged";

        public AnswerRecord {
            passages = List.copyOf(passages);
        }
    }

    /** Why a person is needed and which department's queue to join. */
    public record HandoffRequest(String department, String reason) {
        public HandoffRequest {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
