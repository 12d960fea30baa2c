package org.onewindow.knowledge.index;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Formatter;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;

/** Snippets with the matched words in {@code <em>} and everything else HTML-escaped. */
final class Snippets {

    static final int SNIPPET_CHARS = 180;

    private Snippets() {}

    record Highlight(String snippet, Set<String> terms) {}

    static Highlight highlight(Analyzer analyzer, Query query, String field, String text) throws IOException {
        SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
        Set<String> terms = new LinkedHashSet<>();
        if (query != null) {
            Formatter formatter = (original, group) -> {
                if (group.getTotalScore() <= 0) {
                    return original;
                }
                terms.add(plain(original).toLowerCase(java.util.Locale.ROOT));
                return "<em>" + original + "</em>";
            };
            Highlighter h = new Highlighter(formatter, encoder, new QueryScorer(query, field));
            h.setTextFragmenter(new SimpleFragmenter(SNIPPET_CHARS));
            h.setMaxDocCharsToAnalyze(Math.max(text.length(), 1));
            try (TokenStream ts = analyzer.tokenStream(field, text)) {
                String best = h.getBestFragment(ts, text);
                if (best != null) {
                    return new Highlight(best.strip().replace('\n', ' '), terms);
                }
            } catch (InvalidTokenOffsetsException e) {
                // fall through to the plain snippet
            }
        }
        String head = text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) + "…" : text;
        return new Highlight(encoder.encodeText(head).replace('\n', ' '), terms);
    }

    private static String plain(String encoded) {
        return encoded.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }
}
