package org.onewindow.knowledge.ingest;

import java.util.List;
import org.onewindow.knowledge.Passage;
import org.onewindow.shared.Lang;

/** A document file read into passages. */
public record ReadDocument(
        String path,
        String source,
        String contentHash,
        long sizeBytes,
        String title,
        Lang lang,
        List<Passage> passages) {
    public ReadDocument {
        passages = List.copyOf(passages);
    }
}
