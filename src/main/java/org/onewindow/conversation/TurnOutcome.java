package org.onewindow.conversation;

import java.util.List;
import java.util.Map;
import org.onewindow.dialogue.Decision;
import org.onewindow.dialogue.DialogueState;
import org.onewindow.shared.HandoffInfo;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Reply;

/**
 * What a turn stores: the decision, with a confirmed process turned into a numbered submission, a
 * change into the submission's next version, and a call for a person into a queued handoff.
 *
 * @param statuses new overall statuses of stored submissions, by submission id
 */
record TurnOutcome(
        InboundMessage message,
        Decision decision,
        DialogueState state,
        List<Reply> replies,
        List<SubmissionRecord> submissions,
        HandoffInfo handoff,
        Map<String, String> statuses) {

    /** The decision as it is: nothing submitted, changed or handed off. */
    static TurnOutcome of(InboundMessage message, Decision decision) {
        return new TurnOutcome(message, decision, decision.state(), decision.replies(), List.of(), null, Map.of());
    }
}
