package org.onewindow.knowledge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Formatter;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.onewindow.knowledge.Passage;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.shared.Lang;

/**
 * Builds queries, scores confidence and maps Lucene hits to {@link SearchHit}s.
 *
 * <p>The query text is analysed in its own language (detected, falling back to the asked language)
 * and searched in both languages' fields; passages in the asked language are preferred by a factor.
 * Confidence is the IDF-weighted share of the query's content words ("slots": a word with its
 * synonyms) found in the passage (via its term vector), so that a question about something the
 * knowledge base never mentions scores low however good its BM25 rank is.
 */
final class PassageSearcher {

    static final double OTHER_LANG_SCORE = 0.6;
    static final double OTHER_LANG_CONFIDENCE = 0.85;
    private static final int SNIPPET_CHARS = 180;

    private volatile LangAnalyzers analyzers;

    PassageSearcher(LangAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    void setAnalyzers(LangAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** A content word of the query with its synonyms (index-form terms) and weight. */
    record Slot(Set<String> terms, double idf) {
    }

    List<SearchHit> search(IndexSearcher s, String queryText, Lang lang, int limit, String preferSource) throws IOException {
        if (queryText == null || queryText.isBlank() || limit <= 0) {
            return List.of();
        }
        LangAnalyzers a = analyzers;
        Lang qLang = Lang.detect(queryText, lang);
        Analyzer qa = a.query(qLang);
        QueryBuilder qb = new QueryBuilder(qa);
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        Query[] perField = new Query[Lang.values().length];
        for (Lang l : Lang.values()) {
            Query q = qb.createBooleanQuery(IndexFields.body(l), queryText, BooleanClause.Occur.SHOULD);
            perField[l.ordinal()] = q;
            if (q != null) {
                text.add(q, BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery textQuery = text.build();
        if (textQuery.clauses().isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder full = new BooleanQuery.Builder()
                .add(textQuery, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)), BooleanClause.Occur.FILTER);
        if (preferSource != null && !preferSource.isBlank()) {
            full.add(new BoostQuery(new TermQuery(new Term(IndexFields.SOURCE, preferSource)), 2f), BooleanClause.Occur.SHOULD);
        }
        List<Slot> slots = slots(qa, queryText, s.getIndexReader());
        ScoreDoc[] docs = s.search(full.build(), Math.max(limit * 4, 20)).scoreDocs;
        record Scored(int doc, double score, double confidence, Document d, Lang lang) {
        }
        List<Scored> scored = new ArrayList<>();
        var stored = s.storedFields();
        var vectors = s.getIndexReader().termVectors();
        for (ScoreDoc sd : docs) {
            Document d = stored.document(sd.doc);
            Lang docLang = Lang.parseOrNull(d.get(IndexFields.LANG));
            if (docLang == null) {
                continue;
            }
            boolean same = docLang == lang;
            double coverage = coverage(slots, vectors.get(sd.doc, IndexFields.body(docLang)));
            scored.add(new Scored(sd.doc, sd.score * (same ? 1.0 : OTHER_LANG_SCORE),
                    coverage * (same ? 1.0 : OTHER_LANG_CONFIDENCE), d, docLang));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<SearchHit> hits = new ArrayList<>();
        for (Scored sc : scored.subList(0, Math.min(limit, scored.size()))) {
            Document d = sc.d();
            String body = d.get(IndexFields.TEXT);
            Query q = perField[sc.lang().ordinal()];
            Highlight h = highlight(a.index(sc.lang()), q, IndexFields.body(sc.lang()), body);
            hits.add(new SearchHit(d.get(IndexFields.ID), d.get(IndexFields.TITLE), d.get(IndexFields.SOURCE),
                    d.get(IndexFields.SECTION), h.snippet(), sc.score(), sc.confidence(), sc.lang(),
                    d.get(IndexFields.DEPARTMENT), PassageIndex.date(d.get(IndexFields.EFFECTIVE)),
                    PassageIndex.date(d.get(IndexFields.SUPERSEDED)), d.get(IndexFields.HASH),
                    Passage.Kind.valueOf(d.get(IndexFields.KIND)), List.copyOf(h.terms()), body));
        }
        return hits;
    }

    /** Groups the query's tokens by the words they came from (synonyms share offsets). */
    static List<Slot> slots(Analyzer analyzer, String text, IndexReader reader) throws IOException {
        record Tok(String term, int start, int end) {
        }
        List<Tok> toks = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                toks.add(new Tok(term.toString(), off.startOffset(), off.endOffset()));
            }
            ts.end();
        }
        List<int[]> spans = new ArrayList<>();
        List<Set<String>> groups = new ArrayList<>();
        for (Tok t : toks) {
            int found = -1;
            for (int i = 0; i < spans.size(); i++) {
                int[] sp = spans.get(i);
                if (t.start() < sp[1] && t.end() > sp[0]) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                spans.add(new int[] {t.start(), t.end()});
                groups.add(new LinkedHashSet<>());
                found = spans.size() - 1;
            } else {
                int[] sp = spans.get(found);
                sp[0] = Math.min(sp[0], t.start());
                sp[1] = Math.max(sp[1], t.end());
            }
            groups.get(found).add(t.term());
        }
        int n = Math.max(1, reader.numDocs());
        List<Slot> slots = new ArrayList<>();
        for (Set<String> g : groups) {
            int df = 0;
            for (String t : g) {
                for (Lang l : Lang.values()) {
                    df = Math.max(df, reader.docFreq(new Term(IndexFields.body(l), t)));
                }
            }
            // The slot weighs what its most common form weighs: a rare synonym does not make a common
            // word important, a word the index has never seen weighs most.
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            slots.add(new Slot(g, idf));
        }
        return slots;
    }

    static double coverage(List<Slot> slots, Terms vector) throws IOException {
        if (slots.isEmpty()) {
            return 0;
        }
        Set<String> present = new HashSet<>();
        if (vector != null) {
            TermsEnum te = vector.iterator();
            for (Slot s : slots) {
                for (String t : s.terms()) {
                    if (te.seekExact(new BytesRef(t))) {
                        present.add(t);
                    }
                }
            }
        }
        double total = 0;
        double covered = 0;
        for (Slot s : slots) {
            total += s.idf();
            for (String t : s.terms()) {
                if (present.contains(t)) {
                    covered += s.idf();
                    break;
                }
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    record Highlight(String snippet, Set<String> terms) {
    }

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
        return encoded.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&amp;", "&");
    }

}
