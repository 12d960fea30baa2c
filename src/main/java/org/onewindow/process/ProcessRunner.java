package org.onewindow.process;

import java.util.regex.Pattern;
import static org.onewindow.process.RunnerText.button;
import static org.onewindow.process.RunnerText.t;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.onewindow.process.field.FieldType;
import org.onewindow.process.field.FieldValidators;
import org.onewindow.process.field.FileRef;
import org.onewindow.process.field.ValidationContext;
import org.onewindow.process.field.ValidationResult;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

/**
 * Runs any process definition as a conversation: a pure function of (definition, progress, input)
 * to the next progress and replies. No per-process code; time comes from the injected clock, the
 * working days from the calendar. See {@code package-info} for the action strings.
 */
public final class ProcessRunner {
    private static final Pattern NOT_RIGHT = Pattern.compile("(?i)(不对|不是|错了?|wrong|change it|change)");
    private static final Pattern CARRY_ON = Pattern.compile("(?i)(continue|go on|resume|继续|继续办理)");

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
    private final Clock clock;
    private final ValidationContext context;
    private final ProcessFlow flow;

    public ProcessRunner(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.context = new ValidationContext(clock, WorkingDayCalendar.ZONE, d -> calendar.covers(d) && calendar.isWorkingDay(d));
        this.flow = new ProcessFlow(context);
    }

    /** Starts {@code def}; {@code knownFacts} ("enterprise.name" → …) pre-fill the fields that declare them. */
    public ProcessTurn start(ProcessDefinition def, Map<String, String> knownFacts, Lang lang) {
        Map<String, String> facts = new HashMap<>();
        for (FieldSpec f : def.fields()) {
            if (f.prefill() != null && knownFacts != null && knownFacts.get(f.prefill()) != null
                    && !knownFacts.get(f.prefill()).isBlank()) {
                facts.put(f.prefill(), knownFacts.get(f.prefill()));
            }
        }
        ProcessProgress initial = new ProcessProgress(def.id(), def.schemaVersion(), Stage.REVIEW, null, Map.of(),
                List.of(), facts, null, null, 0);
        ProcessProgress p = flow.advance(def, initial);
        List<ProcessReply> replies = new ArrayList<>();
        replies.add(ProcessReply.of(RunnerText.intro(def, ProcessFlow.visibleFields(def, p.answers()).size(), lang)));
        replies.addAll(prompt(def, p, lang));
        return new ProcessTurn(p, replies, ProcessOutcome.CONTINUE, null);
    }

    /** The current question (or notice, or summary) again, e.g. after answering a side question. */
    public List<ProcessReply> repeatQuestion(ProcessDefinition def, ProcessProgress progress, Lang lang) {
        requireSameProcess(def, progress);
        if (progress.currentField() != null && def.field(progress.currentField()).isEmpty()) {
            return prompt(def, flow.advance(def, progress), lang);
        }
        return prompt(def, progress, lang);
    }

    /** Handles one input. Never throws for anything the user sends. */
    public ProcessTurn handle(ProcessDefinition def, ProcessProgress progress, ProcessInput input, Lang lang) {
        requireSameProcess(def, progress);
        if (progress.currentField() != null && def.field(progress.currentField()).isEmpty()) {
            progress = flow.advance(def, progress); // the definition was reloaded without that field
        }
        String action = input.action();
        String text = input.text();
        if (action != null && action.startsWith(ANSWER_PREFIX)) {
            text = action.substring(ANSWER_PREFIX.length());
            action = null;
        }
        if (progress.stage() == Stage.CONFIRM_CANCEL) {
            return handleCancelConfirmation(def, progress, action, text, lang);
        }
        if (CANCEL.equals(action) || (text != null && Utterances.isCancel(text))) {
            return turn(progress.confirmingCancel(), List.of(RunnerText.confirmCancel(def, lang)));
        }
        if (HANDOFF.equals(action) || (text != null && Utterances.isHandoff(text))) {
            return new ProcessTurn(progress, List.of(ProcessReply.of(t(lang,
                    "I'll bring in a member of staff. Your answers are kept, so we can continue afterwards.",
                    "正在为您转接工作人员。已填写的信息会保留，稍后可以继续办理。"))), ProcessOutcome.HANDOFF_REQUESTED, null);
        }
        if (BACK.equals(action) || (text != null && Utterances.isBack(text))) {
            return back(def, progress, lang);
        }
        if (input.file() != null) {
            return handleFile(def, progress, input.file(), lang);
        }
        if (action != null) {
            return handleAction(def, progress, action, lang);
        }
        if (text == null || text.isBlank()) {
            return turn(progress, withNote(t(lang, "I didn't get an answer.", "没有收到回答。"), prompt(def, progress, lang)));
        }
        Optional<Corrections.Correction> correction = Corrections.parse(text, def.fields());
        if (correction.isPresent() && !(progress.stage() == Stage.ASK
                && correction.get().field().name().equals(progress.currentField()) && correction.get().value() == null)) {
            return correct(def, progress, correction.get(), lang);
        }
        return switch (progress.stage()) {
            case ASK -> answer(def, progress, text, lang);
            case CONFIRM_PREFILL -> handlePrefillText(def, progress, text, lang);
            case PRIVACY -> handlePrivacyText(def, progress, text, lang);
            case REVIEW -> handleReviewText(def, progress, text, lang);
            case CONFIRM_CANCEL -> throw new IllegalStateException("handled above");
        };
    }

