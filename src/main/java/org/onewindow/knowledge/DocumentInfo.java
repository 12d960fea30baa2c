package org.onewindow.knowledge;

import java.time.Instant;
import java.util.Objects;
import org.onewindow.shared.Lang;

/**
 * A document file of the knowledge base and what became of it.
 *
 * @param path the path relative to the knowledge-base directory
 * @param source the repo-relative source shown in citations
 * @param reason why it failed (null when indexed)
 * @param lang nullable when unknown (failed)
 */
public record DocumentInfo(
        String path,
        String source,
        Status status,
        String reason,
        int passages,
        String contentHash,
        Lang lang,
        String title,
        long sizeBytes,
        Instant indexedAt) {

    /** INDEXED: searchable; FAILED: could not be read, see reason. */
    public enum Status {
        INDEXED,
        FAILED
    }

    public DocumentInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title;
    }
}
