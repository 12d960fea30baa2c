package org.onewindow.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the knowledge base runs.
 *
 * @param knowledgeBaseDir the {@code knowledge-base/} directory (documents, faq, synonyms)
 * @param indexDir where the Lucene index lives (the data dir); created when missing
 * @param parserPoolSize number of long-lived forked parser JVMs (≥ 1)
 * @param maxFileBytes files larger than this are not parsed and reported failed
 * @param parseTimeout a parse taking longer kills its parser JVM and fails the file
 * @param watch whether to watch {@code knowledgeBaseDir} for changes
 * @param parserHeapMb the -Xmx of each parser JVM, in MB
 * @param maxChars the most characters kept from one document
 * @param answerCacheSize how many composed answers are kept for questions asked again (0: none)
 */
public record KnowledgeConfig(
        Path knowledgeBaseDir,
        Path indexDir,
        int parserPoolSize,
        long maxFileBytes,
        Duration parseTimeout,
        boolean watch,
        int parserHeapMb,
        int maxChars,
        int answerCacheSize) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public KnowledgeConfig {
        Objects.requireNonNull(knowledgeBaseDir, "knowledgeBaseDir");
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        if (parserPoolSize < 1) {
            throw new IllegalArgumentException("parserPoolSize must be >= 1, was " + parserPoolSize);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be >= 1, was " + maxFileBytes);
        }
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("parseTimeout must be positive, was " + parseTimeout);
        }
        if (parserHeapMb < 64) {
            throw new IllegalArgumentException("parserHeapMb must be >= 64, was " + parserHeapMb);
        }
        if (answerCacheSize < 0) {
            throw new IllegalArgumentException("answerCacheSize must be >= 0, was " + answerCacheSize);
        }
        if (maxChars < 1000) {
            throw new IllegalArgumentException("maxChars must be >= 1000, was " + maxChars);
        }
    }

    /** Defaults: 2 parsers of 256 MB, 20 MB files, 30 s per parse, 2 million characters, 10,000 cached answers. */
    public KnowledgeConfig(
            Path knowledgeBaseDir,
            Path indexDir,
            int parserPoolSize,
            long maxFileBytes,
            Duration parseTimeout,
            boolean watch) {
        this(
                knowledgeBaseDir,
                indexDir,
                parserPoolSize,
                maxFileBytes,
                parseTimeout,
                watch,
                256,
                2_000_000,
                DEFAULT_ANSWER_CACHE_SIZE);
    }

    public static final int DEFAULT_ANSWER_CACHE_SIZE = 10_000;

    /** The same configuration with another answer cache size (0 turns the cache off: benchmarks of the search). */
    public KnowledgeConfig withAnswerCacheSize(int size) {
        return new KnowledgeConfig(
                knowledgeBaseDir,
                indexDir,
                parserPoolSize,
                maxFileBytes,
                parseTimeout,
                watch,
                parserHeapMb,
                maxChars,
                size);
    }

    public static KnowledgeConfig defaults(Path knowledgeBaseDir, Path indexDir) {
        return new KnowledgeConfig(knowledgeBaseDir, indexDir, 2, DEFAULT_MAX_FILE_BYTES, Duration.ofSeconds(30), true);
    }
}
