package org.onewindow.connector;

import java.util.List;

/**
 * One version of a submission to deliver: its intake payload (JSON text) and, for a corrected
 * version, the connectors it goes to. An empty {@code targets} means every connector that
 * receives {@code processId}.
 */
public record SubmissionVersion(
        String submissionId,
        int version,
        String processId,
        String conversationId,
        String payloadJson,
        List<String> targets) {
    public SubmissionVersion {
        if (submissionId == null || submissionId.isBlank()) {
            throw new IllegalArgumentException("submissionId is required");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
        if (processId == null || processId.isBlank()) {
            throw new IllegalArgumentException("processId is required");
        }
        if (payloadJson == null) {
            throw new IllegalArgumentException("payloadJson is required");
        }
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** The first version, delivered to every connector of the process. */
    public static SubmissionVersion first(
            String submissionId, String processId, String conversationId, String payloadJson) {
        return new SubmissionVersion(submissionId, 1, processId, conversationId, payloadJson, List.of());
    }
}
