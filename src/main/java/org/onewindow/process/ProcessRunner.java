package org.onewindow.process;

import static org.onewindow.process.RunnerText.button;
import static org.onewindow.process.RunnerText.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.FieldValue;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

/**
 * Runs any process definition as a conversation: a pure function of (definition, progress, input)
 * to the next progress and replies. No per-process code; time comes from the injected clock, the
 * working days from the calendar. See {@code package-info} for the action strings.
 */
public final class ProcessRunner {

    public static final String ANSWER_PREFIX = "answer:";
    public static final String CONFIRM = "process:confirm";
    public static final String CANCEL = "process:cancel";
    public static final String CANCEL_CONFIRM = "process:cancel-confirm";
    public static final String CANCEL_ABORT = "process:cancel-abort";
    public static final String SKIP = "process:skip";
    public static final String BACK = "process:back";
    public static final String KEEP = "process:keep";
    public static final String CHANGE = "process:change";
    public static final String PRIVACY_ACCEPT = "process:privacy-accept";
    public static final String PRIVACY_DECLINE = "process:privacy-decline";
    public static final String EDIT = "process:edit";
    public static final String EDIT_PREFIX = "process:edit:";
    public static final String HANDOFF = "process:handoff";

    private static final int ATTEMPTS_BEFORE_OFFERING_STAFF = 3;

    private final WorkingDayCalendar calendar;
    private final Supplier<DepartmentRegistry> departments;
    private final Clock clock;
    private final ValidationContext context;
    private final ProcessFlow flow;

