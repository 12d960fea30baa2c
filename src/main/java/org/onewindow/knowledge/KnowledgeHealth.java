package org.onewindow.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * A summary for {@code /health} and the admin console.
 *
 * @param usable whether searches work
 * @param failures "path: reason" of every failed document
 * @param parsersAlive parser JVMs currently running
 * @param passagesWithoutVectors passages searched by words only until their vector is computed
 */
public record KnowledgeHealth(
        boolean usable,
        int documentsIndexed,
        int documentsFailed,
        int passages,
        int syntheticDocuments,
        List<String> failures,
        int parsersAlive,
        Instant lastRefresh,
        int passagesWithoutVectors) {
    public KnowledgeHealth {
        failures = List.copyOf(failures);
    }
}
