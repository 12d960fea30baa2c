package org.onewindow.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * One known fact about an enterprise: its key (as declared in {@code facts.yaml}), its value as
 * canonical text (see {@link FactType}), where it came from (a conversation and answer, "staff:…",
 * "import:…") and when it was last updated.
 */
public record Fact(String key, String value, String source, Instant updatedAt) {

    public Fact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (key.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("a fact needs a key and a value");
        }
        source = source == null ? "" : source;
    }

    public Fact withSource(String newSource) {
        return new Fact(key, value, newSource, updatedAt);
    }
}
