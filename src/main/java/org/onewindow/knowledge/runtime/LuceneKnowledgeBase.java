package org.onewindow.knowledge.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.onewindow.knowledge.AnswerComposer;
import org.onewindow.knowledge.AnswerPolicy;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.knowledge.KnowledgeConfig;
import org.onewindow.knowledge.KnowledgeHealth;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.knowledge.ingest.DocumentReader;
import org.onewindow.knowledge.ingest.ForkedParserPool;
import org.onewindow.knowledge.ingest.KnowledgeWatcher;
import org.onewindow.knowledge.ingest.ParseFailedException;
import org.onewindow.knowledge.ingest.ReadDocument;
import org.onewindow.knowledge.index.LangAnalyzers;
import org.onewindow.knowledge.index.PassageIndex;
import org.onewindow.shared.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base over a directory: {@link #open} syncs the index with the files (only files whose
 * content hash changed are parsed again), then watches the directory and syncs again {@value #DEBOUNCE_MS}
 * ms after the last change (and every {@value #RESCAN_SECONDS} s as a safety net). Files are parsed in
 * forked JVMs; one that cannot be read is reported FAILED and skipped.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneKnowledgeBase.class);
    static final long DEBOUNCE_MS = 300;
    static final long RESCAN_SECONDS = 30;

    private final KnowledgeConfig config;
    private final Path root;
    private final ForkedParserPool parsers;
    private final DocumentReader reader;
    private final PassageIndex index;
    private final AnswerComposer composer;
    private final Map<String, DocumentInfo> documents = new ConcurrentHashMap<>();
    private final Map<String, Stamp> stamps = new ConcurrentHashMap<>();
    private final ReentrantLock syncLock = new ReentrantLock();
    private final ScheduledExecutorService scheduler;
    private final ExecutorService parseExecutor;
    private final AtomicBoolean syncPending = new AtomicBoolean();
    private final SyntheticPassages synthetic = new SyntheticPassages();
    private volatile String synonymsHash = "";
    private volatile KnowledgeWatcher watcher;
    private volatile int syntheticCount;

    private record Stamp(long size, long modified) {
    }

    private LuceneKnowledgeBase(KnowledgeConfig config, AnswerPolicy policy, Clock clock) throws IOException {
        this.config = config;
        this.root = config.knowledgeBaseDir().toAbsolutePath().normalize();
        Files.createDirectories(root);
        this.parsers = new ForkedParserPool(config.parserPoolSize(), config.parserHeapMb(), config.parseTimeout(),
                config.maxChars());
        this.reader = new DocumentReader(parsers, config.maxFileBytes(), root.getFileName() + "/");
        this.index = PassageIndex.open(config.indexDir(), LangAnalyzers.plain());
        this.composer = new AnswerComposer(policy, clock);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "knowledge-sync"));
        this.parseExecutor = Executors.newFixedThreadPool(config.parserPoolSize(), r -> daemon(r, "knowledge-parse"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Opens the knowledge base with the calibrated answer policy and the system clock. */
    public static LuceneKnowledgeBase open(KnowledgeConfig config) {
        return open(config, AnswerPolicy.defaults(), Clock.systemDefaultZone());
    }

    /** Opens the knowledge base: syncs the index with the directory before returning. */
    public static LuceneKnowledgeBase open(KnowledgeConfig config, AnswerPolicy policy, Clock clock) {
        LuceneKnowledgeBase kb;
        try {
            kb = new LuceneKnowledgeBase(config, policy, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the knowledge index in " + config.indexDir(), e);
        }
        try {
            kb.parsers.warmUp();
            for (DocumentInfo d : kb.index.storedDocuments()) {
                kb.documents.put(d.path(), d);
            }
            kb.sync();
            if (config.watch()) {
                kb.watcher = new KnowledgeWatcher(kb.root, kb::scheduleSync);
                kb.scheduler.scheduleWithFixedDelay(kb::scheduleSync, RESCAN_SECONDS, RESCAN_SECONDS, TimeUnit.SECONDS);
            }
            return kb;
        } catch (IOException | RuntimeException e) {
            kb.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    @Override
    public List<SearchHit> search(String query, Lang lang, int limit) {
        return index.search(query, lang, limit, null);
    }

    @Override
    public KnowledgeAnswer answer(String question, Lang lang, String previousTopic) {
        List<SearchHit> hits = index.search(question, lang, 5, null);
        if (previousTopic != null && !previousTopic.isBlank() && FollowUp.isShort(question)) {
            FollowUp.Topic topic = FollowUp.parse(previousTopic);
            List<SearchHit> withTopic = index.search(question + " " + topic.words(), lang, 5, topic.source());
            double threshold = composer.policy().answerThreshold();
            boolean aloneConfident = !hits.isEmpty() && hits.get(0).confidence() >= threshold;
            boolean topicConfident = !withTopic.isEmpty() && withTopic.get(0).confidence() >= threshold;
            if (topicConfident || !aloneConfident) {
                hits = withTopic;
            }
        }
        return composer.compose(question, lang, hits);
    }

    @Override
    public void replaceSyntheticDocuments(List<SyntheticDocument> docs) {
        var passages = synthetic.toPassages(docs);
        syncLock.lock();
        try {
            index.replaceSynthetic(passages);
            index.commitAndRefresh();
            syntheticCount = docs.size();
        } finally {
            syncLock.unlock();
        }
    }

    @Override
    public DocumentInfo putDocument(String relativePath, byte[] content) {
        String rel = SafePaths.relative(root, relativePath);
        if (content.length > config.maxFileBytes()) {
            throw new IllegalArgumentException("document too large: " + content.length + " bytes (limit "
                    + config.maxFileBytes() + ")");
        }
        Path target = root.resolve(rel);
        syncLock.lock();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".upload.tmp");
            Files.write(tmp, content);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            DocumentInfo info = indexFile(target, rel, content, DocumentReader.sha256(content));
            index.commitAndRefresh();
            return info;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + rel, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing " + rel, e);
        } finally {
            syncLock.unlock();
        }
    }

    @Override
    public boolean deleteDocument(String relativePath) {
        String rel = SafePaths.relative(root, relativePath);
        syncLock.lock();
        try {
            boolean existed = Files.deleteIfExists(root.resolve(rel));
            DocumentInfo known = documents.remove(rel);
            stamps.remove(rel);
            index.removeFile(reader.sourceOf(rel));
            index.commitAndRefresh();
            return existed || known != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + rel, e);
        } finally {
            syncLock.unlock();
        }
    }

    @Override
    public List<DocumentInfo> documents() {
        return documents.values().stream().sorted(Comparator.comparing(DocumentInfo::path)).toList();
    }

    @Override
    public KnowledgeHealth health() {
        List<String> failures = new ArrayList<>();
        int indexed = 0;
        int passages = 0;
        for (DocumentInfo d : documents()) {
            if (d.status() == DocumentInfo.Status.INDEXED) {
                indexed++;
                passages += d.passages();
            } else {
                failures.add(d.path() + ": " + d.reason());
            }
        }
        return new KnowledgeHealth(index.healthy(), indexed, failures.size(), passages, syntheticCount, failures,
                parsers.alive(), index.lastRefresh());
    }

    /** Brings the index in step with the directory now (what the watcher triggers). */
    public void sync() {
        syncLock.lock();
        try {
            boolean changed = syncSynonyms();
            changed |= syncFiles();
            if (changed) {
                index.commitAndRefresh();
            }
        } catch (IOException e) {
            LOG.warn("knowledge sync of {} failed: {}", root, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            syncLock.unlock();
        }
    }

    private void scheduleSync() {
        if (syncPending.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                syncPending.set(false);
                try {
                    sync();
                } catch (RuntimeException e) {
                    LOG.warn("knowledge sync failed: {}", e.toString());
                }
            }, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
        }
    }

    private boolean syncSynonyms() throws IOException {
        Path dir = root.resolve("synonyms");
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        String hash = DocumentReader.sha256(files.toString().getBytes(StandardCharsets.UTF_8));
        if (hash.equals(synonymsHash)) {
            return false;
        }
        index.setAnalyzers(LangAnalyzers.withSynonyms(files));
        synonymsHash = hash;
        LOG.info("knowledge synonyms loaded from {} files", files.size());
        return false;
    }

    private boolean syncFiles() throws IOException, InterruptedException {
        Map<String, Path> onDisk = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (DocumentReader.isDocument(rel)) {
                    onDisk.put(rel, p);
                }
            }
        }
        boolean changed = false;
        for (String rel : new ArrayList<>(documents.keySet())) {
            if (!onDisk.containsKey(rel)) {
                documents.remove(rel);
                stamps.remove(rel);
                index.removeFile(reader.sourceOf(rel));
                changed = true;
                LOG.info("knowledge document removed: {}", rel);
            }
        }
        List<Future<?>> work = new ArrayList<>();
        for (Map.Entry<String, Path> e : onDisk.entrySet()) {
            String rel = e.getKey();
            Path file = e.getValue();
            Stamp stamp;
            try {
                stamp = new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
            } catch (IOException gone) {
                continue;
            }
            if (stamp.equals(stamps.get(rel)) && documents.containsKey(rel)) {
                continue;
            }
            String hash;
            byte[] bytes = null;
            if (stamp.size() > config.maxFileBytes()) {
                hash = "oversize:" + stamp.size() + ":" + stamp.modified();
            } else {
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException gone) {
                    continue;
                }
                hash = DocumentReader.sha256(bytes);
            }
            stamps.put(rel, stamp);
            DocumentInfo known = documents.get(rel);
            if (known != null && hash.equals(known.contentHash())) {
                continue;
            }
            changed = true;
            byte[] content = bytes;
            work.add(parseExecutor.submit(() -> {
                indexFile(file, rel, content, hash);
                return null;
            }));
        }
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException ex) {
                LOG.warn("knowledge indexing failed: {}", ex.getCause().toString());
            }
        }
        return changed;
    }

    /** Parses and indexes one file; a failure is recorded, never thrown. */
    private DocumentInfo indexFile(Path file, String rel, byte[] content, String hash) throws InterruptedException {
        String source = reader.sourceOf(rel);
        long size = content == null ? sizeOf(file) : content.length;
        DocumentInfo info;
        try {
            ReadDocument doc = reader.read(file, rel, hash, size);
            info = new DocumentInfo(rel, source, DocumentInfo.Status.INDEXED, null, doc.passages().size(), hash,
                    doc.lang(), doc.title(), size, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            index.putFile(info, doc.passages());
            LOG.info("knowledge document indexed: {} ({} passages, {})", rel, doc.passages().size(), doc.lang().code());
        } catch (ParseFailedException | RuntimeException e) {
            String reason = e instanceof ParseFailedException ? e.getMessage() : "cannot index: " + e;
            info = new DocumentInfo(rel, source, DocumentInfo.Status.FAILED, reason, 0, hash, null, null, size,
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            index.putFile(info, List.of());
            LOG.warn("knowledge document failed: {}: {}", rel, reason);
        }
        documents.put(rel, info);
        return info;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        KnowledgeWatcher w = watcher;
        if (w != null) {
            w.close();
        }
        scheduler.shutdownNow();
        parseExecutor.shutdownNow();
        syncLock.lock();
        try {
            parsers.close();
            index.close();
        } finally {
            syncLock.unlock();
        }
    }
}
