package org.onewindow.knowledge.runtime;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.onewindow.knowledge.KnowledgeConfig;

/** Copies the fixture knowledge base into a temporary directory and opens knowledge bases on it. */
final class Fixtures {

    private Fixtures() {}

    static Path copyKnowledgeBase(Path tmp) throws IOException {
        Path src;
        try {
            src = Path.of(Fixtures.class.getResource("/knowledge/kb").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path dest = tmp.resolve("knowledge-base");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path target = dest.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dest;
    }

    static KnowledgeConfig config(Path kb, Path tmp, boolean watch) {
        return new KnowledgeConfig(
                kb,
                tmp.resolve("index"),
                1,
                KnowledgeConfig.DEFAULT_MAX_FILE_BYTES,
                Duration.ofSeconds(20),
                watch,
                256,
                2_000_000,
                KnowledgeConfig.DEFAULT_ANSWER_CACHE_SIZE);
    }

    /** Waits (polling) until the condition holds; false after the timeout. Never asserts speed. */
    static boolean eventually(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
