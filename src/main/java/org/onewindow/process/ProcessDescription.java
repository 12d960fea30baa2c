package org.onewindow.process;

import java.util.List;
import org.onewindow.shared.Lang;

/**
 * A process as {@code GET /api/v1/processes} lists it, in one language:
 * {@code {id, title, description, departments, sla{minWorkingDays, maxWorkingDays}, fields[Field…]}}.
 */
public record ProcessDescription(
        String id,
        String title,
        String description,
        List<String> departments,
        SlaView sla,
        List<ProcessView.FieldView> fields) {

    /** The committed time limit in working days. */
    public record SlaView(int minWorkingDays, int maxWorkingDays) {}

    public ProcessDescription {
        departments = List.copyOf(departments);
        fields = List.copyOf(fields);
    }

    public static ProcessDescription of(ProcessDefinition def, Lang lang) {
        List<ProcessView.FieldView> fields = def.fields().stream()
                .map(f -> new ProcessView.FieldView(
                        f.name(),
                        f.type().code(),
                        f.label(lang),
                        f.required(),
                        f.type().hasOptions()
                                ? f.choices().stream()
                                        .map(o -> new ProcessView.OptionView(
                                                o.label().text(lang), o.value()))
                                        .toList()
                                : null))
                .toList();
        return new ProcessDescription(
                def.id(),
                def.title(lang),
                def.description(lang),
                def.departments(),
                new SlaView(def.sla().minWorkingDays(), def.sla().maxWorkingDays()),
                fields);
    }
}
