package org.onewindow.connector;

/** What storing a callback did: applied to {@code version}, or refused as a replay or an unknown submission. */
public record CallbackResult(Kind kind, int version) {
    public enum Kind {
        APPLIED,
        REPLAY,
        UNKNOWN_SUBMISSION
    }
}
