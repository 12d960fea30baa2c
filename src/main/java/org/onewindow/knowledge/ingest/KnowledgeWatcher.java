package org.onewindow.knowledge.ingest;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a directory tree (new sub-directories included) and calls {@code onChange} for every batch of
 * events; the caller debounces. Runs on its own daemon thread until closed.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final WatchService service;
    private final Runnable onChange;
    private final Thread thread;

    public KnowledgeWatcher(Path root, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        registerTree(root);
        this.thread = new Thread(this::run, "knowledge-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                    Path child = dir.resolve(name);
                    if (Files.isDirectory(child)) {
                        try {
                            registerTree(child);
                        } catch (IOException e) {
                            LOG.warn("cannot watch {}: {}", child, e.toString());
                        }
                    }
                }
            }
            key.reset();
            try {
                onChange.run();
            } catch (RuntimeException e) {
                LOG.warn("knowledge change handler failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing watch service", e);
        }
        thread.interrupt();
    }
}
