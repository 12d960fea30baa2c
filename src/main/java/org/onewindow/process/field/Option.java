package org.onewindow.process.field;

import java.util.List;
import java.util.Objects;

/** A choice of an {@code enum} or {@code boolean} field: its stored value, label and typed synonyms. */
public record Option(String value, LocalizedText label, List<String> synonyms) {

    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (value.isBlank()) {
            throw new IllegalArgumentException("option value must not be blank");
        }
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