    /** The {@code State.process} view of the progress. */
    public ProcessView view(ProcessDefinition def, ProcessProgress progress, Lang lang) {
        List<FieldSpec> visible = ProcessFlow.visibleFields(def, progress.answers());
        int steps = visible.size() + 1;
        String fieldName = progress.stage() == Stage.CONFIRM_CANCEL && progress.resumeStage() == Stage.REVIEW ? null
                : progress.currentField();
        FieldSpec f = fieldName == null ? null : def.field(fieldName).orElse(null);
        if (f == null) {
            return new ProcessView(def.id(), def.title(lang), steps, steps, null);
        }
        int step = Math.max(1, visible.indexOf(f) + 1);
        List<ProcessView.OptionView> options = f.type().hasOptions()
                ? f.choices().stream().map(o -> new ProcessView.OptionView(o.label().text(lang), o.value())).toList()
                : null;
        return new ProcessView(def.id(), def.title(lang), step, steps,
                new ProcessView.FieldView(f.name(), f.type().code(), f.label(lang), f.required(), options));
    }

    // --- stages ---------------------------------------------------------------------------------

    private ProcessTurn answer(ProcessDefinition def, ProcessProgress p, String text, Lang lang) {
        FieldSpec f = current(def, p);
        if (Utterances.isSkip(text)) {
            return skip(def, p, lang);
        }
        boolean question = Utterances.looksLikeQuestion(text);
        if (question && f.type() == FieldType.TEXT) {
            return new ProcessTurn(p, List.of(), ProcessOutcome.NOT_AN_ANSWER, null);
        }
        ValidationResult r = FieldValidators.validate(text, f.view(), context);
        if (!r.isOk() && question) {
            return new ProcessTurn(p, List.of(), ProcessOutcome.NOT_AN_ANSWER, null);
        }
        return accept(def, p, f, r, lang);
    }

    private ProcessTurn accept(ProcessDefinition def, ProcessProgress p, FieldSpec f, ValidationResult r, Lang lang) {
        if (!r.isOk()) {
            ProcessProgress again = p.withAttempts(p.attempts() + 1);
            List<ProcessReply> replies = withNote(r.reason(lang), prompt(def, again, lang));
            if (again.attempts() >= ATTEMPTS_BEFORE_OFFERING_STAFF) {
                ProcessReply last = replies.get(replies.size() - 1);
                List<QuickReply> buttons = new ArrayList<>(last.quickReplies());
                buttons.add(button(lang, "Talk to staff", "转人工", HANDOFF));
                replies = new ArrayList<>(replies.subList(0, replies.size() - 1));
                replies.add(new ProcessReply(last.text(), buttons));
            }
            return turn(again, replies);
        }
        ProcessProgress next = flow.advance(def, ProcessFlow.store(p, f, r));
        return turn(next, prompt(def, next, lang));
    }

    private ProcessTurn skip(ProcessDefinition def, ProcessProgress p, Lang lang) {
        FieldSpec f = current(def, p);
        if (f.required()) {
            return turn(p, withNote(t(lang, "The " + f.label(Lang.EN) + " is required for this application, so it can't be skipped.",
                    f.label(Lang.ZH) + "是必填项，不能跳过。"), prompt(def, p, lang)));
        }
        Map<String, Answer> answers = new HashMap<>(p.answers());
        answers.remove(f.name());
        List<String> skipped = new ArrayList<>(p.skipped());
        if (!skipped.contains(f.name())) {
            skipped.add(f.name());
        }
        ProcessProgress next = flow.advance(def, p.withAnswers(answers, skipped));
        return turn(next, prompt(def, next, lang));
    }

