package org.onewindow.knowledge.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.onewindow.shared.Lang;

/**
 * The query's content words ("slots": a typed word with its synonyms, or its fuzzy stand-ins when the
 * index has never seen it) and how much of them a passage covers: the basis of confidence.
 */
final class QuerySlots {

    private QuerySlots() {}

    /**
     * A content word of the query: what the user typed, its index-form terms with synonyms, its IDF,
     * and whether the index has never seen it.
     */
    record Slot(String surface, Set<String> terms, double idf, boolean unknown, List<Term> fuzzy) {}

    /**
     * Weight of a slot the index knows but the passage lacks, relative to its IDF. Below 1 because
     * colloquial questions carry words that the passage does not need ("get", "still", "right away"),
     * while a word no document has ever used ("visa", "bitcoin") says the question is out of scope.
     */
    static final double KNOWN_MISSING_WEIGHT = 0.5;

    /**
     * Weight of a word no passage uses, relative to its IDF: above 1, since such a word ("patent",
     * "population", "billboard") names what the question is about and the knowledge base never does.
     * Spoken fillers that no passage uses either ("stuff", "现在") are stop words, not slots.
     */
    static final double UNKNOWN_WEIGHT = 1.5;

    /**
     * Fuzzy stand-ins per (index version, unknown word): building Levenshtein automata costs more than
     * the rest of a query, and people repeat their typos.
     */
    private static final Cache<List<Object>, List<Term>> FUZZY =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private record Tok(String term, int start, int end) {}

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
                String word = terms.iterator().next();
                Object version = IndexVocabulary.versionOf(reader);
                List<Term> cached = FUZZY.getIfPresent(List.of(version, word));
                if (cached == null) {
                    cached = fuzzy(searcher, word);
                    FUZZY.put(List.of(version, word), cached);
                }
                fuzzy = cached;
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
            // A single Chinese character the segmenter left alone ("欠", "债") is part of the index's
            // words ("欠税", "债权债务"): missing, but no sign of a subject the knowledge base never covers.
            boolean partOfWords = df == 0
                    && isHanChar(surface)
                    && IndexVocabulary.of(reader).hanCharacters().contains(surface.charAt(0));
            slots.add(new Slot(surface, terms, idf, df == 0 && fuzzy.isEmpty() && !partOfWords, fuzzy));
        }
        return slots;
    }

    private static boolean isHanChar(String s) {
        return s.length() == 1 && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.HAN;
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
     * Which slots a passage covers: by a term (or synonym) in its term vector, or, for Chinese words and
     * single characters, by the typed characters appearing in its text (word segmentation of a short
     * query and of a long text do not always agree: "欠" typed, "欠税" indexed).
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
            if (!out[i] && body != null && Lang.detect(s.surface(), Lang.EN) == Lang.ZH) {
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
                total += s.idf() * (s.unknown() ? UNKNOWN_WEIGHT : KNOWN_MISSING_WEIGHT);
            }
        }
        return total == 0 ? 0 : hit / total;
    }
}
