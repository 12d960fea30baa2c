package org.onewindow.shared;

import java.util.List;
import java.util.Objects;

/**
 * A submission as the conversation shows it ({@code state.submissions} in API.md): its receipt,
 * version, overall status, committed completion date and each target system's status.
 */
public record SubmissionSummary(
        String id,
        String receipt,
        int version,
        String process,
        String status,
        String expectedBy,
        List<Target> targets) {
    public SubmissionSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(status, "status");
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** One approval system that receives the submission, and what it said. */
    public record Target(String connector, String status, String comment) {
        public Target {
            Objects.requireNonNull(connector, "connector");
            Objects.requireNonNull(status, "status");
        }
    }
}
