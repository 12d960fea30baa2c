package org.onewindow.channel.core;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.onewindow.channel.ChannelConversations;
import org.onewindow.channel.ChannelStore;
import org.onewindow.channel.ChannelUser;
import org.onewindow.shared.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pushes nobody sent (every node down, a node dying before sending, the platform refusing):
 * a round reads each channel user's messages after their sent seq back from the conversation and
 * sends the pushes among them, oldest first, under the live path's per-message claims; and it
 * tries again the pushes that failed on this node, which a later delivery may have moved sent_seq past.
 */
final class PushCatchUp {

    /** What the gateway lends a round: its subscriptions, outputs and claimed sending. */
    interface Pushes {
        ChannelGateway.Subscription subscribe(ChannelUser user);

        boolean hasOutput(String channel);

        Future<Void> sendClaimed(ChannelGateway.Subscription subscription, String channel, String key, Message message);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PushCatchUp.class);
    /** At most this many pushes are caught up per user and round: no flood after a long outage. */
    static final int CATCH_UP_PER_USER = 20;
    /** Users caught up at once in a round. */
    private static final int CATCH_UP_LANES = 4;
    /** A push claim older than this whose message is still unsent lost its node: catch-up takes it over. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    static final int MAX_FAILED_PER_CONVERSATION = 20;

    private final ChannelStore store;
    private final ChannelConversations conversations;
    private final KeyedSerial serial;
    private final Clock clock;
    private final Pushes pushes;
    /**
     * Pushes that failed on this node, by conversation, oldest first. A later message delivered to
     * the same user moves sent_seq past them, so a round retries these by name; a node that stops
     * forgets its list (the message was tried once and is still in the conversation's history).
     */
    private final Map<String, java.util.NavigableMap<Long, Message>> failedPushes = new ConcurrentHashMap<>();

    private Future<Void> catchingUp;

    PushCatchUp(
            ChannelStore store, ChannelConversations conversations, KeyedSerial serial, Clock clock, Pushes pushes) {
        this.store = store;
        this.conversations = conversations;
        this.serial = serial;
        this.clock = clock;
        this.pushes = pushes;
    }

    /** The round under way, or a completed future when none runs. */
    synchronized Future<Void> current() {
        return catchingUp == null ? Future.succeededFuture() : catchingUp;
    }

    /**
     * One catch-up round: for every channel user, sends the pushes stored after their sent seq
     * that no node sent. While a round runs, this returns that round rather than start another.
     * Never fails: a user whose pushes could not be sent is logged and retried next round.
     */
    synchronized Future<Void> round() {
        if (catchingUp != null) {
            return catchingUp;
        }
        Future<Void> round = store.all()
                .compose(users -> {
                    Queue<ChannelUser> queue = new ConcurrentLinkedQueue<>(users);
                    List<Future<Void>> lanes = new ArrayList<>();
                    for (int i = 0; i < CATCH_UP_LANES; i++) {
                        lanes.add(catchUpLane(queue));
                    }
                    return Future.join(lanes).<Void>mapEmpty();
                })
                .recover(e -> {
                    LOG.warn("channels: could not list users to catch up: {}", e.toString());
                    return Future.succeededFuture();
                });
        catchingUp = round;
        round.onComplete(r -> roundEnded(round)); // after the assignment: the round may have ended already
        return round;
    }

    private synchronized void roundEnded(Future<Void> round) {
        if (catchingUp == round) {
            catchingUp = null;
        }
    }

    private Future<Void> catchUpLane(Queue<ChannelUser> queue) {
        ChannelUser user = nextPushable(queue);
        if (user == null) {
            return Future.succeededFuture();
        }
        return catchUp(pushes.subscribe(user), user)
                .recover(e -> {
                    LOG.warn(
                            "channel {}: conversation {} could not catch up: {}",
                            user.channel(),
                            user.conversationId(),
                            e.toString());
                    return Future.succeededFuture();
                })
                .compose(v -> catchUpLane(queue));
    }

    /** The next user whose channel has an output; users of a channel switched off are only listened to. */
    private ChannelUser nextPushable(Queue<ChannelUser> queue) {
        ChannelUser user = queue.poll();
        while (user != null && !pushes.hasOutput(user.channel())) {
            pushes.subscribe(user);
            user = queue.poll();
        }
        return user;
    }

