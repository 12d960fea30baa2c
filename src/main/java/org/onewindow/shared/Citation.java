package org.onewindow.shared;

import java.util.Objects;

/** Where an answer comes from: a knowledge-base document, its section and effective date. */
public record Citation(String title, String source, String section, String effective) {
    public Citation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
    }
}
