package org.onewindow.process;

/** What a turn of a process means for the caller. */
public enum ProcessOutcome {
    /** The process goes on; show the replies. */
    CONTINUE,
    /** The user cancelled (and confirmed); the progress is gone. */
    CANCELLED,
    /** The user confirmed the summary; store the payload and assign the receipt number. */
    COMPLETED,
    /** The user asked for a person; the progress is kept so the process can resume after the handoff. */
    HANDOFF_REQUESTED
}
