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
            return ValidationResult.error("The answer is empty — please type the " + field.label().en() + ".",
                    "回答是空的，请填写" + field.label().zh() + "。");
        }
        int min = rules.minLength() == null ? 1 : rules.minLength();
        int max = rules.maxLength() == null ? DEFAULT_MAX_LENGTH : rules.maxLength();
        if (length < min) {
            return ValidationResult.error(
                    "That is " + length + " characters; the " + field.label().en() + " needs at least " + min + ".",
                    "您输入了" + length + "个字，" + field.label().zh() + "至少需要" + min + "个字。");
        }
        if (length > max) {
            return ValidationResult.error(
                    "That is " + length + " characters; the " + field.label().en() + " can have at most " + max + ".",
                    "您输入了" + length + "个字，" + field.label().zh() + "最多" + max + "个字。");
        }
        if (rules.pattern() != null && !Pattern.compile(rules.pattern()).matcher(value).matches()) {
            LocalizedText hint = rules.patternHint();
            return ValidationResult.error(
                    "That does not look like a valid " + field.label().en() + (hint == null ? "." : ": " + hint.en()),
                    field.label().zh() + "格式不正确" + (hint == null ? "。" : "：" + hint.zh()));
        }
        return ValidationResult.ok(value, value);
    }
}
