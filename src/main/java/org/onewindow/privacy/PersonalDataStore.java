package org.onewindow.privacy;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

/**
 * Everything stored about one enterprise (by its unified social credit code): its conversations
 * (verified for it, or where it was typed), their messages and notes, its submissions with their
 * deliveries, and its profile. For an admin's export and erasure.
 */
public interface PersonalDataStore {

    /** The enterprise's data as plain JSON-able maps, by kind. */
    Future<Map<String, List<Map<String, Object>>>> export(String uscc);

    /** Deletes it all in one transaction; how many rows of each kind went, and the conversation ids. */
    Future<Erasure> erase(String uscc);

    /**
     * Applies the retention period: conversations idle since before {@code cutoffMillis} (and
     * not waiting for a person) are deleted with their messages; decided submissions (approved,
     * rejected, withdrawn) last changed before it keep their receipt and status but lose their
     * payload.
     */
    Future<Erasure> purgeBefore(long cutoffMillis);

    /** What an erasure removed. */
    record Erasure(List<String> conversationIds, Map<String, Integer> deleted) {
        public Erasure {
            conversationIds = List.copyOf(conversationIds);
            deleted = Map.copyOf(deleted);
        }
    }
}
