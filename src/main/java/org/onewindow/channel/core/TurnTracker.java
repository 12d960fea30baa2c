package org.onewindow.channel.core;

import java.time.Instant;
import org.onewindow.shared.Message;
import org.onewindow.shared.Sender;

/**
 * Tells a conversation's pushes from the user's own turns, fed its messages in seq order (live
 * from the event bus, or read back from the store).
 *
 * <p>The rule: a turn is committed at once, so the user's message and the replies to it carry
 * one timestamp and consecutive seqs. A message is a turn reply when it directly follows the
 * user's message, or another reply of that turn, with the same {@code at}. Everything else not
 * from the user is a push: staff replies, status changes, system turns (which have no user
 * message).
 */
final class TurnTracker {

    private Instant turnAt;
    private long turnSeq = -1;

    /** False for the user's own messages and the replies committed with them. */
    boolean isPush(Message message) {
        if (message.from() == Sender.USER) {
            turnAt = message.at();
            turnSeq = message.seq();
            return false;
        }
        if (turnAt != null && message.at().equals(turnAt) && message.seq() == turnSeq + 1) {
            turnSeq = message.seq();
            return false;
        }
        return true;
    }
}
