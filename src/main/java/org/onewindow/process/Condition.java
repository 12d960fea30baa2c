package org.onewindow.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a field is asked or a document is needed, in the tiny declarative language of the YAML:
 * {@code {field: x, equals: v}}, {@code {field: x, in: [a, b]}}, {@code {all: [...]}},
 * {@code {any: [...]}}, {@code {not: {...}}}. Exactly one form per node. Values compare with the
 * canonical answer strings ("true"/"false" for booleans, the option value for enums). A field that
 * has no answer (not asked, skipped) equals nothing.
 */
public record Condition(String field, List<String> in, List<Condition> all, List<Condition> any, Condition not) {

    public Condition {
        int forms = (field != null ? 1 : 0) + (all != null ? 1 : 0) + (any != null ? 1 : 0) + (not != null ? 1 : 0);
        if (forms != 1) {
            throw new IllegalArgumentException("a condition has exactly one of field, all, any, not");
        }
        if (field != null && (in == null || in.isEmpty())) {
            throw new IllegalArgumentException("a field condition needs equals or in");
        }
        in = in == null ? null : List.copyOf(in);
        all = all == null ? null : List.copyOf(all);
        any = any == null ? null : List.copyOf(any);
    }

    public static Condition equalTo(String field, String value) {
        return new Condition(Objects.requireNonNull(field), List.of(value), null, null, null);
    }

    public static Condition in(String field, List<String> values) {
        return new Condition(Objects.requireNonNull(field), values, null, null, null);
    }

    /** Whether the condition holds for these canonical answers (field name → value). */
    public boolean test(Map<String, String> answers) {
        if (field != null) {
            String v = answers.get(field);
            return v != null && in.contains(v);
        }
        if (all != null) {
            return all.stream().allMatch(c -> c.test(answers));
        }
        if (any != null) {
            return any.stream().anyMatch(c -> c.test(answers));
        }
        return !not.test(answers);
    }

    /** Every field the condition reads. */
    public List<String> fields() {
        List<String> out = new ArrayList<>();
        collect(out);
        return List.copyOf(out);
    }

    private void collect(List<String> out) {
        if (field != null) {
            out.add(field);
        } else if (all != null) {
            all.forEach(c -> c.collect(out));
        } else if (any != null) {
            any.forEach(c -> c.collect(out));
        } else {
            not.collect(out);
        }
    }
}
