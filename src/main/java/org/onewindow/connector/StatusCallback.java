package org.onewindow.connector;

import java.time.Instant;
import java.util.List;

/** An authenticated status report of an approval system about a submission. */
public record StatusCallback(
        String connectorId,
        String messageId,
        String submissionId,
        TargetStatus status,
        String comment,
        List<Correction> corrections,
        Instant receivedAt) {
    public StatusCallback {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }
}
