package org.onewindow.form;

import java.util.regex.Pattern;

/** Free text: trimmed, whitespace collapsed, full-width digits folded; length limits and pattern. */
final class TextValidator implements FieldValidator {

    static final int DEFAULT_MAX_LENGTH = 500;

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String value = Inputs.collapseSpaces(Inputs.foldDigits(text).strip());
        FieldRules rules = field.rules();
        int length = Inputs.length(value);
        if (length == 0) {
            return FieldTexts.error("process.field.text.empty", "label", field.label());
        }
        int min = rules.minLength() == null ? 1 : rules.minLength();
        int max = rules.maxLength() == null ? DEFAULT_MAX_LENGTH : rules.maxLength();
        if (length < min) {
            return FieldTexts.error(
                    "process.field.text.tooShort", "length", length, "label", field.label(), "min", min);
        }
        if (length > max) {
            return FieldTexts.error("process.field.text.tooLong", "length", length, "label", field.label(), "max", max);
        }
        if (rules.pattern() != null
                && !Pattern.compile(rules.pattern()).matcher(value).matches()) {
            LocalizedText hint = rules.patternHint();
            return hint == null
                    ? FieldTexts.error("process.field.text.badFormat", "label", field.label())
                    : FieldTexts.error("process.field.text.badFormatHint", "label", field.label(), "hint", hint);
        }
        return ValidationResult.ok(value, value);
    }
}