    /** In the conversation's push order (after any live push under way), re-reads the user, then sends. */
    private Future<Void> catchUp(ChannelGateway.Subscription subscription, ChannelUser listed) {
        String conversationId = listed.conversationId();
        return serial.submit(
                "push\u0000" + conversationId,
                () -> store.find(listed.channel(), listed.userId()).compose(found -> {
                    if (found.isEmpty()) {
                        return Future.succeededFuture();
                    }
                    ChannelUser user = found.get();
                    // The message at sent_seq is read too, only to know whether a turn was under way there.
                    return retryFailed(subscription, user)
                            .compose(v -> conversations.messagesAfter(
                                    conversationId, user.token(), Math.max(0, user.sentSeq() - 1)))
                            .compose(messages -> catchUp(subscription, user, messages));
                }));
    }

    private Future<Void> catchUp(ChannelGateway.Subscription subscription, ChannelUser user, List<Message> messages) {
        TurnTracker turns = new TurnTracker();
        List<Message> pending = new ArrayList<>();
        long handled = user.sentSeq();
        for (Message message : messages) {
            boolean push = turns.isPush(message);
            if (message.seq() <= user.sentSeq()) {
                continue;
            }
            if (push) {
                pending.add(message);
            } else if (pending.isEmpty()) {
                handled = message.seq();
            }
        }
        if (pending.isEmpty()) {
            return advance(user, handled);
        }
        LOG.info(
                "channel {}: catching up on {} messages of conversation {}",
                user.channel(),
                pending.size(),
                user.conversationId());
        return sendInOrder(
                subscription, user, pending.subList(0, Math.min(pending.size(), CATCH_UP_PER_USER)), 0, handled);
    }

    /** Sends {@code pending} from {@code index} on; stops at the first one held elsewhere or failing. */
    private Future<Void> sendInOrder(
            ChannelGateway.Subscription subscription,
            ChannelUser user,
            List<Message> pending,
            int index,
            long handled) {
        if (index == pending.size()) {
            return Future.succeededFuture();
        }
        Message message = pending.get(index);
        String key = ChannelGateway.pushKey(user.conversationId(), message.seq());
        Instant now = clock.instant();
        return advance(user, Math.max(handled, message.seq() - 1))
                .compose(v -> store.claimUnlessFresh(user.channel(), key, now, now.minus(CLAIM_LEASE)))
                .compose(claimed -> {
                    if (!claimed) {
                        // Another node (or the live path) is sending it; the next round sees how that went.
                        return Future.succeededFuture();
                    }
                    return pushes.sendClaimed(subscription, user.channel(), key, message)
                            .compose(v -> sendInOrder(subscription, user, pending, index + 1, message.seq()));
                });
    }

    private Future<Void> advance(ChannelUser user, long seq) {
        return seq > user.sentSeq()
                ? store.advanceSentSeq(user.channel(), user.userId(), seq, clock.instant())
                : Future.succeededFuture();
    }

    void rememberFailed(String conversationId, Message message) {
        java.util.NavigableMap<Long, Message> failed =
                failedPushes.computeIfAbsent(conversationId, id -> new java.util.concurrent.ConcurrentSkipListMap<>());
        failed.put(message.seq(), message);
        while (failed.size() > MAX_FAILED_PER_CONVERSATION) {
            Map.Entry<Long, Message> dropped = failed.pollFirstEntry();
            LOG.warn(
                    "conversation {}: message {} could not be pushed and is no longer retried",
                    conversationId,
                    dropped.getKey());
        }
    }

    void forgetFailed(String conversationId, long seq) {
        failedPushes.computeIfPresent(conversationId, (id, failed) -> {
            failed.remove(seq);
            return failed.isEmpty() ? null : failed;
        });
    }

    /** Tries again, oldest first, the pushes that failed here and that sent_seq has since moved past. */
    private Future<Void> retryFailed(ChannelGateway.Subscription subscription, ChannelUser user) {
        java.util.NavigableMap<Long, Message> failed = failedPushes.get(user.conversationId());
        if (failed == null) {
            return Future.succeededFuture();
        }
        Future<Void> done = Future.succeededFuture();
        for (Message message : failed.headMap(user.sentSeq(), true).values()) {
            String key = ChannelGateway.pushKey(user.conversationId(), message.seq());
            done = done.compose(v -> store.claim(user.channel(), key, clock.instant())
                    .compose(claimed -> {
                        if (!claimed) {
                            // Another node sends it (or has): not this node's to retry any more.
                            forgetFailed(user.conversationId(), message.seq());
                            return Future.<Void>succeededFuture();
                        }
                        return pushes.sendClaimed(subscription, user.channel(), key, message);
                    })
                    // Still failing: kept for the next round; the others are tried all the same.
                    .recover(e -> Future.succeededFuture()));
        }
        return done;
    }
}
