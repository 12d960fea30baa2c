package org.onewindow.conversation;

import java.util.List;

/** Where submissions go: the connectors that receive a process, and a nudge once new ones are committed. */
public interface SubmissionRouting {

    /** The ids of the connectors that receive submissions of {@code processId}. */
    List<String> targetsFor(String processId);

    /** Called after a turn with new submissions (or versions) committed, so delivery starts at once. */
    void submitted();

    /** No connectors: submissions stay {@code submitted}. */
    SubmissionRouting NONE = new SubmissionRouting() {
        @Override
        public List<String> targetsFor(String processId) {
            return List.of();
        }

        @Override
        public void submitted() {}
    };
}
