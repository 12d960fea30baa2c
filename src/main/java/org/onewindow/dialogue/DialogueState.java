package org.onewindow.dialogue;

import java.util.ArrayList;
import java.util.List;
import org.onewindow.process.ProcessProgress;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Mode;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.SubmissionSummary;

/**
 * What the dialogue remembers between turns. Stored with the conversation as JSON, so it must
 * stay a plain record; {@link #initial(Lang)} is a new conversation's state.
 *
 * @param lastTopic what the last knowledge answer was about, for follow-up questions
 * @param unansweredStreak questions in a row the bot could not answer (escalation after two)
 * @param process the guided process under way, or null
 * @param submissions the conversation's submissions, newest last
 * @param offered the quick replies of the bot's last turn, so a pressed one reads as its label
 */
public record DialogueState(Mode mode, Lang locale, String lastTopic, int unansweredStreak,
                            ProcessProgress process, List<SubmissionSummary> submissions, List<QuickReply> offered) {

    public DialogueState {
        if (mode == null) {
            mode = Mode.BOT;
        }
        if (locale == null) {
            locale = Lang.EN;
        }
        submissions = submissions == null ? List.of() : List.copyOf(submissions);
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    public static DialogueState initial(Lang locale) {
        return new DialogueState(Mode.BOT, locale, null, 0, null, List.of(), List.of());
    }

    public DialogueState withUnansweredStreak(int streak) {
        return new DialogueState(mode, locale, lastTopic, streak, process, submissions, offered);
    }

    public DialogueState answered(String topic) {
        return new DialogueState(mode, locale, topic, 0, process, submissions, offered);
    }

    /** In the given process step, or back to the bot when {@code progress} is null. */
    public DialogueState inProcess(ProcessProgress progress) {
        return new DialogueState(progress == null ? Mode.BOT : Mode.PROCESS, locale, lastTopic, unansweredStreak,
                progress, submissions, offered);
    }

    public DialogueState speaking(Lang lang) {
        return lang == locale ? this : new DialogueState(mode, lang, lastTopic, unansweredStreak, process, submissions, offered);
    }

    public DialogueState offering(List<QuickReply> quickReplies) {
        return new DialogueState(mode, locale, lastTopic, unansweredStreak, process, submissions, quickReplies);
    }

    /** The label of an offered quick reply with this action, or the action itself. */
    public String labelOf(String action) {
        return offered.stream().filter(q -> q.action().equals(action)).map(QuickReply::label).findFirst().orElse(action);
    }

    public DialogueState withSubmission(SubmissionSummary submission) {
        List<SubmissionSummary> all = new ArrayList<>();
        for (SubmissionSummary s : submissions) {
            if (!s.id().equals(submission.id())) {
                all.add(s);
            }
        }
        all.add(submission);
        return new DialogueState(mode, locale, lastTopic, unansweredStreak, process, all, offered);
    }
}
