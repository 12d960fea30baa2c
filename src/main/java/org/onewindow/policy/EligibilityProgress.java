package org.onewindow.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to resume the eligibility dialogue; the caller keeps it (as JSON) between
 * turns. {@code known}: the facts given at the start; {@code learnt}: the answers so far;
 * {@code skipped}: facts the user could not give; {@code asking}: the fact being asked;
 * {@code attempts}: invalid answers to it; {@code asked}: questions asked; {@code source}: the
 * source stamped on learnt facts (e.g. "conversation:<id>").
 */
public record EligibilityProgress(
        int schemaVersion,
        Map<String, Fact> known,
        Map<String, Fact> learnt,
        List<String> skipped,
        String asking,
        int attempts,
        int asked,
        String source) {

    public static final int SCHEMA_VERSION = 1;

    public EligibilityProgress {
        known = known == null ? Map.of() : Map.copyOf(known);
        learnt = learnt == null ? Map.of() : Map.copyOf(learnt);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        Objects.requireNonNull(asking, "asking");
        source = source == null ? "" : source;
    }

    /** The known and learnt facts together (learnt wins). */
    public Map<String, Fact> facts() {
        Map<String, Fact> all = new HashMap<>(known);
        all.putAll(learnt);
        return all;
    }
}
