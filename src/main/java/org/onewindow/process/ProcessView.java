package org.onewindow.process;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code State.process} of the API: {@code {id, title, step, steps, asking, field{name, type,
 * label, required, options[{label, value}]}}}. {@code asking} is what the assistant waits for
 * ({@code field}, {@code consent}, {@code prefill}, {@code confirmation} or {@code cancel});
 * {@code field} is set only while asking a field; {@code options} only for enum and boolean fields.
 */
public record ProcessView(String id, String title, int step, int steps, String asking, FieldView field) {

    /** The field being asked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldView(String name, String type, String label, boolean required, List<OptionView> options) {}

    /** A choice of an enum or boolean field. */
    public record OptionView(String label, String value) {}
}
