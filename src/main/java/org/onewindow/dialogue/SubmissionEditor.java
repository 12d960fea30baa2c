package org.onewindow.dialogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
import org.onewindow.process.FieldSpec;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.Reply;
import org.onewindow.shared.SubmissionSummary;
import org.onewindow.shared.WordLists;
import org.onewindow.understanding.Act;
import org.onewindow.understanding.QuickActions;
import org.onewindow.understanding.SubmissionChangeKind;

/**
 * Changes to submissions before a decision (the seed's fault-tolerant, error-correcting service):
 * the corrections an approval system asked for (补正), amendments the enterprise asks for ("change
 * the contact phone in my application"), and withdrawal. Each changed field is asked and checked
 * like a process field; the result is the submission's next version.
 */
final class SubmissionEditor {
    /** Yes and leaving, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/submission-editor.txt");

    static final String CORRECT_PREFIX = QuickActions.CORRECT_PREFIX;
    static final String WITHDRAW_CONFIRM = "submission:withdraw-confirm";
    static final String EDIT_CANCEL = "submission:edit-cancel";

    private static final Pattern YES = WORDS.pattern("yes");
    private static final Pattern CANCEL = WORDS.pattern("cancel");

    private final Supplier<ProcessCatalog> catalog;
    private final ValidationContext validation;

    SubmissionEditor(Supplier<ProcessCatalog> catalog, Clock clock) {
        this.catalog = catalog;
        this.validation = ValidationContext.of(clock);
    }

    /** "withdraw my application" / "change the phone in my application", or the "Correct now" button. */
    Optional<Decision> start(
            DialogueState state, Act.ChangeSubmission change, String text, Lang lang, String userText) {
        if (change.kind() == SubmissionChangeKind.CORRECT) {
            String id = change.submissionId();
            return open(state, id).flatMap(s -> {
                List<String> fields = state.requestedCorrections().getOrDefault(id, List.of());
                List<String> targets = s.targets().stream()
                        .filter(t -> "needs_correction".equals(t.status()))
                        .map(SubmissionSummary.Target::connector)
                        .toList();
                return ask(
                        state,
                        new SubmissionEdit(
                                s.id(), s.receipt(), s.process(), SubmissionEdit.CORRECTION, fields, 0, null, targets),
                        lang,
                        userText,
                        null);
            });
        }
        Optional<SubmissionSummary> latest = latestOpen(state);
        if (change.kind() == SubmissionChangeKind.WITHDRAW) {
            return latest.map(s -> new Decision(
                    userText,
                    List.of(Reply.bot(
                            Texts.format(lang, Texts.WITHDRAW_CONFIRM_Q, "receipt", s.receipt()),
                            List.of(
                                    new QuickReply(Texts.get(lang, Texts.YES_WITHDRAW), WITHDRAW_CONFIRM),
                                    new QuickReply(Texts.get(lang, Texts.NO_KEEP), EDIT_CANCEL)))),
                    state.editing(new SubmissionEdit(
                            s.id(),
                            s.receipt(),
                            s.process(),
                            SubmissionEdit.WITHDRAWAL,
                            List.of(),
                            0,
                            null,
                            List.of()))));
        }
        return latest.flatMap(s -> definition(s.process()).flatMap(def -> {
            List<String> fields = mentionedFields(def, text);
            if (fields.isEmpty()) {
                List<QuickReply> choices = def.fields().stream()
                        .filter(f -> f.type() != FieldType.FILE)
                        .limit(12)
                        .map(f -> new QuickReply(f.label(lang), "answer:" + f.name()))
                        .toList();
                return Optional.of(new Decision(
                        userText,
                        List.of(Reply.bot(Texts.format(lang, Texts.WHICH_FIELD, "receipt", s.receipt()), choices)),
                        state.editing(new SubmissionEdit(
                                s.id(),
                                s.receipt(),
                                s.process(),
                                SubmissionEdit.AMENDMENT,
                                List.of(),
                                0,
                                null,
                                List.of()))));
            }
            return ask(
                    state,
                    new SubmissionEdit(
                            s.id(), s.receipt(), s.process(), SubmissionEdit.AMENDMENT, fields, 0, null, List.of()),
                    lang,
                    userText,
                    null);
        }));
    }

