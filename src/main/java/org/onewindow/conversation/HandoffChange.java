package org.onewindow.conversation;

import java.util.Objects;
import org.onewindow.dialogue.HandoffInfo;

/**
 * What the enterprise's own turn changed on its queued handoff: it left the queue, or left a
 * contact to be called back on. Stored with the turn, so staff see it in the queue at once.
 */
public record HandoffChange(String handoffId, boolean left, String callBack) {
    public HandoffChange {
        Objects.requireNonNull(handoffId, "handoffId");
    }

    /** The change from {@code before} to {@code after} (the handoff in the state before and after the turn), or null. */
    static HandoffChange between(HandoffInfo before, HandoffInfo after) {
        if (before == null || !before.isQueued()) {
            return null;
        }
        if (after == null) {
            return new HandoffChange(before.id(), true, null);
        }
        if (after.id().equals(before.id()) && after.callBack() != null && !after.callBack().equals(before.callBack())) {
            return new HandoffChange(before.id(), false, after.callBack());
        }
        return null;
    }
}
