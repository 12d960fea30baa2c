package org.onewindow.understanding;

/** The action strings of the quick replies offered outside a process (a process's own are the runner's). */
public final class QuickActions {
    /** Starts a process: {@code process:start:<id>}. */
    public static final String START_PREFIX = "process:start:";
    /** Asks the knowledge base a question: {@code kb:ask:<question>}. */
    public static final String ASK_PREFIX = "kb:ask:";
    /** The user says an answer was wrong: a person takes over. */
    public static final String WRONG_ANSWER = "feedback:wrong";
    /** Asks for a person. */
    public static final String HANDOFF = "handoff:request";
    /** Rates the help of a person once handed back: {@code rating:<handoffId>:<3|2|1>}. */
    public static final String RATE_PREFIX = "rating:";
    /** Leaves the queue for a person. */
    public static final String LEAVE_QUEUE = "handoff:leave";
    /** Offers a phone number or e-mail to be called back on (queued out of office hours). */
    public static final String CALL_BACK = "handoff:call-back";
    /** Corrects what an approval system asked to correct in a submission: {@code submission:correct:<id>}. */
    public static final String CORRECT_PREFIX = "submission:correct:";

    private QuickActions() {}
}
