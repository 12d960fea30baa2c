package org.onewindow.conversation;

/** Told how long each committed turn took, for the latency histogram. */
@FunctionalInterface
public interface TurnObserver {
    void turnCompleted(long nanos);
}
