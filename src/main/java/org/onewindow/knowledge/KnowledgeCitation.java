package org.onewindow.knowledge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an answer comes from.
 *
 * @param historical true when the cited document is superseded or repealed (cited as history)
 * @param verified false when the cited document's facts are not verified against the official text
 */
public record KnowledgeCitation(
        String title,
        String source,
        String section,
        LocalDate effective,
        LocalDate superseded,
        boolean historical,
        boolean verified) {

    /** A citation of a verified document. */
    public KnowledgeCitation(
            String title,
            String source,
            String section,
            LocalDate effective,
            LocalDate superseded,
            boolean historical) {
        this(title, source, section, effective, superseded, historical, true);
    }

    public KnowledgeCitation {
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        section = section == null ? "" : section;
    }
}
