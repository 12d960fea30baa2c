package org.onewindow.knowledge;

import java.time.LocalDate;
import java.util.Objects;
import org.onewindow.shared.Lang;

/**
 * One indexed unit of knowledge: a section of a document, an FAQ entry or a section of a synthetic
 * document.
 *
 * @param id unique, stable id: {@code source#ordinal} or {@code source#faqId}
 * @param source repo-relative path, e.g. {@code knowledge-base/faq/deregistration.yaml}
 * @param title the document's title
 * @param section the heading path ("Fees > Exemptions"), empty at the top of a document
 * @param text what is shown (the FAQ answer, the section text)
 * @param indexedText what is searched besides title and section (for FAQ: questions and answer)
 * @param effective nullable; superseded nullable (also set for repealed documents)
 * @param verified false when the front matter says {@code verified: false}
 * @param contentHash the SHA-256 of the file (or synthetic document) the passage came from
 */
public record Passage(
        String id,
        String source,
        String title,
        String section,
        String text,
        String indexedText,
        Lang lang,
        String department,
        LocalDate effective,
        LocalDate superseded,
        boolean verified,
        String contentHash,
        Kind kind) {

    /** Where a passage came from. */
    public enum Kind {
        DOCUMENT,
        FAQ,
        SYNTHETIC
    }

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        section = section == null ? "" : section;
        text = text == null ? "" : text;
        indexedText = indexedText == null ? text : indexedText;
        department = department == null ? "" : department;
        contentHash = contentHash == null ? "" : contentHash;
    }
}
