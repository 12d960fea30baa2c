package org.onewindow.process;

import java.util.Objects;
import org.onewindow.form.LocalizedText;
import org.onewindow.shared.Lang;

/** A department that receives a process's intake (its id routes connectors and handoffs). */
public record Department(String id, LocalizedText name) {

    public Department {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public String name(Lang lang) {
        return name.text(lang);
    }
}
