package org.onewindow.process;

/** Where a running process stands. */
public enum Stage {
    /** Asking the current field. */
    ASK,
    /** Asking whether a pre-filled value (a known fact) of the current field is still right. */
    CONFIRM_PREFILL,
    /** Showing the privacy notice before the current (first personal) field. */
    PRIVACY,
    /** Showing the summary and documents checklist, waiting for the explicit confirmation. */
    REVIEW,
    /** Asking whether the user really wants to cancel; {@code resumeStage} says where to go back. */
    CONFIRM_CANCEL
}
