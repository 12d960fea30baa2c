package org.onewindow.shared;

import java.util.List;
import java.util.Map;

/**
 * A conversation's state as the API shows it ({@code State} in API.md). {@code process} is null
 * outside a process, {@code handoff} null when no person is involved.
 */
public record StateView(
        Mode mode, Map<String, Object> process, Map<String, Object> handoff, List<SubmissionSummary> submissions) {
    public StateView {
        submissions = List.copyOf(submissions);
    }

    public static StateView bot() {
        return new StateView(Mode.BOT, null, null, List.of());
    }
}
