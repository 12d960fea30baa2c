package org.onewindow.policy;

import java.util.List;
import java.util.Map;

/**
 * The result of one dialogue call: the replies; the progress to keep (null once {@code done});
 * the facts learnt in this turn (the caller stores them in the profile of a verified enterprise,
 * or in the conversation's own state); and the evaluation with every fact known so far.
 */
public record EligibilityTurn(
        List<EligibilityReply> replies,
        EligibilityProgress progress,
        Map<String, Fact> learnt,
        boolean done,
        List<Evaluation> evaluation) {

    public EligibilityTurn {
        replies = List.copyOf(replies);
        learnt = learnt == null ? Map.of() : Map.copyOf(learnt);
        evaluation = List.copyOf(evaluation);
        if (done != (progress == null)) {
            throw new IllegalArgumentException("progress is null exactly when the dialogue is done");
        }
    }
}
