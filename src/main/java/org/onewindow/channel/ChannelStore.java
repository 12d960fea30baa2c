package org.onewindow.channel;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onewindow.shared.QuickReply;

/**
 * Where the channels keep their users' conversations, the inbound message ids already seen
 * (platform retries, replays) and the long quick-reply actions behind short ids. Implemented in
 * {@code store}; every method completes off the event loop's back.
 */
public interface ChannelStore {

    Future<Optional<ChannelUser>> find(String channel, String userId);

    /** Every channel user, for subscribing to their conversations at start-up. */
    Future<List<ChannelUser>> all();

    /** Stores a new channel user; false (and nothing changed) when that user already exists. */
    Future<Boolean> insert(ChannelUser user, Instant at);

    /** Replaces the options last offered to the user. */
    Future<Void> saveOptions(String channel, String userId, List<QuickReply> options, Instant at);

    /** Raises the last seq sent to the user to {@code seq} (never lowers it). */
    Future<Void> advanceSentSeq(String channel, String userId, long seq, Instant at);

    /**
     * Records that {@code key} (a platform message id, update id, webhook id, or a pushed
     * message) was taken: true the first time, false for every repeat, across nodes.
     */
    Future<Boolean> claim(String channel, String key, Instant at);

    /**
     * As {@link #claim}, but a claim taken before {@code staleBefore} is taken over (renewed at
     * {@code at}) and answers true: its holder is presumed dead before finishing the work.
     */
    Future<Boolean> claimUnlessFresh(String channel, String key, Instant at, Instant staleBefore);

    /** Forgets the claim {@code key}, whose work failed, so that a later attempt may take it again. */
    Future<Void> release(String channel, String key);

    /** Forgets claims older than {@code before}. */
    Future<Integer> purgeClaims(Instant before);

    /** Remembers {@code action} under {@code shortId} (idempotent). */
    Future<Void> saveAction(String shortId, String action, Instant at);

    Future<Optional<String>> action(String shortId);
}
