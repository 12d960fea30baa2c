package org.onewindow.understanding;

import java.util.Objects;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.ProcessProgress;
import org.onewindow.shared.Lang;

/**
 * What a message is read against: the conversation's language, the activity under way (with the
 * process and where it stands, when that is the activity) and whether the enterprise has
 * submissions, some of them still open to change.
 *
 * @param definition the process under way; null outside a process or when it is no longer offered
 * @param lastQuestion the last question answered, or null
 */
public record Situation(
        Lang locale,
        Activity activity,
        ProcessDefinition definition,
        ProcessProgress progress,
        boolean hasSubmissions,
        boolean hasOpenSubmission,
        String lastQuestion) {

    /** What the conversation is doing. */
    public enum Activity {
        /** Answering questions; nothing under way. */
        IDLE,
        /** A guided process. */
        PROCESS,
        /** Collecting a change to a submission. */
        EDITING_SUBMISSION,
        /** The "which incentives can I get" check. */
        CHECKING_ELIGIBILITY,
        /** Queued for a person, not yet claimed: the bot answers what it can meanwhile. */
        WAITING_FOR_STAFF,
        /** Queued, and asked for a phone number or e-mail to be called back on. */
        GIVING_CALL_BACK,
        /** A person is on it: the bot stays quiet. */
        WITH_STAFF
    }

    public Situation {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(activity, "activity");
        if (activity == Activity.PROCESS && progress == null) {
            throw new IllegalArgumentException("a process under way needs its progress");
        }
    }
}
