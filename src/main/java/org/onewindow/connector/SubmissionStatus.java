package org.onewindow.connector;

import java.util.Collection;
import java.util.Locale;

/** A submission's overall status, as API.md defines it. */
public enum SubmissionStatus {
    SUBMITTED,
    IN_REVIEW,
    NEEDS_CORRECTION,
    PARTIALLY_APPROVED,
    APPROVED,
    REJECTED,
    FAILED,
    WITHDRAWN;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The overall status that follows from the targets' statuses (API.md): {@code failed} if any
     * target failed; else {@code needs_correction} if any asks for correction; else
     * {@code rejected} if any rejected; else {@code approved} if all approved; else
     * {@code partially_approved} if some approved; else {@code in_review} if all are delivered or
     * in review; else {@code submitted}. No targets at all is {@code submitted}. A pure function;
     * {@code withdrawn} is decided by the submission's owner, not here.
     */
    public static SubmissionStatus aggregate(Collection<TargetStatus> targets) {
        if (targets.isEmpty()) {
            return SUBMITTED;
        }
        if (targets.contains(TargetStatus.FAILED)) {
            return FAILED;
        }
        if (targets.contains(TargetStatus.NEEDS_CORRECTION)) {
            return NEEDS_CORRECTION;
        }
        if (targets.contains(TargetStatus.REJECTED)) {
            return REJECTED;
        }
        long approved = targets.stream().filter(t -> t == TargetStatus.APPROVED).count();
        if (approved == targets.size()) {
            return APPROVED;
        }
        if (approved > 0) {
            return PARTIALLY_APPROVED;
        }
        boolean allReceived =
                targets.stream().allMatch(t -> t == TargetStatus.DELIVERED || t == TargetStatus.IN_REVIEW);
        return allReceived ? IN_REVIEW : SUBMITTED;
    }
}
