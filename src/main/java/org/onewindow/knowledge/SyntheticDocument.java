package org.onewindow.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.onewindow.shared.Lang;

/**
 * A document the caller generates (e.g. from a process definition) and puts into the index with
 * {@link KnowledgeBase#replaceSyntheticDocuments(List)}.
 *
 * @param source repo-relative path shown in citations, e.g. {@code knowledge-base/processes/deregistration.yaml}
 * @param effective nullable
 * @param superseded the first day it no longer applies (an expired incentive), or null
 */
public record SyntheticDocument(
        String source,
        String title,
        Lang lang,
        String department,
        LocalDate effective,
        List<Section> sections,
        LocalDate superseded) {

    /** A document in force. */
    public SyntheticDocument(
            String source, String title, Lang lang, String department, LocalDate effective, List<Section> sections) {
        this(source, title, lang, department, effective, sections, null);
    }

    /** A heading and its text. */
    public record Section(String heading, String text) {
        public Section {
            heading = heading == null ? "" : heading;
            Objects.requireNonNull(text, "text");
        }
    }

    public SyntheticDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lang, "lang");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        title = title == null ? "" : title;
        department = department == null ? "" : department;
        sections = List.copyOf(sections);
    }
}
