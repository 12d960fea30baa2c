package org.onewindow.process;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to resume a running process; the caller stores it (as JSON, with a plain
 * ObjectMapper) between turns. {@code facts} are the known facts used for pre-filling;
 * {@code skipped} the optional fields the user skipped; {@code attempts} the invalid answers to
 * the current question so far; {@code resumeStage} where a declined cancellation returns to;
 * {@code proposals} values the user gave for fields not yet asked that could not be stored yet (a
 * personal field before the privacy notice), by field, to be confirmed when their step comes.
 */
public record ProcessProgress(
        String processId,
        int schemaVersion,
        Stage stage,
        String currentField,
        Map<String, Answer> answers,
        List<String> skipped,
        Map<String, String> facts,
        PrivacyConsent privacyConsent,
        Stage resumeStage,
        int attempts,
        Map<String, String> proposals) {

    public ProcessProgress {
        Objects.requireNonNull(processId, "processId");
        Objects.requireNonNull(stage, "stage");
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        proposals = proposals == null ? Map.of() : Map.copyOf(proposals);
        if (stage == Stage.CONFIRM_CANCEL && resumeStage == null) {
            throw new IllegalArgumentException("a cancellation being confirmed needs the stage to resume");
        }
        if (stage != Stage.REVIEW && stage != Stage.CONFIRM_CANCEL && currentField == null) {
            throw new IllegalArgumentException("stage " + stage + " needs a current field");
        }
    }

    ProcessProgress at(Stage newStage, String field) {
        return new ProcessProgress(
                processId, schemaVersion, newStage, field, answers, skipped, facts, privacyConsent, null, 0, proposals);
    }

    ProcessProgress withAnswers(Map<String, Answer> newAnswers, List<String> newSkipped) {
        return new ProcessProgress(
                processId,
                schemaVersion,
                stage,
                currentField,
                newAnswers,
                newSkipped,
                facts,
                privacyConsent,
                resumeStage,
                attempts,
                proposals);
    }

    ProcessProgress withConsent(PrivacyConsent consent) {
        return new ProcessProgress(
                processId,
                schemaVersion,
                stage,
                currentField,
                answers,
                skipped,
                facts,
                consent,
                resumeStage,
                attempts,
                proposals);
    }

    ProcessProgress withAttempts(int n) {
        return new ProcessProgress(
                processId,
                schemaVersion,
                stage,
                currentField,
                answers,
                skipped,
                facts,
                privacyConsent,
                resumeStage,
                n,
                proposals);
    }

    ProcessProgress confirmingCancel() {
        return new ProcessProgress(
                processId,
                schemaVersion,
                Stage.CONFIRM_CANCEL,
                currentField,
                answers,
                skipped,
                facts,
                privacyConsent,
                stage,
                attempts,
                proposals);
    }

    ProcessProgress resumed() {
        return new ProcessProgress(
                processId,
                schemaVersion,
                resumeStage,
                currentField,
                answers,
                skipped,
                facts,
                privacyConsent,
                null,
                attempts,
                proposals);
    }

    /** A progress as stored before proposals existed, or built without any. */
    public ProcessProgress(
            String processId,
            int schemaVersion,
            Stage stage,
            String currentField,
            Map<String, Answer> answers,
            List<String> skipped,
            Map<String, String> facts,
            PrivacyConsent privacyConsent,
            Stage resumeStage,
            int attempts) {
        this(
                processId,
                schemaVersion,
                stage,
                currentField,
                answers,
                skipped,
                facts,
                privacyConsent,
                resumeStage,
                attempts,
                Map.of());
    }

    ProcessProgress withProposals(Map<String, String> newProposals) {
        return new ProcessProgress(
                processId,
                schemaVersion,
                stage,
                currentField,
                answers,
                skipped,
                facts,
                privacyConsent,
                resumeStage,
                attempts,
                newProposals);
    }

    /** The value to offer for a field before asking it: one the user gave earlier, else a known fact; or null. */
    String preset(FieldSpec f) {
        String proposed = proposals.get(f.name());
        if (proposed != null) {
            return proposed;
        }
        return f.prefill() == null ? null : facts.get(f.prefill());
    }
}
