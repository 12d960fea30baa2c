package org.onewindow.process;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onewindow.form.LocalizedText;
import org.onewindow.shared.Lang;

/**
 * A declarative process, loaded from {@code knowledge-base/processes/<id>.yaml}: the one source of
 * truth for its time limit, departments, questions and documents checklist. Its departments are ids
 * of the {@link DepartmentRegistry}, which holds their names.
 */
public record ProcessDefinition(
        String id,
        LocalizedText title,
        LocalizedText description,
        List<String> triggersEn,
        List<String> triggersZh,
        List<String> departments,
        Sla sla,
        List<FieldSpec> fields,
        List<DocumentRequirement> documents,
        int schemaVersion,
        PrivacyNotice privacy,
        String sourceFile) {

    public ProcessDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(privacy, "privacy");
        triggersEn = List.copyOf(triggersEn);
        triggersZh = List.copyOf(triggersZh);
        departments = List.copyOf(departments);
        fields = List.copyOf(fields);
        documents = List.copyOf(documents);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a process needs at least one field");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1");
        }
    }

    public String title(Lang lang) {
        return title.text(lang);
    }

    public String description(Lang lang) {
        return description.text(lang);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public int indexOf(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    /** The trigger phrases of one language. */
    public List<String> triggers(Lang lang) {
        return lang == Lang.ZH ? triggersZh : triggersEn;
    }
}
