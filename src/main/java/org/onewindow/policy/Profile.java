package org.onewindow.policy;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The facts kept about one enterprise, keyed by its unified social credit code (USCC). */
public record Profile(String uscc, Map<String, Fact> facts) {

    public Profile {
        Objects.requireNonNull(uscc, "uscc");
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        for (Map.Entry<String, Fact> e : facts.entrySet()) {
            if (!e.getKey().equals(e.getValue().key())) {
                throw new IllegalArgumentException("fact " + e.getValue().key() + " is filed under " + e.getKey());
            }
        }
    }

    public static Profile empty(String uscc) {
        return new Profile(uscc, Map.of());
    }

    /** This profile with {@code learnt} facts added or replacing older values. */
    public Profile with(Map<String, Fact> learnt) {
        Map<String, Fact> merged = new TreeMap<>(facts);
        merged.putAll(learnt);
        return new Profile(uscc, merged);
    }
}
