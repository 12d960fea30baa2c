package org.onewindow.form;

import java.util.Locale;
import java.util.Optional;

/**
 * The answer types a field (of a process, or a fact the eligibility dialogue asks) can have;
 * {@link #code()} is the name used in YAML and in the API.
 */
public enum FieldType {
    TEXT("text"),
    NUMBER("number"),
    MONEY("money"),
    DATE("date"),
    ENUM("enum"),
    BOOLEAN("boolean"),
    USCC("uscc"),
    ID_CARD("id-card"),
    PHONE("phone"),
    EMAIL("email"),
    FILE("file");

    private final String code;

    FieldType(String code) {
        this.code = code;
    }

    /** The API/YAML code, e.g. {@code "id-card"}. */
    public String code() {
        return code;
    }

    /** The type for a code (case-insensitive), empty when it is not one of ours. */
    public static Optional<FieldType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (FieldType t : values()) {
            if (t.code.equals(c)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether answers are chosen from options (quick replies). */
    public boolean hasOptions() {
        return this == ENUM || this == BOOLEAN;
    }
}
