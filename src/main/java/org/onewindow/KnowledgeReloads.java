package org.onewindow;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.onewindow.content.ContentRejectedException;
import org.onewindow.content.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices changes to a configuration folder or file of the knowledge base (processes, incentives,
 * the department registry) by comparing a fingerprint of its files every two seconds on a worker thread, and runs the
 * folder's reload there. Polling is plenty for folders of a few dozen small files, and it works
 * the same on every file system (network shares included). A reload that fails (the content check
 * or the loader refuses the change) keeps the last good version and logs why, file and line.
 */
final class KnowledgeReloads {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeReloads.class);
    static final long EVERY_MS = 2_000;

    /** A folder's reload: blocking, on a worker thread. */
    @FunctionalInterface
    interface Reload {
        void run() throws Exception;
    }

    private KnowledgeReloads() {}

    /**
     * {@code reload}, run only when {@code check} finds no problem: the content check is the gate
     * every change passes, so an edit the check rejects never replaces the version in service.
     */
    static Reload checked(Supplier<List<Problem>> check, Reload reload) {
        return () -> {
            ContentRejectedException.requireNone(check.get());
            reload.run();
        };
    }

    /** Reloads {@code folder} when its files change; {@code applied} is told whether each change was applied. */
    static long watch(
            Vertx vertx, Path folder, String name, Reload reload, java.util.function.Consumer<Boolean> applied) {
        String[] last = {fingerprint(folder)};
        return vertx.setPeriodic(
                EVERY_MS,
                id -> vertx.executeBlocking(
                        () -> {
                            String now = fingerprint(folder);
                            if (!now.equals(last[0])) {
                                last[0] = now;
                                try {
                                    reload.run();
                                    applied.accept(true);
                                } catch (Exception e) {
                                    applied.accept(false);
                                    LOG.error(
                                            "{}: the change was not applied; the last good version stays in use: {}",
                                            name,
                                            e.getMessage());
                                }
                            }
                            return null;
                        },
                        true));
    }

    /** Names, sizes and modification times of the folder's files (or of the one file, for a file). */
    static String fingerprint(Path folder) {
        if (!Files.exists(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> parts = files.filter(Files::isRegularFile)
                    .sorted()
                    .map(p -> {
                        try {
                            return p + ":" + Files.size(p) + ":"
                                    + Files.getLastModifiedTime(p).toMillis();
                        } catch (IOException e) {
                            return p + ":gone";
                        }
                    })
                    .toList();
            return String.join("|", parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
