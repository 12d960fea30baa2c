package org.onewindow.knowledge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.onewindow.knowledge.MeasureReference;
import org.onewindow.knowledge.Passage;
import org.onewindow.knowledge.QuestionType;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.knowledge.Topics;
import org.onewindow.knowledge.embed.Embedder;
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
    /** FAQ entries are curated answers to exactly such questions: a mild preference. */
    static final double FAQ_BOOST = 1.2;

    static final double OWN_COVERAGE_WEIGHT = 0.2;
    /** Hits scored for confidence and language preference before the best {@code limit} are kept. */
    static final int CANDIDATES = 12;

    /** Nearest passages by meaning added to the lexical candidates. */
    static final int NEAREST = 12;

    /** How many candidates the vector graph search keeps before the {@link #NEAREST} are taken. */
    private static final int NEAREST_BEAM = 100;

    /**
     * Up to this many indexed documents the nearest passages are found by comparing every vector (about
     * 1 ms per 1,000 passages on one core), beyond by the graph.
     */
    private static final int EXACT_UP_TO = 20_000;
    /** The share of meaning in the fused score (the rest is BM25 relative to the best hit). */
    static final double SEMANTIC_WEIGHT = 0.7;
    /**
     * Cosine similarity mapped to a confidence: at {@link #COSINE_FLOOR} and below a passage is
     * unrelated, at {@link #COSINE_SURE} and above it answers the question. Chosen with the weight on
     * the answer evaluation's development part (2026-12-05; docs/understanding.md, "Retrieval").
     */
    static final double COSINE_FLOOR = 0.55;
    /** The confidence of the passage of a measure a question names by its number. */
    static final double NAMED_MEASURE_CONFIDENCE = 0.6;

    static final double COSINE_SURE = 0.80;

    private volatile LangAnalyzers analyzers;
    private final Embedder embedder;

    PassageSearcher(LangAnalyzers analyzers, Embedder embedder) {
        this.analyzers = analyzers;
        this.embedder = embedder;
    }

    void setAnalyzers(LangAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The best hits for a query. With {@code highlight}, snippets have the matched words marked and
     * {@link SearchHit#matchedTerms()} is filled; without, snippets are plain and the terms empty
     * (ask {@link #matchedTerms} for the one hit that needs them).
     */
    List<SearchHit> search(
            IndexSearcher s, String queryText, Lang lang, int limit, String preferSource, boolean highlight)
            throws IOException {
        if (queryText == null || queryText.isBlank() || limit <= 0) {
            return List.of();
        }
        LangAnalyzers a = analyzers;
        Lang qLang = Lang.detect(queryText, lang);
        Analyzer qa = a.query(qLang);
        QueryBuilder qb = queryBuilder(a, queryText, lang);
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        Query[] perField = new Query[Lang.values().length];
        for (Lang l : Lang.values()) {
            Query q = fieldQuery(qb, l, queryText);
            perField[l.ordinal()] = q;
            if (q != null) {
                text.add(q, BooleanClause.Occur.SHOULD);
            }
        }
        // Confidence weighs the words of what the question is about: those asking for a kind of fact
        // ("亲自跑一趟", "what documents") are answered by choosing the section, not by a passage's words.
        String subject = QuestionType.subjectOf(queryText);
        List<QuerySlots.Slot> slots = QuerySlots.slots(qa, a.index(qLang), subject.isBlank() ? queryText : subject, s);
        for (QuerySlots.Slot slot : slots) {
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
            full.add(
                    new BoostQuery(new TermQuery(new Term(IndexFields.TOPIC, Topics.keyOf(preferSource))), 2f),
                    BooleanClause.Occur.SHOULD);
        }
        ScoreDoc[] docs = s.search(full.build(), Math.max(limit * 2, CANDIDATES)).scoreDocs;
        float[] meaning = embedder.query(qLang, QuestionType.withoutPlaceSaid(queryText));
        Map<Integer, Double> cosines = nearest(s, qLang, meaning);
        List<ScoreDoc> pool = new ArrayList<>(List.of(docs));
        Set<Integer> lexical = new java.util.HashSet<>();
        for (ScoreDoc sd : docs) {
            lexical.add(sd.doc);
        }
        for (int doc : cosines.keySet()) {
            if (!lexical.contains(doc)) {
                pool.add(new ScoreDoc(doc, 0f));
            }
        }
        // "What does measure 13 promise?": the measure of that number, whatever else is near by meaning.
        OptionalInt asked = MeasureReference.asked(queryText);
        String measure = asked.isPresent() ? Integer.toString(asked.getAsInt()) : null;
        if (measure != null) {
            Query numbered = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.MEASURE, measure)), BooleanClause.Occur.MUST)
                    .add(
                            new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)),
                            BooleanClause.Occur.FILTER)
                    .build();
            for (ScoreDoc sd : s.search(numbered, NEAREST).scoreDocs) {
                if (!lexical.contains(sd.doc) && !cosines.containsKey(sd.doc)) {
                    pool.add(new ScoreDoc(sd.doc, 0f));
                }
            }
        }
        record Candidate(int doc, double lexical, Document d, Lang lang, boolean[] covers) {}
        List<Candidate> candidates = new ArrayList<>();
        Map<String, boolean[]> bySource = new HashMap<>();
        var stored = s.storedFields();
        var vectors = s.getIndexReader().termVectors();
        for (ScoreDoc sd : pool) {
            Document d = stored.document(sd.doc);
            Lang docLang = Lang.parseOrNull(d.get(IndexFields.LANG));
            if (docLang == null) {
                continue;
            }
            boolean[] covers = QuerySlots.covers(
                    slots, vectors.get(sd.doc, IndexFields.body(docLang)), d.get(IndexFields.body(docLang)));
            candidates.add(new Candidate(
                    sd.doc,
                    lexicalRank(sd.score, d, docLang == lang, QuerySlots.coverage(slots, covers)),
                    d,
                    docLang,
                    covers));
            boolean[] union = bySource.computeIfAbsent(d.get(IndexFields.SOURCE), k -> new boolean[slots.size()]);
            for (int i = 0; i < covers.length; i++) {
                union[i] |= covers[i];
            }
        }
        record Scored(int doc, double score, double confidence, Document d, Lang lang) {}
        double bestLexical =
                candidates.stream().mapToDouble(Candidate::lexical).max().orElse(0);
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean same = c.lang() == lang;
            // A question is covered by a document when its passages among the candidates together hold
            // the question's words (the fee is in one FAQ entry, the word "policy" in the next).
            double coverage = QuerySlots.coverage(slots, bySource.get(c.d().get(IndexFields.SOURCE)));
            double lexicalShare = bestLexical > 0 ? c.lexical() / bestLexical : 0;
            Double cosine = c.lang() == qLang
                    ? (cosines.containsKey(c.doc()) ? cosines.get(c.doc()) : cosineOf(s, c.doc(), qLang, meaning))
                    : null;
            double closeness = cosine == null ? 0 : closeness(cosine);
            double rank = (1 - SEMANTIC_WEIGHT) * lexicalShare
                    + SEMANTIC_WEIGHT * closeness * (same ? 1.0 : OTHER_LANG_SCORE);
            boolean named = measure != null && measure.equals(c.d().get(IndexFields.MEASURE));
            if (named) {
                rank += same ? 1.0 : OTHER_LANG_SCORE; // above every passage not of that number
            }
            if (rank <= 0) {
                continue; // a nearest neighbour that is not near at all
            }
            // One confidence over both signals: words of the question found in the document, and meaning.
            // Either alone misleads (a shared word; a question near the topic but about something else).
            double confidence = (coverage + closeness) / 2 * (same ? 1.0 : OTHER_LANG_CONFIDENCE);
            if (named) {
                // The question named this very measure: as sure as a passage holding its words.
                confidence = Math.max(confidence, NAMED_MEASURE_CONFIDENCE * (same ? 1.0 : OTHER_LANG_CONFIDENCE));
            }
            scored.add(new Scored(c.doc(), rank, confidence, c.d(), c.lang()));
        }
        // Ties go by passage id, not by where Lucene happened to put the passages.
        scored.sort(Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparing(sc -> sc.d().get(IndexFields.ID)));
        List<SearchHit> hits = new ArrayList<>();
        for (Scored sc : scored.subList(0, Math.min(limit, scored.size()))) {
            Document d = sc.d();
            String body = d.get(IndexFields.TEXT);
            Query q = highlight ? perField[sc.lang().ordinal()] : null;
            Snippets.Highlight h = Snippets.highlight(a.index(sc.lang()), q, IndexFields.body(sc.lang()), body);
            hits.add(hitOf(d, sc.lang(), h.snippet(), sc.score(), sc.confidence(), List.copyOf(h.terms())));
        }
        return hits;
    }

    /** A stored passage as a hit. */
    static SearchHit hitOf(Document d, Lang lang, String snippet, double score, double confidence, List<String> terms) {
        return new SearchHit(
                d.get(IndexFields.ID),
                d.get(IndexFields.TITLE),
                d.get(IndexFields.SOURCE),
                d.get(IndexFields.SECTION),
                snippet,
                score,
                confidence,
                lang,
                d.get(IndexFields.DEPARTMENT),
                PassageIndex.date(d.get(IndexFields.EFFECTIVE)),
                PassageIndex.date(d.get(IndexFields.SUPERSEDED)),
                d.get(IndexFields.HASH),
                Passage.Kind.valueOf(d.get(IndexFields.KIND)),
                terms,
                d.get(IndexFields.TEXT),
                !"false".equals(d.get(IndexFields.VERIFIED)));
    }

    /** BM25 adjusted for the passage's kind, language and its own share of the question's words. */
    private static double lexicalRank(float bm25, Document d, boolean sameLang, double ownCoverage) {
        double kindBoost = Passage.Kind.FAQ.name().equals(d.get(IndexFields.KIND)) ? FAQ_BOOST : 1.0;
        // Among passages of similar BM25, the one that itself holds more of the question wins.
        return bm25
                * kindBoost
                * (sameLang ? 1.0 : OTHER_LANG_SCORE)
                * (1 - OWN_COVERAGE_WEIGHT + OWN_COVERAGE_WEIGHT * ownCoverage);
    }

    /** Cosine similarity as a share between unrelated (0) and answering (1). */
    static double closeness(double cosine) {
        return Math.max(0, Math.min(1, (cosine - COSINE_FLOOR) / (COSINE_SURE - COSINE_FLOOR)));
    }

    /** The passages nearest the question's meaning (HNSW), by document number, with their cosine. */
    private static Map<Integer, Double> nearest(IndexSearcher s, Lang lang, float[] meaning) throws IOException {
        Map<Integer, Double> out = new HashMap<>();
        Query filter = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE));
        // Up to EXACT_UP_TO passages every vector is compared (Lucene searches exactly when the beam holds
        // all candidates): the graph's approximate neighbours depend on the order passages were embedded
        // and merged in, and the same question must get the same answer. Beyond, the graph's wide beam.
        int beam = Math.max(NEAREST_BEAM, Math.min(s.getIndexReader().numDocs(), EXACT_UP_TO));
        for (ScoreDoc sd :
                s.search(new KnnFloatVectorQuery(IndexFields.vector(lang), meaning, beam, filter), NEAREST).scoreDocs) {
            // DOT_PRODUCT scores are (1 + cosine) / 2 for unit vectors.
            out.put(sd.doc, 2.0 * sd.score - 1);
        }
        return out;
    }

    /** The cosine of one passage found by words only; null while it has no vector. */
    private static Double cosineOf(IndexSearcher s, int doc, Lang lang, float[] meaning) throws IOException {
        float[] v = PassageIndex.vectorOf(s, doc, lang);
        return v == null ? null : (double) VectorSimilarityFunction.DOT_PRODUCT.compare(v, meaning) * 2 - 1;
    }

    /** The words of a query (or their synonyms) found in a text of the given language, as written there (what highlighting marks): a passage, a title. */
    List<String> termsIn(String queryText, Lang lang, Lang textLang, String text) throws IOException {
        if (queryText == null || queryText.isBlank() || text == null || text.isBlank()) {
            return List.of();
        }
        LangAnalyzers a = analyzers;
        Query q = fieldQuery(queryBuilder(a, queryText, lang), textLang, queryText);
        return List.copyOf(Snippets.highlight(a.index(textLang), q, IndexFields.body(textLang), text)
                .terms());
    }

    private static QueryBuilder queryBuilder(LangAnalyzers a, String queryText, Lang lang) {
        QueryBuilder qb = new QueryBuilder(a.query(Lang.detect(queryText, lang)));
        // "close down" as a synonym of "deregistration" must match the phrase, not any "down".
        qb.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return qb;
    }

    private static Query fieldQuery(QueryBuilder qb, Lang field, String queryText) {
        return qb.createBooleanQuery(IndexFields.body(field), queryText, BooleanClause.Occur.SHOULD);
    }
}
