package org.onewindow.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.policy.EligibilityProgress;
import org.onewindow.policy.Fact;
import org.onewindow.process.ProcessProgress;
import org.onewindow.shared.HandoffInfo;
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
 * @param handoff the person involved (queued or active), or null
 * @param eligibility the "which incentives can I get" dialogue under way, or null
 * @param facts what this conversation learnt about the enterprise (kept here, never shared, when
 *     the conversation is not verified for an enterprise)
 * @param edit a change to a submission being collected, or null
 * @param requestedCorrections the fields approval systems asked to correct, by submission id
 * @param lastQuestion the last question the knowledge base answered, for "say it in Chinese", or null
 */
public record DialogueState(
        Mode mode,
        Lang locale,
        String lastTopic,
        int unansweredStreak,
        ProcessProgress process,
        List<SubmissionSummary> submissions,
        List<QuickReply> offered,
        HandoffInfo handoff,
        EligibilityProgress eligibility,
        Map<String, Fact> facts,
        SubmissionEdit edit,
        Map<String, List<String>> requestedCorrections,
        String lastQuestion) {

    public DialogueState {
        if (mode == null) {
            mode = Mode.BOT;
        }
        if (locale == null) {
            locale = Lang.EN;
        }
        submissions = submissions == null ? List.of() : List.copyOf(submissions);
        offered = offered == null ? List.of() : List.copyOf(offered);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        requestedCorrections = requestedCorrections == null ? Map.of() : Map.copyOf(requestedCorrections);
    }

    public static DialogueState initial(Lang locale) {
        return new DialogueState(
                Mode.BOT, locale, null, 0, null, List.of(), List.of(), null, null, Map.of(), null, Map.of(), null);
    }

    public DialogueState withUnansweredStreak(int streak) {
        return new DialogueState(
                mode,
                locale,
                lastTopic,
                streak,
                process,
                submissions,
                offered,
                handoff,
                eligibility,
                facts,
                edit,
                requestedCorrections,
                lastQuestion);
    }

    /** An answer about {@code topic} was given to {@code question}. */
    public DialogueState answered(String topic, String question) {
        return new DialogueState(
                mode,
                locale,
                topic,
                0,
                process,
                submissions,
                offered,
                handoff,
                eligibility,
                facts,
                edit,
                requestedCorrections,
                question);
    }

    /** In the given process step, or back to the bot when {@code progress} is null. */
    public DialogueState inProcess(ProcessProgress progress) {
        Mode next = handoff != null ? Mode.HANDOFF : progress == null ? Mode.BOT : Mode.PROCESS;
        return new DialogueState(
                next,
                locale,
                lastTopic,
                unansweredStreak,
                progress,
                submissions,
                offered,
                handoff,
                eligibility,
                facts,
                edit,
                requestedCorrections,
                lastQuestion);
    }

    /** With a person involved ({@code handoff} queued or active), or back to the bot or process when null. */
    public DialogueState withHandoff(HandoffInfo newHandoff) {
        HandoffInfo kept = newHandoff == null || HandoffInfo.CLOSED.equals(newHandoff.status()) ? null : newHandoff;
        Mode next = kept != null ? Mode.HANDOFF : process != null ? Mode.PROCESS : Mode.BOT;
        return new DialogueState(
                next,
                locale,
                lastTopic,
                kept == null ? 0 : unansweredStreak,
                process,
                submissions,
                offered,
                kept,
                eligibility,
                facts,
                edit,
                requestedCorrections,
                lastQuestion);
    }

    /** In the eligibility dialogue (or out of it when null), with the facts learnt so far. */
    public DialogueState inEligibility(EligibilityProgress progress, Map<String, Fact> learnt) {
        Map<String, Fact> all = new java.util.HashMap<>(facts);
        all.putAll(learnt);
        return new DialogueState(
                mode,
                locale,
                lastTopic,
                unansweredStreak,
                process,
                submissions,
                offered,
                handoff,
                progress,
                all,
                edit,
                requestedCorrections,
                lastQuestion);
    }

    /** Collecting a change to a submission, or done with it when null. */
    public DialogueState editing(SubmissionEdit newEdit) {
        return new DialogueState(
                mode,
                locale,
                lastTopic,
                unansweredStreak,
                process,
                submissions,
                offered,
                handoff,
                eligibility,
                facts,
                newEdit,
                requestedCorrections,
                lastQuestion);
    }

    /** Remembers the fields an approval system asked to correct in a submission. */
    public DialogueState correctionsRequested(String submissionId, List<String> fields) {
        Map<String, List<String>> all = new java.util.HashMap<>(requestedCorrections);
        all.put(submissionId, List.copyOf(fields));
        return new DialogueState(
                mode,
                locale,
                lastTopic,
                unansweredStreak,
                process,
                submissions,
                offered,
                handoff,
                eligibility,
                facts,
                edit,
                all,
                lastQuestion);
    }

    public DialogueState speaking(Lang lang) {
        return lang == locale
                ? this
                : new DialogueState(
                        mode,
                        lang,
                        lastTopic,
                        unansweredStreak,
                        process,
                        submissions,
                        offered,
                        handoff,
                        eligibility,
                        facts,
                        edit,
                        requestedCorrections,
                        lastQuestion);
    }

    public DialogueState offering(List<QuickReply> quickReplies) {
        return new DialogueState(
                mode,
                locale,
                lastTopic,
                unansweredStreak,
                process,
                submissions,
                quickReplies,
                handoff,
                eligibility,
                facts,
                edit,
                requestedCorrections,
                lastQuestion);
    }

    /** The label of an offered quick reply with this action, or the action itself. */
    public String labelOf(String action) {
        return offered.stream()
                .filter(q -> q.action().equals(action))
                .map(QuickReply::label)
                .findFirst()
                .orElse(action);
    }

    public DialogueState withSubmission(SubmissionSummary submission) {
        List<SubmissionSummary> all = new ArrayList<>();
        for (SubmissionSummary s : submissions) {
            if (!s.id().equals(submission.id())) {
                all.add(s);
            }
        }
        all.add(submission);
        return new DialogueState(
                mode,
                locale,
                lastTopic,
                unansweredStreak,
                process,
                all,
                offered,
                handoff,
                eligibility,
                facts,
                edit,
                requestedCorrections,
                lastQuestion);
    }
}
