package org.onewindow.conversation;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import org.onewindow.connector.Correction;
import org.onewindow.connector.SubmissionStatusListener;
import org.onewindow.connector.TargetStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A target's new status (a delivery's outcome, an approval system's callback) told in the submission's conversation. */
public final class SubmissionStatusUpdates implements SubmissionStatusListener {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionStatusUpdates.class);

    private final ConversationService conversations;

    public SubmissionStatusUpdates(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Override
    public void statusChanged(
            String submissionId,
            int version,
            String connectorId,
            TargetStatus status,
            String comment,
            List<Correction> corrections) {
        List<Map.Entry<String, String>> fields = corrections.stream()
                .map(c -> (Map.Entry<String, String>)
                        new AbstractMap.SimpleEntry<>(c.field(), c.reason() == null ? "" : c.reason()))
                .toList();
        conversations
                .targetStatusChanged(submissionId, connectorId, status, comment, fields)
                .onFailure(e -> LOG.error(
                        "submission {}: the status {} from {} could not be told: {}",
                        submissionId,
                        status,
                        connectorId,
                        e.toString()));
    }
}
