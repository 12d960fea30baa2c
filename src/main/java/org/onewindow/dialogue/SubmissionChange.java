package org.onewindow.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a turn does to an existing submission: a next version with {@code changes} to its
 * answers (delivered to {@code targets}, or to all its connectors when empty), or a withdrawal.
 */
public record SubmissionChange(
        String submissionId, boolean withdraw, Map<String, Object> changes, List<String> targets) {
    public SubmissionChange {
        Objects.requireNonNull(submissionId, "submissionId");
        changes = changes == null ? Map.of() : Map.copyOf(changes);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
