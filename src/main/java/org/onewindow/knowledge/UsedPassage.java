package org.onewindow.knowledge;

import java.util.Objects;

/** A passage an answer was built from, with the content hash of its document at that time. */
public record UsedPassage(String passageId, String source, String contentHash, double confidence) {
    public UsedPassage {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(source, "source");
    }
}
