package org.onewindow.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.MeasureReference;
import org.onewindow.knowledge.Passage;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.knowledge.Topics;
import org.onewindow.knowledge.embed.Embedder;
import org.onewindow.shared.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passage index: the only {@link IndexWriter} and a near-real-time {@link SearcherManager} on it,
 * refreshed every {@link #REFRESH_MS} ms by a background task (never per query). Changes that belong
 * together (a document's passages and status, all synthetic documents) are applied under one lock that
 * the refresh also takes, so a searcher never sees half of them.
 */
public final class PassageIndex implements AutoCloseable {

    /** More segments than this after a commit are merged into one. */
    private static final int MAX_SEGMENTS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(PassageIndex.class);
    static final long REFRESH_MS = 250;
    private static final FieldType BODY_TYPE = bodyType();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager manager;
    private final ScheduledExecutorService refresher;
    private final ReentrantLock batch = new ReentrantLock();
    private final PassageSearcher searcher;
    private final Embedder embedder;
    private volatile Instant lastRefresh = Instant.now();
    private volatile boolean healthy = true;
    /** Goes up whenever searches may answer differently: a new searcher, or new analyzers (synonyms). */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private volatile LangAnalyzers analyzers;
    private volatile SpellingForGeneration spelling;
    private final Object spellingBuild = new Object();

    public PassageIndex(Directory directory, LangAnalyzers analyzers, Embedder embedder) throws IOException {
        this.directory = directory;
        this.embedder = embedder;
        IndexWriterConfig config = new IndexWriterConfig(LangAnalyzers.plain().perField());
        boolean compatible =
                DirectoryReader.indexExists(directory) && schemaOf(directory).equals(IndexFields.SCHEMA_VERSION);
        config.setOpenMode(
                compatible ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(32);
        config.setCommitOnClose(true);
        // expungeRewritten drops every deleted passage, not only those of segments past 10% deletions:
        // deleted documents still count in the BM25 statistics.
        org.apache.lucene.index.TieredMergePolicy merges = new org.apache.lucene.index.TieredMergePolicy();
        merges.setForceMergeDeletesPctAllowed(0.0);
        config.setMergePolicy(merges);
        this.writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(IndexFields.COMMIT_SCHEMA_KEY, IndexFields.SCHEMA_VERSION)
                .entrySet());
        if (!compatible) {
            writer.commit();
        }
        this.manager = new SearcherManager(writer, null);
        manager.addListener(new org.apache.lucene.search.ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {}

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (didRefresh) {
                    generation.incrementAndGet();
                }
            }
        });
        this.searcher = new PassageSearcher(analyzers, embedder);
        this.analyzers = analyzers;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "knowledge-index-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
        // The transliteration tables take a second or two to load: not in the first question's time.
        refresher.execute(() -> SpellingRepair.sound("\u4e2d"));
    }

    /** Opens (or creates) the index in a directory of the file system. */
    public static PassageIndex open(java.nio.file.Path dir, LangAnalyzers analyzers, Embedder embedder)
            throws IOException {
        java.nio.file.Files.createDirectories(dir);
        return new PassageIndex(org.apache.lucene.store.FSDirectory.open(dir), analyzers, embedder);
    }

    /** An index in memory (tests, benchmarks). */
    public static PassageIndex inMemory(LangAnalyzers analyzers, Embedder embedder) throws IOException {
        return new PassageIndex(new org.apache.lucene.store.ByteBuffersDirectory(), analyzers, embedder);
    }

    private static String schemaOf(Directory directory) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            return r.getIndexCommit().getUserData().getOrDefault(IndexFields.COMMIT_SCHEMA_KEY, "");
        }
    }

    /** Swaps in analyzers with new synonyms; searches after this use them. */
    public void setAnalyzers(LangAnalyzers analyzers) {
        searcher.setAnalyzers(analyzers);
        this.analyzers = analyzers;
        generation.incrementAndGet();
    }

    /**
     * The text with pinyin typed for a Chinese word and characters of the same sound as the word meant
     * replaced by the knowledge base's words ({@link SpellingRepair}); the text as it is if that fails,
     * as a repair is only a help. The words are read again after the index or the synonyms changed,
     * at most once a second (while documents are being indexed, the index changes four times a second).
     */
    public String repairSpelling(String text) {
        try {
            return currentSpelling().repair(analyzers.englishTermsInChinese().inChinese(text));
        } catch (RuntimeException e) {
            LOG.warn("spelling not repaired: {}", e.toString());
            return text;
        }
    }

    private SpellingRepair currentSpelling() {
        long current = generation();
        SpellingForGeneration s = spelling;
        if (s != null && !s.staleAt(current, System.nanoTime())) {
            return s.repair();
        }
        synchronized (spellingBuild) {
            s = spelling;
            if (s == null || s.staleAt(current, System.nanoTime())) {
                s = new SpellingForGeneration(current, System.nanoTime(), buildSpelling());
                spelling = s;
            }
            return s.repair();
        }
    }

    private record SpellingForGeneration(long generation, long builtAtNanos, SpellingRepair repair) {
        boolean staleAt(long currentGeneration, long nowNanos) {
            return generation != currentGeneration && nowNanos - builtAtNanos >= SPELLING_REBUILD_NANOS;
        }
    }

    private static final long SPELLING_REBUILD_NANOS = TimeUnit.SECONDS.toNanos(1);

    private SpellingRepair buildSpelling() {
        return withSearcher(s -> {
            IndexVocabulary words = IndexVocabulary.of(s.getIndexReader());
            return SpellingRepair.of(words.chineseWords(), analyzers.synonymWords(), words.latinWords());
        });
    }

    /**
     * The version of what searches see. Read it before searching: a result computed after reading
     * generation {@code g} reflects at least the index and analyzers of {@code g}.
     */
    public long generation() {
        return generation.get();
    }

    /** Searches the current near-real-time view; snippets have the matched words highlighted. */
    public List<SearchHit> search(String query, Lang lang, int limit, String preferSource) {
        return search(query, lang, limit, preferSource, true);
    }

    /**
     * The same hits as {@link #search} with plain snippets and no matched terms: an answer needs the
     * terms of one hit only ({@link #matchedTerms}), and highlighting every hit was a quarter of its cost.
     */
    public List<SearchHit> rank(String query, Lang lang, int limit, String preferSource) {
        return search(query, lang, limit, preferSource, false);
    }

    /**
     * Every passage of a topic ({@link Topics#keyOf}) in one language, documents and FAQ entries before
     * process descriptions, each in its document's order; score and confidence 0.
     */
    public List<SearchHit> topicPassages(String topicKey, Lang lang) {
        return withSearcher(s -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.TOPIC, topicKey)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.LANG, lang.code())), BooleanClause.Occur.FILTER)
                    .add(
                            new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)),
                            BooleanClause.Occur.FILTER)
                    .build();
            List<SearchHit> out = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : s.search(q, MAX_TOPIC_PASSAGES, Sort.INDEXORDER).scoreDocs) {
                out.add(PassageSearcher.hitOf(stored.document(sd.doc), lang, "", 0, 0, List.of()));
            }
            out.sort(Comparator.comparing((SearchHit h) -> h.kind() == Passage.Kind.SYNTHETIC));
            return out;
        });
    }

    private static final int MAX_TOPIC_PASSAGES = 200;

    /** The words of a query (or their synonyms) found in a hit's title. */
    public List<String> termsInTitle(String query, Lang lang, SearchHit hit) {
        try {
            return searcher.termsIn(query, lang, hit.lang(), hit.title());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of {@code query} found in {@code hit}'s text, as written there. */
    public List<String> matchedTerms(String query, Lang lang, SearchHit hit) {
        try {
            return searcher.termsIn(query, lang, hit.lang(), hit.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SearchHit> search(String query, Lang lang, int limit, String preferSource, boolean highlight) {
        return withSearcher(s -> {
            return searcher.search(s, query, lang, limit, preferSource, highlight);
        });
    }

    /** Replaces everything of one document file (its passages and its status record). */
    public void putFile(DocumentInfo info, List<Passage> passages) {
        List<Document> docs = new ArrayList<>();
        Map<String, float[]> kept = keptVectors(passages);
        for (Passage p : passages) {
            docs.add(passageDoc(p, IndexFields.ORIGIN_FILE, kept.get(vectorKey(p))));
        }
        docs.add(statusDoc(info));
        batch.lock();
        try {
            writer.updateDocuments(new Term(IndexFields.SOURCE, info.source()), docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            batch.unlock();
        }
    }

    public void removeFile(String source) {
        batch.lock();
        try {
            writer.deleteDocuments(new Term(IndexFields.SOURCE, source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            batch.unlock();
        }
    }

    /** Replaces all synthetic passages at once. */
    public void replaceSynthetic(List<Passage> passages) {
        batch.lock();
        try {
            Map<String, float[]> kept = keptVectors(passages);
            writer.deleteDocuments(new Term(IndexFields.ORIGIN, IndexFields.ORIGIN_SYNTHETIC));
            List<Document> docs = new ArrayList<>();
            for (Passage p : passages) {
                docs.add(passageDoc(p, IndexFields.ORIGIN_SYNTHETIC, kept.get(vectorKey(p))));
            }
            writer.addDocuments(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            batch.unlock();
        }
    }

    /**
     * Drops the old versions of rewritten passages for good. Until merged away they still count in
     * term statistics, so the same question would rank differently depending on when Lucene happened
     * to merge: after the vectors are filled in (every passage rewritten once) the index is compacted.
     */
    public void expungeRewritten() {
        batch.lock();
        try {
            writer.forceMergeDeletes();
            writer.commit();
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            batch.unlock();
        }
    }

    /** Commits and makes every change so far visible to searches before returning. */
    public void commitAndRefresh() {
        batch.lock();
        try {
            writer.commit();
            manager.maybeRefreshBlocking();
            if (segmentCount() > MAX_SEGMENTS) {
                // Every document update adds a small segment; many segments make each query's term
                // lookups (docFreq, coverage) touch them all. The knowledge base is small: merge it.
                writer.forceMerge(1);
                writer.commit();
                manager.maybeRefreshBlocking();
            }
            lastRefresh = Instant.now();
            healthy = true;
        } catch (IOException e) {
            healthy = false;
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            healthy = false;
            throw e;
        } finally {
            batch.unlock();
        }
    }

    private int segmentCount() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** The status records of all document files, as stored. */
    public List<DocumentInfo> storedDocuments() {
        refreshNow();
        return withSearcher(s -> {
            List<DocumentInfo> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(
                            new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_DOC)), Integer.MAX_VALUE)
                    .scoreDocs) {
                out.add(toInfo(stored.document(sd.doc)));
            }
            return out;
        });
    }

    /** Number of passages of the given origin in the current view. */
    public int count(String origin) {
        return withSearcher(s -> {
            return s.count(new TermQuery(new Term(IndexFields.ORIGIN, origin)));
        });
    }

    public boolean healthy() {
        return healthy && writer.isOpen();
    }

    public Instant lastRefresh() {
        return lastRefresh;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            manager.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("closing the knowledge index: {}", e.toString());
        }
    }

    private void refreshQuietly() {
        batch.lock();
        try {
            manager.maybeRefresh();
            lastRefresh = Instant.now();
            healthy = true;
        } catch (IOException | RuntimeException e) {
            healthy = false;
            LOG.warn("knowledge index refresh failed: {}", e.toString());
        } finally {
            batch.unlock();
        }
    }

    /** Work on one searcher of the current view. */
    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs the work on the current searcher and releases it however the work ends. */
    private <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher s;
        try {
            s = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.apply(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    /** Makes every change so far visible to the next searcher acquired. */
    private void refreshNow() {
        try {
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            manager.release(s);
        } catch (IOException e) {
            LOG.warn("releasing a searcher: {}", e.toString());
        }
    }

    /**
     * Gives vectors to passages written without one, at most {@code max} per call; returns how many
     * got theirs. Embedding runs on the calling thread without the write lock; a passage changed in
     * the meantime is left for the next call. The caller commits.
     */
    public int embedMissing(int max) {
        List<Passage> waiting = waitingForVectors(max);
        Map<String, float[]> computed = new java.util.HashMap<>();
        for (Passage p : waiting) {
            computed.put(vectorKey(p), embedder.passage(p.lang(), embeddedText(p)));
        }
        batch.lock();
        try {
            refreshNow();
            return withSearcher(s -> {
                int done = 0;
                for (Passage p : waiting) {
                    TopDocs current = s.search(
                            new BooleanQuery.Builder()
                                    .add(new TermQuery(new Term(IndexFields.ID, p.id())), BooleanClause.Occur.FILTER)
                                    .add(
                                            new TermQuery(new Term(IndexFields.VECTOR_KEY, vectorKey(p))),
                                            BooleanClause.Occur.FILTER)
                                    .add(
                                            new TermQuery(new Term(IndexFields.HAS_VECTOR, "no")),
                                            BooleanClause.Occur.FILTER)
                                    .build(),
                            1);
                    if (current.scoreDocs.length == 0) {
                        continue;
                    }
                    String origin =
                            s.storedFields().document(current.scoreDocs[0].doc).get(IndexFields.ORIGIN);
                    writer.updateDocument(
                            new Term(IndexFields.ID, p.id()), passageDoc(p, origin, computed.get(vectorKey(p))));
                    done++;
                }
                return done;
            });
        } finally {
            batch.unlock();
        }
    }

    /** How many passages wait for their vector, of how many. */
    public VectorProgress vectorProgress() {
        return withSearcher(s -> {
            return new VectorProgress(
                    s.count(new TermQuery(new Term(IndexFields.HAS_VECTOR, "no"))),
                    s.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE))));
        });
    }

    /** Passages still without a vector and all passages, in the current view. */
    public record VectorProgress(int waiting, int total) {}

    private List<Passage> waitingForVectors(int max) {
        refreshNow();
        return withSearcher(s -> {
            List<Passage> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(new TermQuery(new Term(IndexFields.HAS_VECTOR, "no")), max).scoreDocs) {
                out.add(toPassage(stored.document(sd.doc)));
            }
            return out;
        });
    }

    /** The vectors the index already holds for these passages' texts (unchanged passages keep theirs). */
    private Map<String, float[]> keptVectors(List<Passage> passages) {
        Map<String, float[]> out = new java.util.HashMap<>();
        return withSearcher(s -> {
            for (Passage p : passages) {
                String key = vectorKey(p);
                TopDocs hit = s.search(
                        new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(IndexFields.VECTOR_KEY, key)), BooleanClause.Occur.FILTER)
                                .add(new TermQuery(new Term(IndexFields.HAS_VECTOR, "yes")), BooleanClause.Occur.FILTER)
                                .build(),
                        1);
                if (hit.scoreDocs.length > 0) {
                    float[] v = vectorOf(s, hit.scoreDocs[0].doc, p.lang());
                    if (v != null) {
                        out.put(key, v);
                    }
                }
            }
            return out;
        });
    }

    /** The vector stored for a passage in {@code lang}'s field; null when it has none. */
    static float[] vectorOf(IndexSearcher s, int doc, Lang lang) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.vector(lang));
        if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
            return null;
        }
        return values.vectorValue().clone(); // the reader reuses its buffer
    }

    private String vectorKey(Passage p) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((embedder.model(p.lang()) + "\n" + embeddedText(p))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** What the model reads of a passage: what BM25 reads. */
    private static String embeddedText(Passage p) {
        return p.title() + "\n" + p.section() + "\n" + p.indexedText();
    }

    private static Passage toPassage(Document d) {
        String title = d.get(IndexFields.TITLE);
        String section = d.get(IndexFields.SECTION);
        String body = d.get(IndexFields.body(Lang.parseOrNull(d.get(IndexFields.LANG))));
        String indexed = body.substring(Math.min(body.length(), title.length() + section.length() + 2));
        return new Passage(
                d.get(IndexFields.ID),
                d.get(IndexFields.SOURCE),
                title,
                section,
                d.get(IndexFields.TEXT),
                indexed,
                Lang.parseOrNull(d.get(IndexFields.LANG)),
                d.get(IndexFields.DEPARTMENT),
                date(d.get(IndexFields.EFFECTIVE)),
                date(d.get(IndexFields.SUPERSEDED)),
                !"false".equals(d.get(IndexFields.VERIFIED)),
                d.get(IndexFields.HASH),
                Passage.Kind.valueOf(d.get(IndexFields.KIND)));
    }

    private Document passageDoc(Passage p, String origin, float[] vector) {
        Document d = new Document();
        d.add(new StringField(IndexFields.VECTOR_KEY, vectorKey(p), Field.Store.NO));
        d.add(new StringField(IndexFields.HAS_VECTOR, vector == null ? "no" : "yes", Field.Store.NO));
        if (vector != null) {
            d.add(new KnnFloatVectorField(IndexFields.vector(p.lang()), vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PASSAGE, Field.Store.NO));
        d.add(new StringField(IndexFields.ORIGIN, origin, Field.Store.YES));
        d.add(new StringField(IndexFields.ID, p.id(), Field.Store.YES));
        d.add(new StringField(IndexFields.SOURCE, p.source(), Field.Store.YES));
        d.add(new StringField(IndexFields.TOPIC, Topics.keyOf(p.source()), Field.Store.NO));
        d.add(new StringField(IndexFields.LANG, p.lang().code(), Field.Store.YES));
        d.add(new StringField(IndexFields.KIND, p.kind().name(), Field.Store.YES));
        d.add(new StoredField(IndexFields.TITLE, p.title()));
        d.add(new StoredField(IndexFields.SECTION, p.section()));
        MeasureReference.heading(p.section())
                .ifPresent(n -> d.add(new StringField(IndexFields.MEASURE, Integer.toString(n), Field.Store.YES)));
        d.add(new StoredField(IndexFields.TEXT, p.text()));
        d.add(new StoredField(IndexFields.DEPARTMENT, p.department()));
        d.add(new StoredField(IndexFields.HASH, p.contentHash()));
        d.add(new StoredField(IndexFields.VERIFIED, Boolean.toString(p.verified())));
        if (p.effective() != null) {
            d.add(new StoredField(IndexFields.EFFECTIVE, p.effective().toString()));
        }
        if (p.superseded() != null) {
            d.add(new StoredField(IndexFields.SUPERSEDED, p.superseded().toString()));
        }
        String body = p.title() + "\n" + p.section() + "\n" + p.indexedText();
        d.add(new Field(IndexFields.body(p.lang()), body, BODY_TYPE));
        return d;
    }

    private static Document statusDoc(DocumentInfo info) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_DOC, Field.Store.NO));
        d.add(new StringField(IndexFields.ORIGIN, IndexFields.ORIGIN_FILE + "-status", Field.Store.NO));
        d.add(new StringField(IndexFields.SOURCE, info.source(), Field.Store.YES));
        d.add(new StoredField(IndexFields.PATH, info.path()));
        d.add(new StoredField(IndexFields.STATUS, info.status().name()));
        if (info.reason() != null) {
            d.add(new StoredField(IndexFields.REASON, info.reason()));
        }
        d.add(new StoredField(IndexFields.PASSAGES, info.passages()));
        d.add(new StoredField(IndexFields.HASH, info.contentHash() == null ? "" : info.contentHash()));
        if (info.lang() != null) {
            d.add(new StringField(IndexFields.LANG, info.lang().code(), Field.Store.YES));
        }
        d.add(new StoredField(IndexFields.TITLE, info.title()));
        d.add(new StoredField(IndexFields.SIZE, info.sizeBytes()));
        if (info.indexedAt() != null) {
            d.add(new StoredField(IndexFields.INDEXED_AT, info.indexedAt().toEpochMilli()));
        }
        return d;
    }

    private static DocumentInfo toInfo(Document d) {
        IndexableField passages = d.getField(IndexFields.PASSAGES);
        IndexableField size = d.getField(IndexFields.SIZE);
        IndexableField at = d.getField(IndexFields.INDEXED_AT);
        return new DocumentInfo(
                d.get(IndexFields.PATH),
                d.get(IndexFields.SOURCE),
                DocumentInfo.Status.valueOf(d.get(IndexFields.STATUS)),
                d.get(IndexFields.REASON),
                passages == null ? 0 : passages.numericValue().intValue(),
                d.get(IndexFields.HASH),
                Lang.parseOrNull(d.get(IndexFields.LANG)),
                d.get(IndexFields.TITLE),
                size == null ? 0 : size.numericValue().longValue(),
                at == null ? null : Instant.ofEpochMilli(at.numericValue().longValue()));
    }

    static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static FieldType bodyType() {
        FieldType t = new FieldType();
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.setTokenized(true);
        t.setStored(true);
        t.setStoreTermVectors(true);
        t.freeze();
        return t;
    }
}
