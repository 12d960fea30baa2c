package org.onewindow.understanding;

import java.util.Objects;
import org.onewindow.process.field.ValidationResult;

/** A value found for a field, as its type read it: ok with the typed value, or refused with a reason. */
public record FieldValue(String field, ValidationResult result) {
    public FieldValue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(result, "result");
    }
}
