package org.onewindow.knowledge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an answer comes from.
 *
 * @param historical true when the cited document is superseded or repealed (cited as history)
 */
public record KnowledgeCitation(String title, String source, String section, LocalDate effective,
        LocalDate superseded, boolean historical) {
    public KnowledgeCitation {
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        section = section == null ? "" : section;
    }
}
