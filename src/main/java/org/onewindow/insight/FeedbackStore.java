package org.onewindow.insight;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps the draft FAQ entries of staff corrections. */
public interface FeedbackStore {

    /** Stores a new draft. */
    Future<FaqDraft> create(FaqDraft draft);

    /** Drafts with {@code status} (every status when null), newest first, at most {@code limit}. */
    Future<List<FaqDraft>> list(String status, int limit);

    Future<Optional<FaqDraft>> find(String id);

    /**
     * Moves a draft from {@code from} to {@code to} (recording who and when) only if it is in
     * {@code from}: empty when there is no such draft or it is in another status.
     */
    Future<Optional<FaqDraft>> transition(String id, String from, String to, String by, Instant at);
}
