package org.onewindow.form;

import java.util.List;
import java.util.Objects;

/** The part of a field's definition that validators need: its type, label, options and rules. */
public record FieldSpecView(FieldType type, LocalizedText label, List<Option> options, FieldRules rules) {

    public FieldSpecView {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        options = options == null ? List.of() : List.copyOf(options);
        rules = rules == null ? FieldRules.NONE : rules;
    }

    public static FieldSpecView of(FieldType type, String labelEn, String labelZh) {
        return new FieldSpecView(type, new LocalizedText(labelEn, labelZh), List.of(), FieldRules.NONE);
    }

    public FieldSpecView withRules(FieldRules newRules) {
        return new FieldSpecView(type, label, options, newRules);
    }

    public FieldSpecView withOptions(List<Option> newOptions) {
        return new FieldSpecView(type, label, newOptions, rules);
    }
}
