package org.onewindow.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.onewindow.shared.Lang;

/**
 * One search result.
 *
 * @param snippet a fragment of the text, HTML-escaped, matched terms wrapped in {@code <em>…</em>}
 * @param score the raw relevance score (comparable within one query only)
 * @param confidence a query-independent figure in [0, 1]: the IDF-weighted share of the query's
 *     content terms found in this passage, damped by language mismatch; what thresholds compare
 * @param matchedTerms the words of {@code text} that matched the query, lower-cased (for picking
 *     sentences)
 * @param text the full passage text
 * @param verified false when the document's front matter says its facts are not verified
 */
public record SearchHit(
        String passageId,
        String title,
        String source,
        String section,
        String snippet,
        double score,
        double confidence,
        Lang lang,
        String department,
        LocalDate effective,
        LocalDate superseded,
        String contentHash,
        Passage.Kind kind,
        List<String> matchedTerms,
        String text,
        boolean verified) {

    /** A hit of a document whose facts are verified (the usual case). */
    public SearchHit(
            String passageId,
            String title,
            String source,
            String section,
            String snippet,
            double score,
            double confidence,
            Lang lang,
            String department,
            LocalDate effective,
            LocalDate superseded,
            String contentHash,
            Passage.Kind kind,
            List<String> matchedTerms,
            String text) {
        this(
                passageId,
                title,
                source,
                section,
                snippet,
                score,
                confidence,
                lang,
                department,
                effective,
                superseded,
                contentHash,
                kind,
                matchedTerms,
                text,
                true);
    }

    public SearchHit {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lang, "lang");
        matchedTerms = List.copyOf(matchedTerms);
    }

    /** Whether the passage is no longer the current rule (superseded or repealed). */
    public boolean isHistorical(LocalDate today) {
        return superseded != null && !superseded.isAfter(today);
    }

    /** The same passage, as sure to answer as {@code confidence} (a sibling section standing in for the best hit). */
    public SearchHit withConfidence(double confidence) {
        return new SearchHit(
                passageId,
                title,
                source,
                section,
                snippet,
                score,
                confidence,
                lang,
                department,
                effective,
                superseded,
                contentHash,
                kind,
                matchedTerms,
                text,
                verified);
    }
}
