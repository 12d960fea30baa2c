package org.onewindow.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of a submission as stored: the intake payload (JSON) with its receipt number,
 * written in the same transaction as the turn that confirmed it, with the connectors it goes to
 * (empty: every connector of its process).
 */
public record SubmissionRecord(
        String id,
        int version,
        String receipt,
        String conversationId,
        String processId,
        String enterpriseUscc,
        String payloadJson,
        String status,
        String expectedBy,
        Instant createdAt,
        List<String> targets) {
    public SubmissionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(processId, "processId");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
