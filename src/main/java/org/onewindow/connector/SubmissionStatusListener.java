package org.onewindow.connector;

import java.util.List;

/**
 * Told of every change of a target's status: a delivery confirmed ({@code delivered}), a
 * delivery dead-lettered or refused ({@code failed}), and every accepted status callback of an
 * approval system. Called on a Vert.x context after the change was committed; must not block.
 * The conversation implements it to push the change to the user.
 */
@FunctionalInterface
public interface SubmissionStatusListener {

    void statusChanged(
            String submissionId,
            int version,
            String connectorId,
            TargetStatus status,
            String comment,
            List<Correction> corrections);

    SubmissionStatusListener NONE = (s, v, c, t, m, k) -> {};
}
