package org.onewindow.process;

import java.util.List;
import java.util.Objects;
import org.onewindow.form.FieldRules;
import org.onewindow.form.FieldSpecView;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.LocalizedText;
import org.onewindow.form.Option;
import org.onewindow.shared.Lang;

/**
 * One question of a process. {@code why} and {@code example} are shown with the question;
 * {@code condition} (nullable) says when it is asked; {@code prefill} (nullable) names a known fact
 * ({@code enterprise.name}) that is confirmed instead of asked; {@code personal} fields come after
 * the privacy notice; {@code aliases} are extra names users may use to correct the answer.
 */
public record FieldSpec(
        String name,
        FieldType type,
        LocalizedText label,
        LocalizedText prompt,
        LocalizedText why,
        LocalizedText example,
        boolean required,
        List<Option> options,
        boolean personal,
        Condition condition,
        FieldRules constraints,
        String prefill,
        List<String> aliases) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(why, "why");
        options = options == null ? List.of() : List.copyOf(options);
        constraints = constraints == null ? FieldRules.NONE : constraints;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (type == FieldType.ENUM && options.size() < 2) {
            throw new IllegalArgumentException("an enum field needs at least two options");
        }
    }

    public String label(Lang lang) {
        return label.text(lang);
    }

    public String prompt(Lang lang) {
        return prompt.text(lang);
    }

    public String why(Lang lang) {
        return why.text(lang);
    }

    /** The example answer, or null when the options speak for themselves. */
    public String example(Lang lang) {
        return example == null ? null : example.text(lang);
    }

    /** What validators need to know about this field. */
    public FieldSpecView view() {
        return new FieldSpecView(type, label, options, constraints);
    }

    /** The options to offer as quick replies (Yes/No for a boolean without declared options). */
    public List<Option> choices() {
        return FieldValidators.choices(view());
    }
}
