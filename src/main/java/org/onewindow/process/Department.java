package org.onewindow.process;

import java.util.Objects;
import org.onewindow.form.LocalizedText;
import org.onewindow.shared.Lang;

/**
 * A department of the registry ({@link DepartmentRegistry}): its id routes connectors and handoffs
 * and travels in every intake payload; its names are what people read.
 */
public record Department(String id, LocalizedText name) {

    public Department {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public String name(Lang lang) {
        return name.text(lang);
    }
}
