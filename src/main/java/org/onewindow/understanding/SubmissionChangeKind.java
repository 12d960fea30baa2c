package org.onewindow.understanding;

/** How the user wants to change a submission under way. */
public enum SubmissionChangeKind {
    /** Withdraw it before a decision. */
    WITHDRAW,
    /** Amend answers of it. */
    AMEND,
    /** Correct what an approval system asked to correct (the "Correct now" button). */
    CORRECT
}
