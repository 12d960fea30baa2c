package org.onewindow.knowledge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
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

    static final double OTHER_LANG_SCORE = 0.4;
    static final double OTHER_LANG_CONFIDENCE = 0.85;
    private static final int SNIPPET_CHARS = 180;

    private volatile LangAnalyzers analyzers;

    PassageSearcher(LangAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    void setAnalyzers(LangAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * A content word of the query: what the user typed, its index-form terms with synonyms, its IDF,
     * and whether the index has never seen it.
     */
    record Slot(String surface, Set<String> terms, double idf, boolean unknown, List<Term> fuzzy) {
    }

    /**
     * Weight of a slot the index knows but the passage lacks, relative to its IDF. Below 1 because
     * colloquial questions carry words that the passage does not need ("get", "still", "right away"),
     * while a word no document has ever used ("visa", "bitcoin") says the question is out of scope.
     */
    static final double KNOWN_MISSING_WEIGHT = 0.5;

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
        List<Slot> slots = slots(qa, a.index(qLang), queryText, s);
        for (Slot slot : slots) {
            for (Term t : slot.fuzzy()) {
                text.add(new BoostQuery(new TermQuery(t), 0.8f), BooleanClause.Occur.SHOULD);
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
        ScoreDoc[] docs = s.search(full.build(), Math.max(limit * 4, 20)).scoreDocs;
        record Candidate(int doc, float score, Document d, Lang lang, boolean[] covers) {
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, boolean[]> bySource = new HashMap<>();
        var stored = s.storedFields();
        var vectors = s.getIndexReader().termVectors();
        for (ScoreDoc sd : docs) {
            Document d = stored.document(sd.doc);
            Lang docLang = Lang.parseOrNull(d.get(IndexFields.LANG));
            if (docLang == null) {
                continue;
            }
            boolean[] covers = covers(slots, vectors.get(sd.doc, IndexFields.body(docLang)), d.get(IndexFields.body(docLang)));
            candidates.add(new Candidate(sd.doc, sd.score, d, docLang, covers));
            boolean[] union = bySource.computeIfAbsent(d.get(IndexFields.SOURCE), k -> new boolean[slots.size()]);
            for (int i = 0; i < covers.length; i++) {
                union[i] |= covers[i];
            }
        }
        record Scored(int doc, double score, double confidence, Document d, Lang lang) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean same = c.lang() == lang;
            // A question is covered by a document when its passages among the candidates together hold
            // the question's words (the fee is in one FAQ entry, the word "policy" in the next).
            double coverage = coverage(slots, bySource.get(c.d().get(IndexFields.SOURCE)));
            scored.add(new Scored(c.doc(), c.score() * (same ? 1.0 : OTHER_LANG_SCORE),
                    coverage * (same ? 1.0 : OTHER_LANG_CONFIDENCE), c.d(), c.lang()));
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

    private record Tok(String term, int start, int end) {
    }

    private static List<Tok> tokens(Analyzer analyzer, String text) throws IOException {
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
        return toks;
    }

    /**
     * Groups the query's tokens by the words they came from (synonyms share the offsets of their
     * input). A slot weighs the IDF of the words the user typed (analysed without synonyms), so a
     * common synonym does not make a specific word cheap, and a word the index has never seen weighs
     * most.
     */
    static List<Slot> slots(Analyzer queryAnalyzer, Analyzer plainAnalyzer, String text, IndexSearcher searcher)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<int[]> spans = new ArrayList<>();
        List<Set<String>> groups = new ArrayList<>();
        for (Tok t : tokens(queryAnalyzer, text)) {
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
        List<Tok> typed = tokens(plainAnalyzer, text);
        int n = Math.max(1, reader.numDocs());
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int[] sp = spans.get(i);
            double idf = 0;
            for (Tok t : typed) {
                if (t.start() < sp[1] && t.end() > sp[0]) {
                    idf = Math.max(idf, idf(reader, t.term(), n));
                }
            }
            if (idf == 0) {
                for (String t : groups.get(i)) {
                    idf = Math.max(idf, idf(reader, t, n));
                }
            }
            int df = 0;
            for (String t : groups.get(i)) {
                df = Math.max(df, docFreq(reader, t));
            }
            String surface = text.substring(sp[0], sp[1]);
            List<Term> fuzzy = List.of();
            Set<String> terms = groups.get(i);
            if (df == 0 && terms.size() == 1) {
                // A word no passage uses may be a typo ("compnay"): its close neighbours in the index
                // stand in for it.
                fuzzy = fuzzy(searcher, terms.iterator().next());
                if (!fuzzy.isEmpty()) {
                    terms = new LinkedHashSet<>(terms);
                    double best = 0;
                    for (Term t : fuzzy) {
                        terms.add(t.text());
                        best = Math.max(best, idf(reader, t.text(), n));
                    }
                    idf = best;
                }
            }
            slots.add(new Slot(surface, terms, idf, df == 0 && fuzzy.isEmpty(), fuzzy));
        }
        return slots;
    }

    /** Index terms within one edit (two for long words) of a Latin term of six letters or more. */
    private static List<Term> fuzzy(IndexSearcher searcher, String term) throws IOException {
        if (term.length() < 6 || !term.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        int edits = term.length() >= 8 ? 2 : 1;
        Set<Term> found = new LinkedHashSet<>();
        for (Lang l : Lang.values()) {
            Query rewritten = searcher.rewrite(new FuzzyQuery(new Term(IndexFields.body(l), term), edits, 1, 3, true));
            rewritten.visit(QueryVisitor.termCollector(found));
        }
        return List.copyOf(found);
    }

    private static double idf(IndexReader reader, String term, int n) throws IOException {
        int df = docFreq(reader, term);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static int docFreq(IndexReader reader, String term) throws IOException {
        int df = 0;
        for (Lang l : Lang.values()) {
            df = Math.max(df, reader.docFreq(new Term(IndexFields.body(l), term)));
        }
        return df;
    }

    /**
     * Which slots a passage covers: by a term (or synonym) in its term vector, or, for Chinese words, by
     * the typed characters appearing in its text (word segmentation of a short query and of a long text
     * do not always agree).
     */
    static boolean[] covers(List<Slot> slots, Terms vector, String body) throws IOException {
        boolean[] out = new boolean[slots.size()];
        TermsEnum te = vector == null ? null : vector.iterator();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (te != null) {
                for (String t : s.terms()) {
                    if (te.seekExact(new BytesRef(t))) {
                        out[i] = true;
                        break;
                    }
                }
            }
            if (!out[i] && body != null && s.surface().length() > 1 && Lang.detect(s.surface(), Lang.EN) == Lang.ZH) {
                out[i] = body.contains(s.surface());
            }
        }
        return out;
    }

    /** The IDF-weighted share of the slots covered; see {@link #KNOWN_MISSING_WEIGHT}. */
    static double coverage(List<Slot> slots, boolean[] covered) {
        double total = 0;
        double hit = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (covered[i]) {
                hit += s.idf();
                total += s.idf();
            } else {
                total += s.unknown() ? s.idf() : s.idf() * KNOWN_MISSING_WEIGHT;
            }
        }
        return total == 0 ? 0 : hit / total;
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
