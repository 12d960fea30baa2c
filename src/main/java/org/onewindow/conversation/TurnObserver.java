package org.onewindow.conversation;

/** Told of each committed turn: how long it took, for the latency histogram, and what kind it was. */
@FunctionalInterface
public interface TurnObserver {
    void turnCompleted(long nanos);

    /** What the turn did, once it is committed (replayed turns are not told again). */
    default void turnDecided(TurnKind kind) {}
}
