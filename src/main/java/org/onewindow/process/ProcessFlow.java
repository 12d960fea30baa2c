package org.onewindow.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.FileRef;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
import org.onewindow.shared.Lang;

/**
 * Where a process stands, computed from its definition and answers: which fields are visible
 * (conditions), which comes next, which documents apply, and how answers are stored and typed.
 */
final class ProcessFlow {

    private final ValidationContext context;

    ProcessFlow(ValidationContext context) {
        this.context = context;
    }

    /** The next place to be: the first visible field without an answer, behind the privacy notice or a pre-fill confirmation. */
    ProcessProgress advance(ProcessDefinition def, ProcessProgress p) {
        for (FieldSpec f : visibleFields(def, p.answers())) {
            if (p.answers().containsKey(f.name()) || p.skipped().contains(f.name())) {
                continue;
            }
            if (f.personal() && p.privacyConsent() == null) {
                return p.at(Stage.PRIVACY, f.name());
            }
            String preset = p.preset(f);
            if (preset != null
                    && FieldValidators.validate(preset, f.view(), context).isOk()) {
                return p.at(Stage.CONFIRM_PREFILL, f.name());
            }
            return p.at(Stage.ASK, f.name());
        }
        return p.at(Stage.REVIEW, null);
    }

    static List<String> summary(ProcessDefinition def, ProcessProgress p, Lang lang) {
        List<String> lines = new ArrayList<>();
        for (FieldSpec f : visibleFields(def, p.answers())) {
            Answer a = p.answers().get(f.name());
            String value = a != null ? a.display().text(lang) : RunnerText.text(lang, "process.skipped");
            lines.add(f.label(lang) + RunnerText.text(lang, "process.labelSeparator") + value);
        }
        return lines;
    }

    static List<DocumentRequirement> documents(ProcessDefinition def, ProcessProgress p) {
        Map<String, String> values = effectiveValues(def, p.answers());
        return def.documents().stream()
                .filter(d -> d.when() == null || d.when().test(values))
                .toList();
    }

    static ProcessProgress store(ProcessProgress p, FieldSpec f, ValidationResult r) {
        Map<String, Answer> answers = new HashMap<>(p.answers());
        Object v = r.value();
        answers.put(f.name(), new Answer(canonical(r), r.display(), v instanceof FileRef file ? file : null));
        List<String> skipped = new ArrayList<>(p.skipped());
        skipped.remove(f.name());
        return withoutProposal(p.withAnswers(answers, skipped), f.name());
    }

    /** The progress without the proposal for {@code field} (answered, or refused by the user). */
    static ProcessProgress withoutProposal(ProcessProgress p, String field) {
        if (!p.proposals().containsKey(field)) {
            return p;
        }
        Map<String, String> proposals = new HashMap<>(p.proposals());
        proposals.remove(field);
        return p.withProposals(proposals);
    }

    /** The value as stored: amounts as plain decimals, files by id, anything else as text. */
    static String canonical(ValidationResult r) {
        Object v = r.value();
        return v instanceof BigDecimal b ? b.toPlainString() : v instanceof FileRef file ? file.id() : v.toString();
    }

    static Object typed(FieldType type, Answer a) {
        return switch (type) {
            case NUMBER -> new BigDecimal(a.value());
            case BOOLEAN -> Boolean.valueOf(a.value());
            case FILE -> a.file();
            default -> a.value(); // money as a decimal string of yuan, dates ISO, codes and text as typed
        };
    }
    /** Visible fields in order: a field is visible when its condition holds on the answers of visible earlier fields. */
    static List<FieldSpec> visibleFields(ProcessDefinition def, Map<String, Answer> answers) {
        List<FieldSpec> visible = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (FieldSpec f : def.fields()) {
            if (f.condition() == null || f.condition().test(values)) {
                visible.add(f);
                Answer a = answers.get(f.name());
                if (a != null) {
                    values.put(f.name(), a.value());
                }
            }
        }
        return visible;
    }

    static Map<String, String> effectiveValues(ProcessDefinition def, Map<String, Answer> answers) {
        Map<String, String> values = new HashMap<>();
        for (FieldSpec f : visibleFields(def, answers)) {
            Answer a = answers.get(f.name());
            if (a != null) {
                values.put(f.name(), a.value());
            }
        }
        return values;
    }

    static boolean isVisible(ProcessDefinition def, String field, Map<String, Answer> answers) {
        return field != null
                && visibleFields(def, answers).stream().anyMatch(f -> f.name().equals(field));
    }
}
