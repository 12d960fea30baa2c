package org.onewindow.process;

import java.util.List;
import java.util.Objects;

/** The result of one runner call: the new progress (null once ended), the replies, the outcome, and the payload when completed. */
public record ProcessTurn(
        ProcessProgress progress, List<ProcessReply> replies, ProcessOutcome outcome, IntakePayload payload) {

    public ProcessTurn {
        Objects.requireNonNull(outcome, "outcome");
        replies = replies == null ? List.of() : List.copyOf(replies);
        boolean ended = outcome == ProcessOutcome.CANCELLED || outcome == ProcessOutcome.COMPLETED;
        if (ended != (progress == null)) {
            throw new IllegalArgumentException("progress is null exactly when the process has ended");
        }
        if ((outcome == ProcessOutcome.COMPLETED) != (payload != null)) {
            throw new IllegalArgumentException("a payload comes exactly with COMPLETED");
        }
    }
}
