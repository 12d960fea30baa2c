package org.onewindow.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.FieldValue;
import org.onewindow.form.FileRef;
import org.onewindow.form.Inputs;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
import org.onewindow.process.FieldSpec;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.ProcessProgress;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.Stage;
import org.onewindow.shared.FileAttachment;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;

/**
 * Reads a message typed (or a button pressed, or a file sent) while a process asks something:
 * the value for the asked field, a correction of an earlier one, a question, a command, or yes/no
 * to a notice, a pre-filled value, the summary or a cancellation.
 */
final class FormReader {
    /** Replies to a form, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/form-reader.txt");

    private static final Pattern NOT_RIGHT = WORDS.pattern("not-right");
    /** Leaving an optional document out for now ("报告还没出来，先不传了", "we'll leave the report out"): a skip. */
    private static final Pattern NOT_YET = WORDS.pattern("not-yet");

    private static final Pattern CARRY_ON = WORDS.pattern("carry-on");
    private static final Pattern ASKS_WHETHER = WORDS.pattern("asks-whether");

    private final ValidationContext validation;
    private final ValueFinder values;

    FormReader(ValidationContext validation) {
        this.validation = validation;
        this.values = new ValueFinder(validation);
    }

    Act read(ProcessDefinition def, ProcessProgress p, InboundMessage message, Lang lang) {
        Optional<FieldSpec> asked = p.currentField() == null ? Optional.empty() : def.field(p.currentField());
        if (message.isFile()) {
            FileRef file = fileRef(message.file());
            if (p.stage() == Stage.ASK && asked.isPresent() && asked.get().type() == FieldType.FILE) {
                return valueFor(
                        asked.get(),
                        FieldValidators.forType(FieldType.FILE)
                                .validateFile(file, asked.get().view(), validation));
            }
            return new Act.Upload(file);
        }
        String action = message.action();
        String text = message.text();
        if (action != null && action.startsWith(ProcessRunner.ANSWER_PREFIX)) {
            text = action.substring(ProcessRunner.ANSWER_PREFIX.length());
            action = null;
        }
        if (p.stage() == Stage.CONFIRM_CANCEL) {
            return cancellation(action, text);
        }
        if (action != null) {
            return button(def, p, action);
        }
        return typed(def, p, asked.orElse(null), text, lang);
    }

