package org.onewindow.policy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Durable storage of enterprise profiles, keyed by USCC. Each fact keeps its value, source and
 * update time; saving a fact replaces the previous value of the same key. The returned stages
 * complete once the work is committed; implementations run their I/O off the caller's thread
 * (the SQL one on Vert.x workers, so callers on the event loop can use
 * {@code Future.fromCompletionStage(stage, context)}).
 *
 * <p>Who may see a profile is the caller's rule: staff, and a conversation verified for that
 * enterprise; an unverified conversation keeps its facts in its own state and never reads here.
 */
public interface ProfileStore {

    /** The profile of {@code uscc}, empty when nothing is stored about it. */
    CompletionStage<Optional<Profile>> find(String uscc);

    /** Adds or replaces {@code facts} of {@code uscc} in one transaction. */
    CompletionStage<Void> save(String uscc, Collection<Fact> facts);

    /** Removes one fact (e.g. a staff correction); completes normally when it was not there. */
    CompletionStage<Void> delete(String uscc, String factKey);

    /**
     * A page of stored profiles ordered by USCC, starting after {@code afterUscc} (null for the
     * first page), for the proactive check when the catalog changes.
     */
    CompletionStage<List<Profile>> page(String afterUscc, int limit);
}
