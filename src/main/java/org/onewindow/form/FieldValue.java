package org.onewindow.form;

import java.util.Objects;

/** A value found for a field, as its type read it: ok with the typed value, or refused with a reason. */
public record FieldValue(String field, ValidationResult result) {
    public FieldValue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(result, "result");
    }
}
