package org.onewindow.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change to a submission being collected: a correction the approval system asked for (补正),
 * an amendment the enterprise asked for, or a withdrawal waiting for confirmation.
 *
 * @param fields the fields to ask, in order; {@code index} is the one being asked
 * @param values the corrected answers so far, as typed payload values
 * @param targets the connectors that get the next version (empty: all of the process's)
 */
public record SubmissionEdit(
        String submissionId,
        String receipt,
        String processId,
        String kind,
        List<String> fields,
        int index,
        Map<String, Object> values,
        List<String> targets) {
    public static final String CORRECTION = "correction";
    public static final String AMENDMENT = "amendment";
    public static final String WITHDRAWAL = "withdrawal";

    public SubmissionEdit {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(kind, "kind");
        fields = fields == null ? List.of() : List.copyOf(fields);
        values = values == null ? Map.of() : Map.copyOf(values);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public String currentField() {
        return index < fields.size() ? fields.get(index) : null;
    }

    SubmissionEdit answered(String field, Object value) {
        Map<String, Object> next = new java.util.LinkedHashMap<>(values);
        next.put(field, value);
        return new SubmissionEdit(submissionId, receipt, processId, kind, fields, index + 1, next, targets);
    }
}