    private Act typed(ProcessDefinition def, ProcessProgress p, FieldSpec asked, String text, Lang lang) {
        String lower = Inputs.foldWidth(text).toLowerCase(Locale.ROOT).strip();
        if (Utterances.isCancel(text)) {
            return new Act.Command(CommandKind.CANCEL);
        }
        if (Utterances.isHandoff(text)) {
            return new Act.Command(CommandKind.PERSON);
        }
        if (Utterances.isBack(text)) {
            return new Act.Command(CommandKind.BACK);
        }
        if (text.isBlank()) {
            return new Act.NotUnderstood();
        }
        Lang switchTo = Commands.language(lower);
        if (switchTo != null) {
            return new Act.SwitchLanguage(switchTo);
        }
        if (p.stage() == Stage.ASK
                && (Utterances.isSkip(text)
                        || asked != null
                                && asked.type() == FieldType.FILE
                                && !asked.required()
                                && NOT_YET.matcher(lower).find())) {
            return new Act.Command(CommandKind.SKIP);
        }
        CommandKind command = Commands.of(lower);
        if (command != null && !(command == CommandKind.SKIP && p.stage() != Stage.ASK)) {
            return new Act.Command(command);
        }
        // "can you guys just take care of the paperwork?" asks for something, it is no question about the form
        boolean question = Utterances.looksLikeQuestion(text) && !Requests.politeRequest(lower);
        switch (p.stage()) {
            case CONFIRM_PREFILL -> {
                if (Utterances.isConfirm(text)) {
                    return new Act.Affirm();
                }
                if (Utterances.isDecline(text) || NOT_RIGHT.matcher(text.trim()).matches()) {
                    return new Act.Deny();
                }
            }
            case PRIVACY -> {
                if (Utterances.isAgree(text) || Verdicts.agrees(lower)) {
                    return new Act.Affirm();
                }
                if (Utterances.isDecline(text)) {
                    return new Act.Deny();
                }
            }
            default -> {}
        }
        boolean approvesSummary = p.stage() == Stage.REVIEW && (Utterances.isConfirm(text) || Verdicts.approves(lower));
        boolean choiceNamed = asked != null
                && p.stage() == Stage.ASK
                && (asked.type() == FieldType.ENUM || asked.type() == FieldType.BOOLEAN)
                && FieldValidators.validate(text, asked.view(), validation).isOk();
        String unwaited = SmallTalk.withoutWait(lower);
        boolean aside = !question
                && !Corrections.cued(unwaited)
                && !Verdicts.objects(unwaited)
                && !NOT_RIGHT.matcher(lower).find()
                && (SmallTalk.holdsOn(lower) || SmallTalk.opensWithPleasantry(lower) || SmallTalk.remark(lower));
        if (!approvesSummary && !choiceNamed && (SmallTalk.is(lower) || aside)) {
            return new Act.SmallTalk();
        }
        boolean cued = Corrections.cued(lower);
        FieldSpec reading = p.stage() == Stage.ASK ? asked : null;
        ValueFinder.Reading found = read(def, p, text, reading, cued);
        Map<String, FieldValue> contrasted = partCorrections(def, p, text, found);
        boolean changeRequested = cued
                        && found.others().values().stream()
                                .anyMatch(v -> v.result().isOk())
                || !contrasted.isEmpty(); // "can we push the visit back two days?" asks for a change
        if (question
                && !changeRequested
                && (ASKS_WHETHER.matcher(lower).matches()
                        || !(found.asked() != null
                                && found.asked().result().isOk()
                                && ValueSpans.shaped(asked.type())))) {
            return new Act.Question(text, Lang.detect(text, lang));
        }
        List<FieldValue> corrections = new ArrayList<>();
        List<FieldValue> later = new ArrayList<>();
        found.others().values().forEach(v -> {
            boolean earlier =
                    p.answers().containsKey(v.field()) || p.skipped().contains(v.field()) || p.stage() == Stage.REVIEW;
            if (!contrasted.containsKey(v.field())) { // "Unit 1209, not 1208": the part, not a new address
                (earlier ? corrections : later).add(v);
            }
        });
        corrections.addAll(contrasted.values());
        if (corrections.isEmpty()) {
            Act inWords = choiceInWords(def, p, text, lower, found, cued);
            if (inWords != null) {
                return inWords;
            }
        }
        if (corrections.isEmpty()
                && cued
                && p.stage() == Stage.ASK
                && (found.asked() == null || !found.asked().result().isOk() || Corrections.meantOnly(lower))
                && !disownsAnOption(lower, asked)) {
            FieldValue previous = previousAnswer(def, p, text);
            if (previous != null) {
                corrections.add(previous);
            }
        }
        if (!corrections.isEmpty()) {
            List<FieldValue> all = new ArrayList<>(corrections);
            if (found.asked() != null
                    && found.asked().result().isOk()
                    && !cued
                    && !namesACorrectedAnswer(found.asked(), corrections, p)
                    && !(asked != null && asked.type() == FieldType.TEXT && !contrasted.isEmpty())) {
                all.add(found.asked());
            }
            all.addAll(later.stream().filter(v -> v.result().isOk()).toList());
            return new Act.Corrections(order(all, def));
        }
        Optional<Corrections.Correction> reopen = Corrections.parse(text, def.fields());
        if (reopen.isPresent()
                && reopen.get().value() == null
                && !reopen.get().field().name().equals(p.currentField())) {
            return new Act.Reopen(reopen.get().field().name());
        }
        switch (p.stage()) {
            case ASK -> {
                FieldValue value = found.asked();
                if (value == null) {
                    ValidationResult whole = FieldValidators.validate(text, asked.view(), validation);
                    return whole.isOk() ? new Act.NotUnderstood() : new Act.Refused(asked.name(), whole);
                }
                if (!value.result().isOk()) {
                    return new Act.Refused(
                            asked.name(),
                            value.result(),
                            order(later.stream().filter(v -> v.result().isOk()).toList(), def));
                }
                List<FieldValue> all = new ArrayList<>();
                all.add(value);
                all.addAll(later.stream().filter(v -> v.result().isOk()).toList());
                return new Act.Answers(order(all, def));
            }
            case CONFIRM_PREFILL -> {
                if (found.asked() != null && found.asked().result().isOk()) {
                    return new Act.Answers(List.of(found.asked()));
                }
                FieldValue typed =
                        new FieldValue(asked.name(), FieldValidators.validate(text, asked.view(), validation));
                return typed.result().isOk() ? new Act.Answers(List.of(typed)) : new Act.NotUnderstood();
            }
            case REVIEW -> {
                if (Utterances.isConfirm(text) || Verdicts.approves(lower)) {
                    return new Act.Affirm();
                }
                return Verdicts.objects(lower) || Utterances.isDecline(text) ? new Act.Deny() : new Act.NotUnderstood();
            }
            default -> {
                return new Act.NotUnderstood();
            }
        }
    }

