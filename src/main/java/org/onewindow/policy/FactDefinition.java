package org.onewindow.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onewindow.form.FieldRules;
import org.onewindow.form.FieldSpecView;
import org.onewindow.form.LocalizedText;
import org.onewindow.form.Option;

/**
 * A fact of the enterprise profile that criteria may test, from {@code knowledge-base/incentives/facts.yaml}:
 * its key, type, label, the question that asks for it, its options (enum) and bounds (number,
 * money), an optional unit shown after numbers ("%"), and the phrases by which a question states a
 * value in passing ({@code stated}: "个体户" is {@code entity_type = individual-business}, "general
 * taxpayer" is {@code vat_small_scale = false}; for a number or money fact, the words its amount is said
 * with, under {@value #STATED_AMOUNT}: "一个月卖了12万").
 */
public record FactDefinition(
        String key,
        FactType type,
        LocalizedText label,
        LocalizedText question,
        List<Option> options,
        BigDecimal min,
        BigDecimal max,
        boolean integer,
        String unit,
        Map<String, List<String>> stated) {

    public FactDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(question, "question");
        options = options == null ? List.of() : List.copyOf(options);
        unit = unit == null ? "" : unit;
        stated = stated == null ? Map.of() : Map.copyOf(stated);
        if (type == FactType.ENUM && options.isEmpty()) {
            throw new IllegalArgumentException("enum fact '" + key + "' needs options");
        }
        for (String value : stated.keySet()) {
            boolean known = switch (type) {
                case BOOLEAN -> value.equals("true") || value.equals("false");
                case ENUM -> options.stream().anyMatch(o -> o.value().equals(value));
                case NUMBER, MONEY -> value.equals(STATED_AMOUNT);
                default -> false;
            };
            if (stated.get(value).isEmpty() || stated.get(value).stream().anyMatch(p -> p == null || p.isBlank())) {
                throw new IllegalArgumentException("the stated phrases for '" + value + "' must be a list of words");
            }
            if (!known) {
                throw new IllegalArgumentException("stated phrases for '" + value
                        + "', which is not a value of this fact (boolean and enum facts list values; number and"
                        + " money facts list '" + STATED_AMOUNT + "': the words an amount is said with)");
            }
        }
    }

    /** The key of a number or money fact's {@code stated} phrases: the words an amount is said with. */
    public static final String STATED_AMOUNT = "amount";

    /** A fact no question states in passing. */
    public FactDefinition(
            String key,
            FactType type,
            LocalizedText label,
            LocalizedText question,
            List<Option> options,
            BigDecimal min,
            BigDecimal max,
            boolean integer,
            String unit) {
        this(key, type, label, question, options, min, max, integer, unit, Map.of());
    }

    /** The view the field validators of {@code form} need to validate an answer to this fact's question. */
    public FieldSpecView fieldView() {
        FieldRules rules =
                new FieldRules(null, null, null, null, min, max, integer, false, false, false, null, null, null);
        return new FieldSpecView(type.fieldType(), label, options, rules);
    }

    public boolean hasOption(String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    public Option option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst().orElse(null);
    }
}
