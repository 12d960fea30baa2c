package org.onewindow.conversation;

import java.util.Objects;
import org.onewindow.shared.HandoffInfo;

/**
 * What the enterprise's own turn changed on a handoff: it left the queue, left a contact to be
 * called back on, or rated the help of the person once handed back ({@code rating} 1–3, else 0).
 * Stored with the turn, so staff see it in the queue at once.
 */
public record HandoffChange(String handoffId, boolean left, String callBack, int rating) {
    public HandoffChange {
        Objects.requireNonNull(handoffId, "handoffId");
    }

    /** The rating of a handed-back conversation's person. */
    static HandoffChange rated(String handoffId, int score) {
        return new HandoffChange(handoffId, false, null, score);
    }

    /** The change from {@code before} to {@code after} (the handoff in the state before and after the turn), or null. */
    static HandoffChange between(HandoffInfo before, HandoffInfo after) {
        if (before == null || !before.isQueued()) {
            return null;
        }
        if (after == null) {
            return new HandoffChange(before.id(), true, null, 0);
        }
        if (after.id().equals(before.id())
                && after.callBack() != null
                && !after.callBack().equals(before.callBack())) {
            return new HandoffChange(before.id(), false, after.callBack(), 0);
        }
        return null;
    }
}
