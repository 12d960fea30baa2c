package org.onewindow.shared;

import java.util.Objects;

/**
 * Where an answer comes from: a knowledge-base document, its section and effective date, and
 * whether its facts are verified against the official text ({@code false} is shown to the user).
 */
public record Citation(String title, String source, String section, String effective, boolean verified) {
    public Citation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
    }

    /** A citation of a verified document. */
    public Citation(String title, String source, String section, String effective) {
        this(title, source, section, effective, true);
    }
}