    /**
     * The values in the text, read against the visible fields; read again when a value found opens
     * a field that was hidden ("开完税证明，…，所属期2026年9月": the period is asked for a certificate).
     * Fields still to be filled may be recognised by shape; answered ones too when the user corrects.
     */
    private ValueFinder.Reading read(
            ProcessDefinition def, ProcessProgress p, String text, FieldSpec asked, boolean cued) {
        List<FieldSpec> fields = fillable(ProcessRunner.visibleFields(def, p));
        ValueFinder.Reading found = values.read(text, fields, asked, open(p, fields, cued));
        List<FieldValue> all = new ArrayList<>(found.others().values());
        if (found.asked() != null) {
            all.add(found.asked());
        }
        List<FieldSpec> widened = fillable(ProcessRunner.visibleFieldsWith(def, p, all));
        if (sameFields(widened, fields)) {
            return found;
        }
        ValueFinder.Reading again = values.read(text, widened, asked, open(p, widened, cued));
        return withOpenedAnswer(again, text, fields, widened, asked);
    }

    /** Where a yes/no answer ends and what it goes on to say begins: "yes, one shareholder is based in Canada". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；]\\s*|\\s+[-–—]\\s+");

    /**
     * "yes, one shareholder is based in Canada", "we do, the number is 建字第…号": after a yes that
     * opens a free-text question, the rest of the sentence answers it, unnamed.
     */
    private ValueFinder.Reading withOpenedAnswer(
            ValueFinder.Reading found, String text, List<FieldSpec> before, List<FieldSpec> after, FieldSpec asked) {
        FieldValue yes = found.asked() != null && asked != null && asked.type() == FieldType.BOOLEAN
                ? found.asked()
                : found.others().values().stream() // "外资那里我选错了，我们有个股东是新加坡的": a yes given as a correction
                        .filter(v -> before.stream()
                                .anyMatch(f -> f.name().equals(v.field()) && f.type() == FieldType.BOOLEAN))
                        .findFirst()
                        .orElse(null);
        if (yes == null || !yes.result().isOk()) {
            return found;
        }
        FieldSpec yesField = before.stream()
                .filter(f -> f.name().equals(yes.field()))
                .findFirst()
                .orElseThrow();
        List<FieldSpec> opened = after.stream()
                .filter(f -> !before.contains(f)
                        && f.type() == FieldType.TEXT
                        && !found.others().containsKey(f.name()))
                .toList();
        if (opened.size() != 1) {
            return found;
        }
        // The first clause gave the yes; the first later one that answers, neither a correction's cue nor the yes
        // again, gives the opened field ("有的，证号是…", "等一下，外资那里我选错了，我们有个股东是新加坡的").
        String[] clauses = CLAUSE_BREAK.split(text);
        FieldValue answer = null;
        for (int i = 1; i < clauses.length && answer == null; i++) {
            String said = clauses[i];
            String lower = Inputs.foldWidth(said).toLowerCase(Locale.ROOT);
            if (said.isBlank()
                    || Corrections.cued(lower)
                    || ValueFinder.withoutFraming(said).equals(said.strip())
                            && YesNo.read(lower, yesField, true) != null) {
                continue; // "yes, we already hold the planning permit": still the yes, not the next answer
            }
            ValueFinder.Reading rest = values.read(said, after, opened.get(0), java.util.Set.of());
            if (rest.asked() != null && rest.asked().result().isOk() && likeItsExample(rest.asked(), opened.get(0))) {
                answer = rest.asked();
            }
        }
        if (answer == null) {
            return found;
        }
        Map<String, FieldValue> others = new java.util.LinkedHashMap<>(found.others());
        others.put(opened.get(0).name(), answer);
        return new ValueFinder.Reading(found.asked(), others, found.named());
    }