    private ProcessTurn back(ProcessDefinition def, ProcessProgress p, Lang lang) {
        List<FieldSpec> visible = ProcessFlow.visibleFields(def, p.answers());
        int index = p.stage() == Stage.REVIEW ? visible.size() : visible.indexOf(current(def, p));
        if (index <= 0) {
            return turn(p, withNote(t(lang, "This is the first question.", "这已经是第一个问题。"), prompt(def, p, lang)));
        }
        ProcessProgress prev = p.at(Stage.ASK, visible.get(index - 1).name());
        return turn(prev, prompt(def, prev, lang));
    }

    private ProcessTurn correct(ProcessDefinition def, ProcessProgress p, Corrections.Correction c, Lang lang) {
        FieldSpec f = c.field();
        if (f.personal() && p.privacyConsent() == null) {
            return turn(p, withNote(t(lang, "Let's come to the " + f.label(Lang.EN) + " after the privacy notice.",
                    "请先阅读个人信息说明，再填写" + f.label(Lang.ZH) + "。"), prompt(def, p, lang)));
        }
        if (c.value() == null) {
            ProcessProgress ask = p.at(Stage.ASK, f.name());
            return turn(ask, prompt(def, ask, lang));
        }
        ValidationResult r = FieldValidators.validate(c.value(), f.view(), context);
        if (!r.isOk()) {
            return turn(p, withNote(r.reason(lang) + t(lang, " (Nothing was changed.)", "（未作修改。）"), prompt(def, p, lang)));
        }
        ProcessProgress changed = ProcessFlow.store(p, f, r).withAttempts(p.attempts());
        String note = t(lang, "Changed the " + f.label(Lang.EN) + " to " + r.display().en() + ".",
                "已将" + f.label(Lang.ZH) + "改为" + r.display().zh() + "。");
        boolean currentStillOpen = changed.stage() == Stage.ASK && !f.name().equals(changed.currentField())
                && ProcessFlow.isVisible(def, changed.currentField(), changed.answers());
        ProcessProgress next = currentStillOpen ? changed : flow.advance(def, changed);
        return turn(next, withNote(note, prompt(def, next, lang)));
    }

