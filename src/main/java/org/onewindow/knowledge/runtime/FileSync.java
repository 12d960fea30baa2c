package org.onewindow.knowledge.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.Passage;
import org.onewindow.knowledge.index.PassageIndex;
import org.onewindow.knowledge.ingest.DocumentReader;
import org.onewindow.knowledge.ingest.ParseFailedException;
import org.onewindow.knowledge.ingest.ReadDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index's document files in step with the directory: a file is parsed again only when its
 * size or modification time changed and then its content hash did too; files are parsed in parallel,
 * one thread per parser JVM. The caller serialises calls and commits.
 */
final class FileSync {

    private static final Logger LOG = LoggerFactory.getLogger(FileSync.class);

    private final Path root;
    private final DocumentReader reader;
    private final PassageIndex index;
    private final long maxFileBytes;
    private final ExecutorService parseExecutor;
    private final Map<String, DocumentInfo> documents = new ConcurrentHashMap<>();
    private final Map<String, Stamp> stamps = new ConcurrentHashMap<>();
    private volatile boolean closing;
    private volatile Function<Path, List<String>> editCheck = file -> List.of();

    private record Stamp(long size, long modified) {}

    FileSync(Path root, DocumentReader reader, PassageIndex index, long maxFileBytes, int parallelism) {
        this.root = root;
        this.reader = reader;
        this.index = index;
        this.maxFileBytes = maxFileBytes;
        this.parseExecutor =
                Executors.newFixedThreadPool(parallelism, r -> LuceneKnowledgeBase.daemon(r, "knowledge-parse"));
    }

    /** The check an edited, already indexed document must pass; its problems ({@code file:line: …}) refuse the edit. */
    void checkEdits(Function<Path, List<String>> check) {
        this.editCheck = check;
    }

    /** Reads the status records the index holds from earlier runs. */
    void load() {
        for (DocumentInfo d : index.storedDocuments()) {
            documents.put(d.path(), d);
        }
    }

    List<DocumentInfo> documents() {
        return documents.values().stream()
                .sorted(Comparator.comparing(DocumentInfo::path))
                .toList();
    }

    /** Forgets a document and removes it from the index; false when it was not known. */
    boolean remove(String rel) {
        DocumentInfo known = documents.remove(rel);
        stamps.remove(rel);
        index.removeFile(reader.sourceOf(rel));
        return known != null;
    }

    void close() {
        closing = true;
        parseExecutor.shutdownNow();
    }

    /** Indexes what changed on disk since the last call, removes what disappeared; true when anything changed. */
    boolean sync() throws IOException, InterruptedException {
        Map<String, Path> onDisk = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            // Symbolic links are not followed: a link must not pull files from elsewhere into the index.
            for (Path p : s.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
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
        List<Future<Parsed>> work = new ArrayList<>();
        for (Map.Entry<String, Path> e : onDisk.entrySet()) {
            String rel = e.getKey();
            Path file = e.getValue();
            Stamp stamp;
            try {
                stamp = new Stamp(
                        Files.size(file), Files.getLastModifiedTime(file).toMillis());
            } catch (IOException gone) {
                continue;
            }
            if (stamp.equals(stamps.get(rel)) && documents.containsKey(rel)) {
                continue;
            }
            String hash;
            byte[] bytes = null;
            if (stamp.size() > maxFileBytes) {
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
            if (known != null && known.status() == DocumentInfo.Status.INDEXED) {
                List<String> problems = editCheck.apply(file);
                if (!problems.isEmpty()) {
                    // An edit that fails the content check never replaces the version being served.
                    problems.forEach(p -> LOG.warn(
                            "knowledge document {}: the change was not applied; the last good "
                                    + "version stays in use: {}",
                            rel,
                            p));
                    continue;
                }
            }
            changed = true;
            byte[] content = bytes;
            work.add(parseExecutor.submit(() -> read(file, rel, content, hash)));
        }
        // Parsed in parallel, indexed in path order: the same files give the same index (document
        // numbers, the vector graph), so answers do not depend on which parse finished first.
        for (Future<Parsed> f : work) {
            try {
                put(f.get());
            } catch (java.util.concurrent.ExecutionException ex) {
                LOG.warn("knowledge indexing failed: {}", ex.getCause().toString());
            }
        }
        return changed;
    }

    /** Parses and indexes one file; a failure is recorded, never thrown. */
    DocumentInfo indexFile(Path file, String rel, byte[] content, String hash) throws InterruptedException {
        return put(read(file, rel, content, hash));
    }

    /** A file read: its record and its passages (none when it failed). */
    private record Parsed(DocumentInfo info, List<Passage> passages) {}

    private Parsed read(Path file, String rel, byte[] content, String hash) throws InterruptedException {
        String source = reader.sourceOf(rel);
        long size = content == null ? sizeOf(file) : content.length;
        DocumentInfo info;
        try {
            ReadDocument doc = reader.read(file, rel, hash, size);
            info = new DocumentInfo(
                    rel,
                    source,
                    DocumentInfo.Status.INDEXED,
                    null,
                    doc.passages().size(),
                    hash,
                    doc.lang(),
                    doc.title(),
                    size,
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            return new Parsed(info, doc.passages());
        } catch (ParseFailedException | RuntimeException e) {
            if (closing) {
                // A parse cut short by close() says nothing about the file: record nothing.
                throw new InterruptedException("closing");
            }
            String reason = e instanceof ParseFailedException ? e.getMessage() : "cannot index: " + e;
            info = failed(rel, source, reason, hash, size);
            return new Parsed(info, List.of());
        }
    }

    private DocumentInfo put(Parsed parsed) {
        DocumentInfo info = parsed.info();
        try {
            index.putFile(info, parsed.passages());
        } catch (RuntimeException e) {
            info = failed(info.path(), info.source(), "cannot index: " + e, info.contentHash(), info.sizeBytes());
            index.putFile(info, List.of());
        }
        if (info.status() == DocumentInfo.Status.INDEXED) {
            LOG.info(
                    "knowledge document indexed: {} ({} passages, {})",
                    info.path(),
                    parsed.passages().size(),
                    info.lang().code());
        } else {
            LOG.warn("knowledge document failed: {}: {}", info.path(), info.reason());
        }
        documents.put(info.path(), info);
        return info;
    }

    private static DocumentInfo failed(String rel, String source, String reason, String hash, long size) {
        return new DocumentInfo(
                rel,
                source,
                DocumentInfo.Status.FAILED,
                reason,
                0,
                hash,
                null,
                null,
                size,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