    /** A number asked for ("长消审字〔2026〕第0123号") is not a remark without a figure ("我们这是人员密集场所"). */
    private static boolean likeItsExample(FieldValue value, FieldSpec field) {
        String example =
                field.example(org.onewindow.shared.Lang.EN) == null ? "" : field.example(org.onewindow.shared.Lang.EN);
        return example.chars().noneMatch(Character::isDigit)
                || String.valueOf(value.result().value()).chars().anyMatch(Character::isDigit);
    }

    private static boolean sameFields(List<FieldSpec> a, List<FieldSpec> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<FieldSpec> fillable(List<FieldSpec> fields) {
        return fields.stream().filter(f -> f.type() != FieldType.FILE).toList();
    }

    private static java.util.Set<String> open(ProcessProgress p, List<FieldSpec> fields, boolean cued) {
        java.util.Set<String> open = new java.util.HashSet<>();
        for (FieldSpec f : fields) {
            if (cued || !p.answers().containsKey(f.name())) {
                open.add(f.name());
            }
        }
        return open;
    }

    /**
     * Earlier answers changed in part: a piece said with what it replaces ("Unit 1209, not 1208"), or
     * a date moved by a span ("往后推一个礼拜"). By field.
     */
    private Map<String, FieldValue> partCorrections(
            ProcessDefinition def, ProcessProgress p, String text, ValueFinder.Reading found) {
        List<FieldSpec> visible = ProcessRunner.visibleFields(def, p);
        Map<String, FieldValue> parts = new java.util.LinkedHashMap<>(
                Contrasts.corrections(text, visible, p.answers(), found.named(), validation));
        DateShifts.correction(text, visible, p.answers(), found.named(), validation)
                .ifPresent(moved -> parts.putIfAbsent(moved.field(), moved));
        return parts;
    }

    /**
     * An earlier choice put right in other words: the field named ("the reason is wrong - we're being
     * folded into our parent company") or its option disowned ("actually about closing down the
     * company, not taxes"), with no option named in its place. One field, or nothing.
     */
    private Act choiceInWords(
            ProcessDefinition def,
            ProcessProgress p,
            String text,
            String lower,
            ValueFinder.Reading found,
            boolean cued) {
        List<FieldSpec> visible = fillable(ProcessRunner.visibleFields(def, p));
        List<FieldNames.Name> names = values.names(visible);
        List<FieldSpec> pointed = new ArrayList<>();
        for (FieldSpec f : visible) {
            if (f.type() != FieldType.ENUM
                    || !p.answers().containsKey(f.name())
                    || f.name().equals(p.currentField()) && p.stage() == Stage.ASK
                    || found.others().containsKey(f.name())
                            && found.others().get(f.name()).result().isOk()) {
                continue;
            }
            boolean named = cued && FieldNames.named(lower, f, names);
            boolean disowned = f.choices().stream()
                    .filter(o -> o.value().equals(p.answers().get(f.name()).value()))
                    .anyMatch(o -> FieldNames.disowned(lower, o));
            if (named || disowned) {
                pointed.add(f);
            }
        }
        if (pointed.size() != 1) {
            return null;
        }
        FieldSpec f = pointed.get(0);
        String description = FieldNames.withoutNames(
                Paraphrases.withoutNegated(Corrections.withoutCue(text).toLowerCase(Locale.ROOT)), f, names);
        // A long description shares a word with many an option name: only a name said nearly whole counts here.
        String option = Paraphrases.option(description, f, 0.65);
        if (option != null && !option.equals(p.answers().get(f.name()).value())) {
            return new Act.Corrections(
                    List.of(new FieldValue(f.name(), FieldValidators.validate(option, f.view(), validation))));
        }
        return new Act.ChoiceInWords(f.name(), description.strip());
    }

    /** "hmm 6500 is too tight, bump the area up to 8,000 sq m": the figure is the area's old value, not an answer. */
    private static boolean namesACorrectedAnswer(FieldValue value, List<FieldValue> corrections, ProcessProgress p) {
        String said = canonical(value.result().value());
        return corrections.stream()
                .map(c -> p.answers().get(c.field()))
                .anyMatch(a -> a != null && a.value().equals(said));
    }

    private static String canonical(Object value) {
        return value instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    /** "not filing - we need …" at a choice step: the "not" turns down an option, it corrects no earlier answer. */
    private static boolean disownsAnOption(String lower, FieldSpec asked) {
        return asked != null
                && asked.type() == FieldType.ENUM
                && asked.choices().stream().anyMatch(o -> FieldNames.disowned(lower, o));
    }

    /** "sorry, I meant Zhang Min": a new value for the answer given just before the asked field. */
    private FieldValue previousAnswer(ProcessDefinition def, ProcessProgress p, String text) {
        List<FieldSpec> fields = fillable(ProcessRunner.visibleFields(def, p));
        int at = fields.indexOf(def.field(p.currentField()).orElse(null));
        for (int i = at - 1; i >= 0; i--) {
            FieldSpec f = fields.get(i);
            if (p.answers().containsKey(f.name())) {
                String said = Corrections.withoutCue(text);
                ValueFinder.Reading r = values.read(said, fields, f, java.util.Set.of());
                return r.asked() != null && r.asked().result().isOk() ? r.asked() : null;
            }
        }
        return null;
    }

    /** The values in the form's order, so that a value that opens a follow-up question is stored before its answer. */
    private static List<FieldValue> order(List<FieldValue> values, ProcessDefinition def) {
        List<String> names = def.fields().stream().map(FieldSpec::name).toList();
        List<FieldValue> sorted = new ArrayList<>(values);
        sorted.sort(java.util.Comparator.comparingInt(v -> names.indexOf(v.field())));
        return sorted;
    }

    private static Act cancellation(String action, String text) {
        if (ProcessRunner.CANCEL_CONFIRM.equals(action)
                || ProcessRunner.CANCEL.equals(action)
                || text != null && (Utterances.isConfirm(text) || Utterances.isCancel(text))) {
            return new Act.Affirm();
        }
        if (ProcessRunner.CANCEL_ABORT.equals(action)
                || text != null
                        && (Utterances.isDecline(text)
                                || CARRY_ON.matcher(text.trim()).matches())) {
            return new Act.Deny();
        }
        return new Act.NotUnderstood();
    }

    /** A process button, read at the stage it is pressed: one pressed at another stage is stale. */
    private static Act button(ProcessDefinition def, ProcessProgress p, String action) {
        Stage stage = p.stage();
        switch (action) {
            case ProcessRunner.CANCEL -> {
                return new Act.Command(CommandKind.CANCEL);
            }
            case ProcessRunner.HANDOFF -> {
                return new Act.Command(CommandKind.PERSON);
            }
            case ProcessRunner.BACK -> {
                return new Act.Command(CommandKind.BACK);
            }
            case ProcessRunner.EDIT -> {
                return new Act.Command(CommandKind.EDIT_MENU);
            }
            case ProcessRunner.SKIP -> {
                return stage == Stage.ASK || stage == Stage.CONFIRM_PREFILL
                        ? new Act.Command(CommandKind.SKIP)
                        : new Act.StaleButton(true);
            }
            case ProcessRunner.KEEP -> {
                return stage == Stage.CONFIRM_PREFILL ? new Act.Affirm() : new Act.StaleButton(true);
            }
            case ProcessRunner.CHANGE -> {
                return stage == Stage.CONFIRM_PREFILL ? new Act.Deny() : new Act.StaleButton(true);
            }
            case ProcessRunner.PRIVACY_ACCEPT -> {
                return stage == Stage.PRIVACY ? new Act.Affirm() : new Act.StaleButton(true);
            }
            case ProcessRunner.PRIVACY_DECLINE -> {
                return stage == Stage.PRIVACY ? new Act.Deny() : new Act.StaleButton(true);
            }
            case ProcessRunner.CONFIRM -> {
                return stage == Stage.REVIEW ? new Act.Affirm() : new Act.StaleButton(true);
            }
            default -> {
                if (action.startsWith(ProcessRunner.EDIT_PREFIX)) {
                    Optional<FieldSpec> f = def.field(action.substring(ProcessRunner.EDIT_PREFIX.length()));
                    if (f.isPresent()
                            && ProcessRunner.isVisible(def, f.get().name(), p)
                            && (!f.get().personal() || p.privacyConsent() != null)) {
                        return new Act.Reopen(f.get().name());
                    }
                }
                return new Act.StaleButton(false);
            }
        }
    }

    private static Act valueFor(FieldSpec field, ValidationResult r) {
        return r.isOk() ? new Act.Answers(List.of(new FieldValue(field.name(), r))) : new Act.Refused(field.name(), r);
    }

    private static FileRef fileRef(FileAttachment file) {
        return new FileRef(file.id(), file.name(), file.contentType(), file.size());
    }
}