    /**
     * A staff member's correction of one answer: validated like the user's own, stored, and the
     * process stays at the step where it stood (it moves on only when the corrected field was the
     * one being asked). The reason for the failure, in {@code lang}, when the value is not valid.
     */
    public StaffCorrection correctByStaff(ProcessDefinition def, ProcessProgress p, String fieldName, String value, Lang lang) {
        FieldSpec f = def.field(fieldName).orElse(null);
        if (f == null || f.type() == FieldType.FILE) {
            return new StaffCorrection(null, t(lang, "This process has no such field to correct.", "该事项没有可更正的这一项。"), null);
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
    public record StaffCorrection(ProcessProgress progress, String problem, String display) {
    }

    private ProcessTurn handleFile(ProcessDefinition def, ProcessProgress p, FileRef file, Lang lang) {
        if (p.stage() != Stage.ASK || current(def, p).type() != FieldType.FILE) {
            return turn(p, withNote(t(lang, "I wasn't expecting a file here.", "这里不需要上传文件。"), prompt(def, p, lang)));
        }
        FieldSpec f = current(def, p);
        return accept(def, p, f, FieldValidators.forType(FieldType.FILE).validateFile(file, f.view(), context), lang);
    }

    private ProcessTurn handleAction(ProcessDefinition def, ProcessProgress p, String action, Lang lang) {
        switch (action) {
            case SKIP -> {
                return p.stage() == Stage.ASK || p.stage() == Stage.CONFIRM_PREFILL ? skip(def, p.at(Stage.ASK, p.currentField()), lang)
                        : turn(p, prompt(def, p, lang));
            }
            case KEEP -> {
                return p.stage() == Stage.CONFIRM_PREFILL ? keepPrefill(def, p, lang) : turn(p, prompt(def, p, lang));
            }
            case CHANGE -> {
                ProcessProgress ask = p.stage() == Stage.CONFIRM_PREFILL ? p.at(Stage.ASK, p.currentField()) : p;
                return turn(ask, prompt(def, ask, lang));
            }
            case PRIVACY_ACCEPT -> {
                return p.stage() == Stage.PRIVACY ? acceptPrivacy(def, p, lang) : turn(p, prompt(def, p, lang));
            }
            case PRIVACY_DECLINE -> {
                return turn(p, List.of(RunnerText.privacyDeclined(lang)));
            }
            case CONFIRM -> {
                return p.stage() == Stage.REVIEW ? complete(def, p, lang) : turn(p, prompt(def, p, lang));
            }
            case EDIT -> {
                return turn(p, List.of(editMenu(def, p, lang)));
            }
            default -> {
                if (action.startsWith(EDIT_PREFIX)) {
                    Optional<FieldSpec> f = def.field(action.substring(EDIT_PREFIX.length()));
                    if (f.isPresent() && ProcessFlow.isVisible(def, f.get().name(), p.answers())
                            && (!f.get().personal() || p.privacyConsent() != null)) {
                        ProcessProgress ask = p.at(Stage.ASK, f.get().name());
                        return turn(ask, prompt(def, ask, lang));
                    }
                }
                return turn(p, withNote(t(lang, "That button is no longer valid.", "该按钮已失效。"), prompt(def, p, lang)));
            }
        }
    }

    private ProcessTurn handlePrefillText(ProcessDefinition def, ProcessProgress p, String text, Lang lang) {
        if (Utterances.isConfirm(text)) {
            return keepPrefill(def, p, lang);
        }
        if (Utterances.isDecline(text) || NOT_RIGHT.matcher(text.trim()).matches()) {
            ProcessProgress ask = p.at(Stage.ASK, p.currentField());
            return turn(ask, prompt(def, ask, lang));
        }
        if (Utterances.isSkip(text)) {
            return skip(def, p.at(Stage.ASK, p.currentField()), lang);
        }
        FieldSpec f = current(def, p);
        ValidationResult r = FieldValidators.validate(text, f.view(), context);
        if (r.isOk()) { // the user typed the right value straight away
            ProcessProgress next = flow.advance(def, ProcessFlow.store(p, f, r));
            return turn(next, prompt(def, next, lang));
        }
        if (Utterances.looksLikeQuestion(text)) {
            return new ProcessTurn(p, List.of(), ProcessOutcome.NOT_AN_ANSWER, null);
        }
        return turn(p, withNote(t(lang, "Please answer yes or no, or type the correct " + f.label(Lang.EN) + ".",
                "请回答“是”或“否”，或直接输入正确的" + f.label(Lang.ZH) + "。"), prompt(def, p, lang)));
    }

    private ProcessTurn keepPrefill(ProcessDefinition def, ProcessProgress p, Lang lang) {
        FieldSpec f = current(def, p);
        ValidationResult r = FieldValidators.validate(p.facts().get(f.prefill()), f.view(), context);
        if (!r.isOk()) {
            ProcessProgress ask = p.at(Stage.ASK, f.name());
            return turn(ask, withNote(r.reason(lang), prompt(def, ask, lang)));
        }
        ProcessProgress next = flow.advance(def, ProcessFlow.store(p, f, r));
        return turn(next, prompt(def, next, lang));
    }

    private ProcessTurn handlePrivacyText(ProcessDefinition def, ProcessProgress p, String text, Lang lang) {
        if (Utterances.isAgree(text)) {
            return acceptPrivacy(def, p, lang);
        }
        if (Utterances.isDecline(text)) {
            return turn(p, List.of(RunnerText.privacyDeclined(lang)));
        }
        if (Utterances.looksLikeQuestion(text)) {
            return new ProcessTurn(p, List.of(), ProcessOutcome.NOT_AN_ANSWER, null);
        }
        return turn(p, withNote(t(lang, "Please say whether you agree.", "请回复是否同意。"), prompt(def, p, lang)));
    }

    private ProcessTurn acceptPrivacy(ProcessDefinition def, ProcessProgress p, Lang lang) {
        ProcessProgress consented = p.withConsent(new PrivacyConsent(clock.instant().toString(), def.privacy().version()));
        ProcessProgress next = flow.advance(def, consented);
        return turn(next, withNote(t(lang, "Thank you.", "谢谢。"), prompt(def, next, lang)));
    }

    private ProcessTurn handleReviewText(ProcessDefinition def, ProcessProgress p, String text, Lang lang) {
        if (Utterances.isConfirm(text)) {
            return complete(def, p, lang);
        }
        if (Utterances.looksLikeQuestion(text)) {
            return new ProcessTurn(p, List.of(), ProcessOutcome.NOT_AN_ANSWER, null);
        }
        if (Utterances.isDecline(text)) {
            return turn(p, List.of(editMenu(def, p, lang)));
        }
        return turn(p, withNote(t(lang, "Please confirm to submit, or tell me what to change (e.g. \"change the phone to 13812345678\").",
                "请确认提交，或告诉我要修改什么（例如“把联系电话改成13812345678”）。"), prompt(def, p, lang)));
    }

    private ProcessTurn handleCancelConfirmation(ProcessDefinition def, ProcessProgress p, String action, String text, Lang lang) {
        boolean yes = CANCEL_CONFIRM.equals(action) || CANCEL.equals(action)
                || (text != null && (Utterances.isConfirm(text) || Utterances.isCancel(text)));
        boolean no = CANCEL_ABORT.equals(action) || (text != null && (Utterances.isDecline(text)
                || CARRY_ON.matcher(text.trim()).matches()));
        if (yes) {
            return new ProcessTurn(null, List.of(ProcessReply.of(t(lang,
                    "Cancelled \"" + def.title(lang) + "\". Nothing was submitted.", "已取消“" + def.title(lang) + "”，未提交任何信息。"))),
                    ProcessOutcome.CANCELLED, null);
        }
        if (no) {
            ProcessProgress resumed = p.resumed();
            return turn(resumed, withNote(t(lang, "Let's continue.", "好的，继续办理。"), prompt(def, resumed, lang)));
        }
        return turn(p, List.of(RunnerText.confirmCancel(def, lang)));
    }

    private ProcessTurn complete(ProcessDefinition def, ProcessProgress p, Lang lang) {
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
                .map(d -> new IntakePayload.DocumentItem(d.id(), d.label().en(), d.label().zh(), d.required())).toList();
        LocalDate due = expectedBy(def);
        IntakePayload payload = new IntakePayload(def.id(), def.schemaVersion(), answers, docs, def.departments(),
                p.privacyConsent(), clock.instant().toString(), def.sla().minWorkingDays(), def.sla().maxWorkingDays(),
                due == null ? null : due.toString(), lang.code());
        String when = due == null ? "" : t(lang, " Expected by " + due + ".", "预计" + due + "前办结。");
        return new ProcessTurn(null, List.of(ProcessReply.of(t(lang,
                "Submitted \"" + def.title(lang) + "\" to " + def.departmentNames(lang) + "." + when,
                "“" + def.title(lang) + "”已提交至" + def.departmentNames(lang) + "。" + when))), ProcessOutcome.COMPLETED, payload);
    }

    // --- helpers --------------------------------------------------------------------------------


    private List<ProcessReply> prompt(ProcessDefinition def, ProcessProgress p, Lang lang) {
        switch (p.stage()) {
            case CONFIRM_CANCEL -> {
                return List.of(RunnerText.confirmCancel(def, lang));
            }
            case REVIEW -> {
                return List.of(RunnerText.review(def, ProcessFlow.summary(def, p, lang), ProcessFlow.documents(def, p), expectedBy(def), lang));
            }
            case PRIVACY -> {
                return List.of(RunnerText.privacy(def, lang));
            }
            case CONFIRM_PREFILL -> {
                FieldSpec f = current(def, p);
                ValidationResult r = FieldValidators.validate(p.facts().get(f.prefill()), f.view(), context);
                return List.of(RunnerText.confirmPrefill(f, r.isOk() ? r.display().text(lang) : p.facts().get(f.prefill()), lang));
            }
            default -> {
                FieldSpec f = current(def, p);
                List<FieldSpec> visible = ProcessFlow.visibleFields(def, p.answers());
                int index = visible.indexOf(f);
                // the summary is the last step, as in view()
                return List.of(RunnerText.question(f, index + 1, visible.size() + 1, p.answers().get(f.name()), index > 0, lang));
            }
        }
    }

    private ProcessReply editMenu(ProcessDefinition def, ProcessProgress p, Lang lang) {
        List<QuickReply> buttons = new ArrayList<>();
        for (FieldSpec f : ProcessFlow.visibleFields(def, p.answers())) {
            if (p.answers().containsKey(f.name()) || p.skipped().contains(f.name())) {
                buttons.add(new QuickReply(f.label(lang), EDIT_PREFIX + f.name()));
            }
        }
        return new ProcessReply(t(lang, "Which answer would you like to change? You can also type, e.g., \"change the phone to 13812345678\".",
                "要修改哪一项？也可以直接输入，例如“把联系电话改成13812345678”。"), buttons);
    }



    private LocalDate expectedBy(ProcessDefinition def) {
        try {
            return calendar.expectedBy(clock.instant(), def.sla().maxWorkingDays());
        } catch (CalendarGapException e) {
            return null; // the summary then states the limit in working days only
        }
    }






    private static FieldSpec current(ProcessDefinition def, ProcessProgress p) {
        return def.field(p.currentField()).orElseThrow(() -> new IllegalStateException(
                "process " + def.id() + " has no field '" + p.currentField() + "'"));
    }

    private static void requireSameProcess(ProcessDefinition def, ProcessProgress p) {
        if (!def.id().equals(p.processId())) {
            throw new IllegalArgumentException("progress of '" + p.processId() + "' given with definition '" + def.id() + "'");
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