    /** {@code departments} names the departments a definition lists by id (the current registry). */
    public ProcessRunner(WorkingDayCalendar calendar, Supplier<DepartmentRegistry> departments, Clock clock) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.context = new ValidationContext(
                clock, WorkingDayCalendar.ZONE, d -> calendar.covers(d) && calendar.isWorkingDay(d));
        this.flow = new ProcessFlow(context);
    }

    /** How values are checked here (the clock, the zone and the official working days), for reading them. */
    public ValidationContext validation() {
        return context;
    }

    /** Starts {@code def}; {@code knownFacts} ("enterprise.name" → …) pre-fill the fields that declare them. */
    public ProcessTurn start(ProcessDefinition def, Map<String, String> knownFacts, Lang lang) {
        Map<String, String> facts = new HashMap<>();
        for (FieldSpec f : def.fields()) {
            if (f.prefill() != null
                    && knownFacts != null
                    && knownFacts.get(f.prefill()) != null
                    && !knownFacts.get(f.prefill()).isBlank()) {
                facts.put(f.prefill(), knownFacts.get(f.prefill()));
            }
        }
        ProcessProgress initial = new ProcessProgress(
                def.id(), def.schemaVersion(), Stage.REVIEW, null, Map.of(), List.of(), facts, null, null, 0);
        ProcessProgress p = flow.advance(def, initial);
        List<ProcessReply> replies = new ArrayList<>();
        replies.add(ProcessReply.of(RunnerText.intro(
                def, ProcessFlow.visibleFields(def, p.answers()).size(), lang)));
        replies.addAll(prompt(def, p, lang));
        return new ProcessTurn(p, replies, ProcessOutcome.CONTINUE, null);
    }

    /** The progress against the definition as it is now: a field it no longer has is passed by. */
    public ProcessProgress refreshed(ProcessDefinition def, ProcessProgress progress) {
        requireSameProcess(def, progress);
        return progress.currentField() != null
                        && def.field(progress.currentField()).isEmpty()
                ? flow.advance(def, progress)
                : progress;
    }

    /** The current question (or notice, or summary) again, e.g. after answering a side question. */
    public List<ProcessReply> repeatQuestion(ProcessDefinition def, ProcessProgress progress, Lang lang) {
        requireSameProcess(def, progress);
        if (progress.currentField() != null
                && def.field(progress.currentField()).isEmpty()) {
            return prompt(def, flow.advance(def, progress), lang);
        }
        return prompt(def, progress, lang);
    }

    /** The {@code State.process} view of the progress. */
    public ProcessView view(ProcessDefinition def, ProcessProgress progress, Lang lang) {
        List<FieldSpec> visible = ProcessFlow.visibleFields(def, progress.answers());
        int steps = visible.size() + 1;
        String asking = switch (progress.stage()) {
            case ASK -> "field";
            case PRIVACY -> "consent";
            case CONFIRM_PREFILL -> "prefill";
            case REVIEW -> "confirmation";
            case CONFIRM_CANCEL -> "cancel";
        };
        String fieldName = progress.stage() == Stage.CONFIRM_CANCEL && progress.resumeStage() == Stage.REVIEW
                ? null
                : progress.currentField();
        FieldSpec f = fieldName == null ? null : def.field(fieldName).orElse(null);
        if (f == null) {
            return new ProcessView(def.id(), def.title(lang), steps, steps, asking, null);
        }
        int step = Math.max(1, visible.indexOf(f) + 1);
        if (progress.stage() != Stage.ASK) {
            return new ProcessView(def.id(), def.title(lang), step, steps, asking, null);
        }
        List<ProcessView.OptionView> options = f.type().hasOptions()
                ? f.choices().stream()
                        .map(o -> new ProcessView.OptionView(o.label().text(lang), o.value()))
                        .toList()
                : null;
        return new ProcessView(
                def.id(),
                def.title(lang),
                step,
                steps,
                asking,
                new ProcessView.FieldView(f.name(), f.type().code(), f.label(lang), f.required(), options));
    }

    // --- stages ---------------------------------------------------------------------------------

    /** The asked field's value (valid or refused, as its type read it): stored and on to the next step, or asked again. */
    public ProcessTurn answer(ProcessDefinition def, ProcessProgress p, ValidationResult r, Lang lang) {
        FieldSpec f = current(def, p);
        if (!r.isOk()) {
            ProcessProgress again = p.withAttempts(p.attempts() + 1);
            return turn(again, refusal(def, again, r, lang));
        }
        ProcessProgress next = flow.advance(def, ProcessFlow.store(p, f, r));
        return turn(next, prompt(def, next, lang));
    }

    /** Why the answer was refused and the question again, with a person offered after repeated failures. */
    private List<ProcessReply> refusal(ProcessDefinition def, ProcessProgress again, ValidationResult r, Lang lang) {
        List<ProcessReply> replies = withNote(r.reason(lang), prompt(def, again, lang));
        if (again.attempts() >= ATTEMPTS_BEFORE_OFFERING_STAFF) {
            ProcessReply last = replies.get(replies.size() - 1);
            List<QuickReply> buttons = new ArrayList<>(last.quickReplies());
            buttons.add(button(lang, "process.talkToStaff", HANDOFF));
            replies = new ArrayList<>(replies.subList(0, replies.size() - 1));
            replies.add(new ProcessReply(last.text(), buttons));
        }
        return replies;
    }

    /** Skips the asked field (or the pre-filled value's question); a required field is asked again. */
    public ProcessTurn skip(ProcessDefinition def, ProcessProgress p, Lang lang) {
        FieldSpec f = current(def, p);
        ProcessProgress asking = p.stage() == Stage.ASK ? p : p.at(Stage.ASK, f.name());
        if (f.required()) {
            return turn(
                    asking,
                    withNote(text(lang, "process.requiredNoSkip", "label", f.label(lang)), prompt(def, asking, lang)));
        }
        Map<String, Answer> answers = new HashMap<>(p.answers());
        answers.remove(f.name());
        List<String> skipped = new ArrayList<>(p.skipped());
        if (!skipped.contains(f.name())) {
            skipped.add(f.name());
        }
        ProcessProgress next = flow.advance(def, asking.withAnswers(answers, skipped));
        return turn(next, prompt(def, next, lang));
    }

    /** The previous question. */
    public ProcessTurn back(ProcessDefinition def, ProcessProgress p, Lang lang) {
        List<FieldSpec> visible = ProcessFlow.visibleFields(def, p.answers());
        int index = p.stage() == Stage.REVIEW ? visible.size() : visible.indexOf(current(def, p));
        if (index <= 0) {
            return turn(p, withNote(text(lang, "process.firstQuestion"), prompt(def, p, lang)));
        }
        ProcessProgress prev = p.at(Stage.ASK, visible.get(index - 1).name());
        return turn(prev, prompt(def, prev, lang));
    }

    /**
     * Several values at once: the asked field's, later ones the same message gave, and new values
     * for earlier answers. Each is stored where the form allows it (a personal field only after the
     * privacy notice); the reply says what was noted or changed, and what was refused and why. The
     * form then moves on from the asked field when it was answered, and otherwise asks it again
     * (the summary is shown again after a change made there).
     */
    public ProcessTurn fill(ProcessDefinition def, ProcessProgress p, List<FieldValue> values, Lang lang) {
        String asked = p.stage() == Stage.ASK ? p.currentField() : null;
        ProcessProgress q = p;
        List<String> notes = new ArrayList<>();
        boolean askedAnswered = false;
        ValidationResult askedRefused = null;
        for (FieldValue v : values) {
            FieldSpec f = def.field(v.field()).orElse(null);
            if (f == null || !ProcessFlow.isVisible(def, f.name(), q.answers())) {
                continue;
            }
            ValidationResult r = v.result();
            boolean isAsked = f.name().equals(asked);
            if (!r.isOk()) {
                if (isAsked) {
                    askedRefused = r;
                } else {
                    notes.add(r.reason(lang) + text(lang, "process.nothingChanged", "label", f.label(lang)));
                }
                continue;
            }
            if (f.personal() && q.privacyConsent() == null && !isAsked) {
                // Kept, to be confirmed at its step once the notice is accepted.
                Map<String, String> proposals = new HashMap<>(q.proposals());
                proposals.put(f.name(), ProcessFlow.canonical(r));
                q = q.withProposals(proposals);
                notes.add(text(
                        lang,
                        "process.confirmAfterPrivacy",
                        "label",
                        f.label(lang),
                        "display",
                        r.display().text(lang)));
                continue;
            }
            boolean before = q.answers().containsKey(f.name());
            q = ProcessFlow.store(q, f, r);
            if (isAsked) {
                askedAnswered = true;
            } else {
                notes.add(
                        before
                                ? text(
                                        lang,
                                        "process.changed",
                                        "label",
                                        f.label(lang),
                                        "display",
                                        r.display().text(lang))
                                : text(
                                        lang,
                                        "process.noted",
                                        "label",
                                        f.label(lang),
                                        "display",
                                        r.display().text(lang)));
            }
        }
        if (askedRefused != null) {
            ProcessProgress again = q.withAttempts(p.attempts() + 1);
            List<ProcessReply> replies = new ArrayList<>();
            notes.forEach(n -> replies.add(ProcessReply.of(n)));
            replies.addAll(refusal(def, again, askedRefused, lang));
            return turn(again, replies);
        }
        boolean stay = asked != null && !askedAnswered && ProcessFlow.isVisible(def, asked, q.answers());
        ProcessProgress next = stay ? q : flow.advance(def, q.withAttempts(0));
        List<ProcessReply> replies = new ArrayList<>();
        if (!notes.isEmpty()) {
            replies.add(ProcessReply.of(String.join(text(lang, "process.noteSeparator"), notes)));
        }
        replies.addAll(prompt(def, next, lang));
        return turn(next, replies);
    }

    /**
     * The asked choice, recognised from a description rather than named: stored as an answer, and
     * the reply first says how the message was taken, so a wrong reading is seen and undone at once.
     * {@code later}: values the same message gave for fields still to come, filled as with any answer.
     */
    public ProcessTurn fillDescribed(
            ProcessDefinition def, ProcessProgress p, FieldValue value, List<FieldValue> later, Lang lang) {
        List<FieldValue> values = new ArrayList<>();
        values.add(value);
        values.addAll(later);
        ProcessTurn filled = fill(def, p, values, lang);
        FieldSpec f =
                def.field(value.field()).orElseThrow(() -> new IllegalArgumentException("no field " + value.field()));
        if (!value.result().isOk()
                || filled.progress() == null
                || !filled.progress().answers().containsKey(f.name())) {
            return filled;
        }
        List<ProcessReply> replies = new ArrayList<>();
        replies.add(ProcessReply.of(text(
                lang,
                "process.tookAs",
                "label",
                f.label(lang),
                "display",
                value.result().display().text(lang))));
        replies.addAll(filled.replies());
        return new ProcessTurn(filled.progress(), replies, filled.outcome(), filled.payload());
    }

    /** Asks a field again ("change the address", or its button in the list of answers). */
    public ProcessTurn reopen(ProcessDefinition def, ProcessProgress p, String field, Lang lang) {
        FieldSpec f = def.field(field).orElseThrow(() -> new IllegalArgumentException("no field " + field));
        if (f.personal() && p.privacyConsent() == null) {
            return privacyFirst(def, p, f, lang);
        }
        ProcessProgress ask = p.at(Stage.ASK, f.name());
        return turn(ask, prompt(def, ask, lang));
    }

    private ProcessTurn privacyFirst(ProcessDefinition def, ProcessProgress p, FieldSpec f, Lang lang) {
        return turn(p, withNote(text(lang, "process.afterPrivacy", "label", f.label(lang)), prompt(def, p, lang)));
    }

    /** Keeps the pre-filled value of the asked field. */
    public ProcessTurn keepPrefill(ProcessDefinition def, ProcessProgress p, Lang lang) {
        FieldSpec f = current(def, p);
        ValidationResult r = FieldValidators.validate(p.preset(f), f.view(), context);
        if (!r.isOk()) {
            ProcessProgress ask = ProcessFlow.withoutProposal(p, f.name()).at(Stage.ASK, f.name());
            return turn(ask, withNote(r.reason(lang), prompt(def, ask, lang)));
        }
        ProcessProgress next = flow.advance(def, ProcessFlow.store(p, f, r));
        return turn(next, prompt(def, next, lang));
    }

    /** The pre-filled value is not right: ask the field. */
    public ProcessTurn changePrefill(ProcessDefinition def, ProcessProgress p, Lang lang) {
        ProcessProgress ask = ProcessFlow.withoutProposal(p, p.currentField()).at(Stage.ASK, p.currentField());
        return turn(ask, prompt(def, ask, lang));
    }

    /** The user agrees to the privacy notice. */
    public ProcessTurn acceptPrivacy(ProcessDefinition def, ProcessProgress p, Lang lang) {
        ProcessProgress consented = p.withConsent(
                new PrivacyConsent(clock.instant().toString(), def.privacy().version()));
        ProcessProgress next = flow.advance(def, consented);
        return turn(next, withNote(text(lang, "process.thankYou"), prompt(def, next, lang)));
    }

    /** The user declines the privacy notice: the process waits at it. */
    public ProcessTurn declinePrivacy(ProcessProgress p, Lang lang) {
        return turn(p, List.of(RunnerText.privacyDeclined(lang)));
    }

    /** Asks whether the user really wants to cancel. */
    public ProcessTurn askToCancel(ProcessDefinition def, ProcessProgress p, Lang lang) {
        return turn(p.confirmingCancel(), List.of(RunnerText.confirmCancel(def, lang)));
    }

    /** The cancellation is confirmed: nothing is submitted. */
    public ProcessTurn cancel(ProcessDefinition def, Lang lang) {
        return new ProcessTurn(
                null,
                List.of(ProcessReply.of(text(lang, "process.cancelled", "title", def.title(lang)))),
                ProcessOutcome.CANCELLED,
                null);
    }

    /** The cancellation is withdrawn: back where the process stood. */
    public ProcessTurn keepGoing(ProcessDefinition def, ProcessProgress p, Lang lang) {
        ProcessProgress resumed = p.resumed();
        return turn(resumed, withNote(text(lang, "process.continue"), prompt(def, resumed, lang)));
    }

    /** The user wants a person; the answers are kept for afterwards. */
    public ProcessTurn handoff(ProcessProgress p, Lang lang) {
        return new ProcessTurn(
                p, List.of(ProcessReply.of(text(lang, "process.handoff"))), ProcessOutcome.HANDOFF_REQUESTED, null);
    }

    /** The user stops for now: the answers are kept and the form waits at this step. */
    public ProcessTurn pause(ProcessDefinition def, ProcessProgress p, Lang lang) {
        return turn(p, List.of(ProcessReply.of(text(lang, "process.paused", "question", question(def, p, lang)))));
    }

    /** Back after a pause: where the form stands, and its question again. */
    public ProcessTurn resume(ProcessDefinition def, ProcessProgress p, Lang lang) {
        int done = (int) ProcessFlow.visibleFields(def, p.answers()).stream()
                .filter(f -> p.answers().containsKey(f.name()) || p.skipped().contains(f.name()))
                .count();
        int total = ProcessFlow.visibleFields(def, p.answers()).size();
        return turn(
                p,
                withNote(
                        text(lang, "process.welcomeBack", "title", def.title(lang), "done", done, "total", total),
                        prompt(def, p, lang)));
    }

    /** A greeting or thanks in passing: acknowledged, and the same step asked again. */
    public ProcessTurn acknowledge(ProcessDefinition def, ProcessProgress p, Lang lang) {
        return turn(p, withNote(text(lang, "process.sure"), prompt(def, p, lang)));
    }

    private String question(ProcessDefinition def, ProcessProgress p, Lang lang) {
        List<ProcessReply> shown = prompt(def, p, lang);
        return shown.isEmpty() ? "" : shown.get(shown.size() - 1).text();
    }

    /** The answers that can be changed, as buttons. */
    public ProcessTurn editMenu(ProcessDefinition def, ProcessProgress p, Lang lang) {
        return turn(p, List.of(editMenuReply(def, p, lang)));
    }

    /** The same step again, after something it could not use; with a note saying why when there is one. */
    public ProcessTurn again(ProcessDefinition def, ProcessProgress p, Unusable why, Lang lang) {
        FieldSpec f =
                p.currentField() == null ? null : def.field(p.currentField()).orElse(null);
        String note = switch (why) {
            case NOTHING ->
                switch (p.stage()) {
                    case ASK -> text(lang, "process.noAnswer");
                    case CONFIRM_PREFILL -> text(lang, "process.answerYesOrNo", "label", f.label(lang));
                    case PRIVACY -> text(lang, "process.sayWhetherAgree");
                    case REVIEW -> text(lang, "process.confirmOrChange");
                    case CONFIRM_CANCEL -> null;
                };
            case UNEXPECTED_FILE -> text(lang, "process.unexpectedFile");
            case STALE_BUTTON -> text(lang, "process.staleButton");
            case NONE -> null;
        };
        return turn(p, note == null ? prompt(def, p, lang) : withNote(note, prompt(def, p, lang)));
    }

    /** Why a step is asked again. */
    public enum Unusable {
        /** Nothing the step can use was said. */
        NOTHING,
        /** A file, where the step asks no file. */
        UNEXPECTED_FILE,
        /** A button of another step. */
        STALE_BUTTON,
        /** No note: the step is simply shown again. */
        NONE
    }

    /** The fields asked, given the answers so far, in order. */
    public static List<FieldSpec> visibleFields(ProcessDefinition def, ProcessProgress p) {
        return ProcessFlow.visibleFields(def, p.answers());
    }

    /** The fields asked once {@code values} are stored too (a "yes" that opens a follow-up question). */
    public static List<FieldSpec> visibleFieldsWith(ProcessDefinition def, ProcessProgress p, List<FieldValue> values) {
        ProcessProgress q = p;
        for (FieldValue v : values) {
            if (v.result().isOk() && def.field(v.field()).isPresent()) {
                q = ProcessFlow.store(q, def.field(v.field()).get(), v.result());
            }
        }
        return ProcessFlow.visibleFields(def, q.answers());
    }

    /** Whether a field is asked, given the answers so far (its condition holds). */
    public static boolean isVisible(ProcessDefinition def, String field, ProcessProgress p) {
        return ProcessFlow.isVisible(def, field, p.answers());
    }

    /**
     * A staff member's correction of one answer: validated like the user's own, stored, and the
     * process stays at the step where it stood (it moves on only when the corrected field was the
     * one being asked). The reason for the failure, in {@code lang}, when the value is not valid.
     */
    public StaffCorrection correctByStaff(
            ProcessDefinition def, ProcessProgress p, String fieldName, String value, Lang lang) {
        FieldSpec f = def.field(fieldName).orElse(null);
        if (f == null || f.type() == FieldType.FILE) {
            return new StaffCorrection(null, text(lang, "process.noSuchField"), null);
        }
        ValidationResult r = FieldValidators.validate(value, f.view(), context);
        if (!r.isOk()) {
            return new StaffCorrection(null, r.reason(lang), null);
        }
        ProcessProgress changed = ProcessFlow.store(p, f, r).withAttempts(p.attempts());
        boolean wasAsked = changed.stage() == Stage.ASK && f.name().equals(changed.currentField());
        ProcessProgress next = wasAsked ? flow.advance(def, changed) : changed;
        return new StaffCorrection(next, null, r.display().text(lang));
    }

    /** The outcome of a staff correction: the progress, or why the value was refused; and how it reads. */
    public record StaffCorrection(ProcessProgress progress, String problem, String display) {}

    /** The user confirmed the summary: the payload to submit (or the step a missing answer needs). */
    public ProcessTurn complete(ProcessDefinition def, ProcessProgress p, Lang lang) {
        ProcessProgress check = flow.advance(def, p);
        if (check.stage() != Stage.REVIEW) { // a required answer is missing (e.g. after a condition changed)
            return turn(check, prompt(def, check, lang));
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FieldSpec f : ProcessFlow.visibleFields(def, p.answers())) {
            Answer a = p.answers().get(f.name());
            if (a != null) {
                answers.put(f.name(), ProcessFlow.typed(f.type(), a));
            }
        }
        List<IntakePayload.DocumentItem> docs = ProcessFlow.documents(def, p).stream()
                .map(d -> new IntakePayload.DocumentItem(
                        d.id(), d.label().en(), d.label().zh(), d.required()))
                .toList();
        LocalDate due = expectedBy(def);
        IntakePayload payload = new IntakePayload(
                def.id(),
                def.schemaVersion(),
                answers,
                docs,
                def.departments(),
                p.privacyConsent(),
                clock.instant().toString(),
                def.sla().minWorkingDays(),
                def.sla().maxWorkingDays(),
                due == null ? null : due.toString(),
                lang.code());
        String when = due == null ? "" : text(lang, "process.submittedDue", "due", due);
        return new ProcessTurn(
                null,
                List.of(ProcessReply.of(text(
                        lang,
                        "process.submittedTo",
                        "title",
                        def.title(lang),
                        "departmentNames",
                        departmentNames(def, lang),
                        "when",
                        when))),
                ProcessOutcome.COMPLETED,
                payload);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** The names of the definition's departments, joined for a sentence. */
    private String departmentNames(ProcessDefinition def, Lang lang) {
        return departments.get().names(def.departments(), lang);
    }

    private List<ProcessReply> prompt(ProcessDefinition def, ProcessProgress p, Lang lang) {
        switch (p.stage()) {
            case CONFIRM_CANCEL -> {
                return List.of(RunnerText.confirmCancel(def, lang));
            }
            case REVIEW -> {
                return List.of(RunnerText.review(
                        def, ProcessFlow.summary(def, p, lang), ProcessFlow.documents(def, p), expectedBy(def), lang));
            }
            case PRIVACY -> {
                return List.of(RunnerText.privacy(def, departmentNames(def, lang), lang));
            }
            case CONFIRM_PREFILL -> {
                FieldSpec f = current(def, p);
                String preset = p.preset(f);
                ValidationResult r = FieldValidators.validate(preset, f.view(), context);
                String shown = r.isOk() ? r.display().text(lang) : preset;
                return List.of(
                        p.proposals().containsKey(f.name())
                                ? RunnerText.confirmProposal(f, shown, lang)
                                : RunnerText.confirmPrefill(f, shown, lang));
            }
            default -> {
                FieldSpec f = current(def, p);
                List<FieldSpec> visible = ProcessFlow.visibleFields(def, p.answers());
                int index = visible.indexOf(f);
                // the summary is the last step, as in view()
                return List.of(RunnerText.question(
                        f, index + 1, visible.size() + 1, p.answers().get(f.name()), index > 0, lang));
            }
        }
    }

    private ProcessReply editMenuReply(ProcessDefinition def, ProcessProgress p, Lang lang) {
        List<QuickReply> buttons = new ArrayList<>();
        for (FieldSpec f : ProcessFlow.visibleFields(def, p.answers())) {
            if (p.answers().containsKey(f.name()) || p.skipped().contains(f.name())) {
                buttons.add(new QuickReply(f.label(lang), EDIT_PREFIX + f.name()));
            }
        }
        return new ProcessReply(text(lang, "process.whichAnswer"), buttons);
    }

    private LocalDate expectedBy(ProcessDefinition def) {
        try {
            return calendar.expectedBy(clock.instant(), def.sla().maxWorkingDays());
        } catch (CalendarGapException e) {
            return null; // the summary then states the limit in working days only
        }
    }

    private static FieldSpec current(ProcessDefinition def, ProcessProgress p) {
        return def.field(p.currentField())
                .orElseThrow(() ->
                        new IllegalStateException("process " + def.id() + " has no field '" + p.currentField() + "'"));
    }

    private static void requireSameProcess(ProcessDefinition def, ProcessProgress p) {
        if (!def.id().equals(p.processId())) {
            throw new IllegalArgumentException(
                    "progress of '" + p.processId() + "' given with definition '" + def.id() + "'");
        }
    }

    private static List<ProcessReply> withNote(String note, List<ProcessReply> prompt) {
        List<ProcessReply> out = new ArrayList<>();
        out.add(ProcessReply.of(note));
        out.addAll(prompt);
        return out;
    }

    private static ProcessTurn turn(ProcessProgress p, List<ProcessReply> replies) {
        return new ProcessTurn(p, replies, ProcessOutcome.CONTINUE, null);
    }
}
