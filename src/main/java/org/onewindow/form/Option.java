package org.onewindow.form;

import java.util.List;
import java.util.Objects;

/**
 * A choice of an {@code enum} or {@code boolean} field: its stored value, label, typed synonyms, and
 * optionally a plain-language description of what choosing it means (null when none), by which a
 * choice described in other words is recognised.
 */
public record Option(String value, LocalizedText label, List<String> synonyms, LocalizedText description) {

    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (value.isBlank()) {
            throw new IllegalArgumentException("option value must not be blank");
        }
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    /** An option without a description. */
    public Option(String value, LocalizedText label, List<String> synonyms) {
        this(value, label, synonyms, null);
    }
}
