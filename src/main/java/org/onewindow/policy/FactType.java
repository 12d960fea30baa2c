package org.onewindow.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.onewindow.form.FieldType;

/**
 * The type of a profile fact. A fact's value is kept as canonical text (a plain decimal for
 * numbers and yuan amounts, {@code true}/{@code false}, an option value, an ISO date) and typed
 * by {@link #parse} when it is evaluated.
 */
public enum FactType {
    NUMBER("number", FieldType.NUMBER),
    MONEY("money", FieldType.MONEY),
    BOOLEAN("boolean", FieldType.BOOLEAN),
    ENUM("enum", FieldType.ENUM),
    DATE("date", FieldType.DATE);

    private final String code;
    private final FieldType fieldType;

    FactType(String code, FieldType fieldType) {
        this.code = code;
        this.fieldType = fieldType;
    }

    public String code() {
        return code;
    }

    /** The process field type whose validator reads answers of this type. */
    public FieldType fieldType() {
        return fieldType;
    }

    public static Optional<FactType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (FactType t : values()) {
            if (t.code.equals(c)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The typed value of canonical text: {@link BigDecimal}, {@link Boolean}, {@link String} or
     * {@link LocalDate}; throws {@link IllegalArgumentException} naming what was expected.
     */
    public Object parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + code + " value must not be empty");
        }
        String s = text.trim();
        return switch (this) {
            case NUMBER, MONEY -> {
                try {
                    yield new BigDecimal(s);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + s + "' is not a number");
                }
            }
            case BOOLEAN -> {
                if (!s.equals("true") && !s.equals("false")) {
                    throw new IllegalArgumentException("'" + s + "' is not true or false");
                }
                yield Boolean.valueOf(s);
            }
            case ENUM -> s;
            case DATE -> {
                try {
                    yield LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + s + "' is not an ISO date (yyyy-mm-dd)");
                }
            }
        };
    }

    /** The canonical text of a typed value (as returned by a field validator). */
    public String canonical(Object value) {
        return switch (this) {
            case NUMBER, MONEY -> {
                BigDecimal d = ((BigDecimal) value).stripTrailingZeros();
                yield (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
            }
            case BOOLEAN -> value.toString();
            case ENUM -> (String) value;
            case DATE -> ((LocalDate) value).toString();
        };
    }
}
