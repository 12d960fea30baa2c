package org.onewindow.form;

import org.onewindow.shared.Lang;

/** One of the field's options, by quick reply, value, label in either language, synonym or number. */
final class EnumValidator implements FieldValidator {

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        Option o = Choices.exact(text, field.options());
        if (o == null) {
            o = Choices.longest(text, field.options(), false);
        }
        if (o == null) {
            return ValidationResult.error(notAChoice(text, field, Lang.EN), notAChoice(text, field, Lang.ZH));
        }
        return ValidationResult.ok(o.value(), o.label());
    }

    private static String notAChoice(String text, FieldSpecView field, Lang lang) {
        return FieldTexts.text(
                lang,
                "process.field.enum.notAChoice",
                "input",
                text.trim(),
                "choices",
                Choices.list(field.options(), lang));
    }
}
