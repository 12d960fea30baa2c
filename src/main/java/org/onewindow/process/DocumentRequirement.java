package org.onewindow.process;

import java.util.Objects;
import org.onewindow.form.LocalizedText;
import org.onewindow.shared.Lang;

/** One entry of a process's documents checklist; {@code when} (nullable) limits it to some applicants. */
public record DocumentRequirement(String id, LocalizedText label, boolean required, Condition when) {

    public DocumentRequirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    public String label(Lang lang) {
        return label.text(lang);
    }
}
