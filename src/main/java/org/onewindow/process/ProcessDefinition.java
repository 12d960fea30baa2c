package org.onewindow.process;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onewindow.form.LocalizedText;
import org.onewindow.shared.Lang;

/**
 * A declarative process, loaded from {@code knowledge-base/processes/<id>.yaml}: the one source of
 * truth for its time limit, departments, questions and documents checklist.
 */
public record ProcessDefinition(
        String id,
        LocalizedText title,
        LocalizedText description,
        List<String> triggersEn,
        List<String> triggersZh,
        List<Department> departmentList,
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
        departmentList = List.copyOf(departmentList);
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

    /** The ids of the departments involved. */
    public List<String> departments() {
        return departmentList.stream().map(Department::id).toList();
    }

    /** The departments' names joined for a sentence ("Market Regulation Administration, Tax Bureau"). */
    public String departmentNames(Lang lang) {
        return String.join(
                lang == Lang.ZH ? "、" : ", ",
                departmentList.stream().map(d -> d.name(lang)).toList());
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