    /** The next answer of an edit under way. */
    Decision handle(DialogueState state, String text, String action, Lang lang, String userText) {
        SubmissionEdit edit = state.edit();
        if (EDIT_CANCEL.equals(action) || text != null && CANCEL.matcher(text).matches()) {
            return new Decision(
                    userText, List.of(Reply.bot(Texts.get(lang, Texts.EDIT_CANCELLED))), state.editing(null));
        }
        if (SubmissionEdit.WITHDRAWAL.equals(edit.kind())) {
            if (WITHDRAW_CONFIRM.equals(action)
                    || text != null && YES.matcher(text).matches()) {
                return new Decision(
                        userText,
                        List.of(),
                        state.editing(null),
                        null,
                        null,
                        null,
                        java.util.Map.of(),
                        new SubmissionChange(edit.submissionId(), true, null, null),
                        null);
            }
            return new Decision(
                    userText, List.of(Reply.bot(Texts.get(lang, Texts.EDIT_CANCELLED))), state.editing(null));
        }
        Optional<ProcessDefinition> def = definition(edit.processId());
        if (def.isEmpty()) {
            return new Decision(
                    userText, List.of(Reply.bot(Texts.get(lang, Texts.EDIT_CANCELLED))), state.editing(null));
        }
        if (edit.fields().isEmpty()) {
            // Choosing which field to amend.
            String chosen =
                    action != null && action.startsWith("answer:") ? action.substring("answer:".length()) : null;
            List<String> fields =
                    chosen != null ? List.of(chosen) : text == null ? List.of() : mentionedFields(def.get(), text);
            if (fields.isEmpty() || def.get().field(fields.get(0)).isEmpty()) {
                return new Decision(
                        userText,
                        List.of(Reply.bot(Texts.format(lang, Texts.WHICH_FIELD, "receipt", edit.receipt()))),
                        state);
            }
            return ask(
                            state,
                            new SubmissionEdit(
                                    edit.submissionId(),
                                    edit.receipt(),
                                    edit.processId(),
                                    edit.kind(),
                                    fields,
                                    0,
                                    null,
                                    edit.targets()),
                            lang,
                            userText,
                            null)
                    .orElseThrow();
        }
        FieldSpec field = def.get().field(edit.currentField()).orElseThrow();
        String input = text != null ? text : action != null && action.startsWith("answer:") ? action.substring(7) : "";
        ValidationResult result = FieldValidators.validate(input, field.view(), validation);
        if (!result.isOk()) {
            return ask(state, edit, lang, userText, result.reason(lang)).orElseThrow();
        }
        SubmissionEdit next = edit.answered(field.name(), payloadValue(field.type(), result.value()));
        if (next.currentField() != null) {
            return ask(state, next, lang, userText, null).orElseThrow();
        }
        return new Decision(
                userText,
                List.of(),
                state.editing(null),
                null,
                null,
                null,
                java.util.Map.of(),
                new SubmissionChange(next.submissionId(), false, next.values(), next.targets()),
                null);
    }

    private Optional<Decision> ask(
            DialogueState state, SubmissionEdit edit, Lang lang, String userText, String problem) {
        Optional<ProcessDefinition> def = definition(edit.processId());
        if (def.isEmpty()
                || edit.currentField() == null
                || def.get().field(edit.currentField()).isEmpty()) {
            return Optional.empty();
        }
        FieldSpec field = def.get().field(edit.currentField()).get();
        List<Reply> replies = new ArrayList<>();
        if (problem != null) {
            replies.add(Reply.bot(problem));
        }
        List<QuickReply> options = new ArrayList<>(FieldValidators.choices(field.view()).stream()
                .map(o -> new QuickReply(
                        lang == Lang.ZH ? o.label().zh() : o.label().en(), "answer:" + o.value()))
                .toList());
        options.add(new QuickReply(Texts.get(lang, Texts.CANCEL), EDIT_CANCEL));
        String example = field.example(lang) == null
                ? ""
                : Texts.format(lang, "dialogue.editExample", "example", field.example(lang));
        replies.add(Reply.bot(
                Texts.format(lang, Texts.EDIT_ASK, "receipt", edit.receipt(), "field", field.label(lang)) + example,
                options));
        return Optional.of(new Decision(userText, replies, state.editing(edit)));
    }

    private static Object payloadValue(FieldType type, Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof BigDecimal decimal && type == FieldType.MONEY) {
            return decimal.toPlainString();
        }
        return value;
    }

    /** The field(s) the text names, the most specific name winning ("contact phone" over "contact"). */
    private List<String> mentionedFields(ProcessDefinition def, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        int longest = 0;
        for (FieldSpec f : def.fields()) {
            if (f.type() == FieldType.FILE) {
                continue;
            }
            List<String> names = new ArrayList<>(f.aliases());
            names.add(f.label(Lang.EN));
            names.add(f.label(Lang.ZH));
            int match = names.stream()
                    .filter(n -> !n.isBlank() && lower.contains(n.toLowerCase(Locale.ROOT)))
                    .mapToInt(String::length)
                    .max()
                    .orElse(0);
            if (match > longest) {
                found.clear();
                longest = match;
            }
            if (match > 0 && match == longest) {
                found.add(f.name());
            }
        }
        return found;
    }

    private Optional<SubmissionSummary> open(DialogueState state, String id) {
        return state.submissions().stream()
                .filter(s -> s.id().equals(id) && undecided(s))
                .findFirst();
    }

    private static Optional<SubmissionSummary> latestOpen(DialogueState state) {
        List<SubmissionSummary> open =
                state.submissions().stream().filter(SubmissionEditor::undecided).toList();
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
    }

    static boolean undecided(SubmissionSummary s) {
        return !List.of("approved", "rejected", "withdrawn").contains(s.status());
    }

    private Optional<ProcessDefinition> definition(String processId) {
        return catalog.get().byId(processId);
    }
}
