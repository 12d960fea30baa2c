package org.onewindow.form;

/**
 * Validates and normalises the answer to one field type. Implementations never throw for bad
 * input: every problem is a {@link ValidationResult#error} with a specific reason in both languages.
 */
public interface FieldValidator {

    /** Validates a typed (or quick-reply) answer. {@code text} is never null. */
    ValidationResult validate(String text, FieldSpecView field, ValidationContext context);

    /** Validates an uploaded file; only {@code file} fields accept one. */
    default ValidationResult validateFile(FileRef file, FieldSpecView field, ValidationContext context) {
        return FieldTexts.error("process.field.notAFile");
    }
}
