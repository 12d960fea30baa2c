package org.onewindow.channel.core;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.channel.ChannelConversations;
import org.onewindow.channel.ChannelStore;
import org.onewindow.channel.ChannelUser;
import org.onewindow.channel.OutputChannel;
import org.onewindow.channel.TurnReply;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.Reply;
import org.onewindow.shared.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Between the messaging channels and the conversations: maps each channel user to one
 * conversation (opened on first contact), turns a number into the option last offered, applies
 * the rate limits, and forwards to the user's {@link OutputChannel} every message of their
 * conversation that is not the reply to their own turn (staff replies, status changes).
 *
 * <p>A turn's messages are published together: the user's message, then the replies, with
 * consecutive seqs and one timestamp. Anything else seen on the conversation's address is a push;
 * pushes are claimed in the store per message, so one node in a cluster sends each.
 *
 * <p>A push nobody was listening for (every node down, a node dying before sending it, the
 * platform refusing it) is caught up: at start and then every {@code catchUpEvery}, each user's
 * stored messages after their sent seq are read back and the pushes among them sent, oldest first,
 * under the same claims.
 */
public final class ChannelGateway {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelGateway.class);
    private static final long PURGE_EVERY_MS = 60 * 60 * 1000;
    private static final Duration KEEP_CLAIMS = Duration.ofDays(3);
    /** How often the pushes nobody sent are looked for. */
    public static final Duration CATCH_UP_EVERY = Duration.ofSeconds(60);

    private final Vertx vertx;
    private final ChannelConversations conversations;
    private final ChannelStore store;
    private final RateLimits limits;
    private final Clock clock;
    private final KeyedSerial serial = new KeyedSerial();
    private final Map<String, OutputChannel> outputs = new ConcurrentHashMap<>();
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Duration catchUpEvery;
    private final PushCatchUp missedPushes;
    private long purgeTimer = -1;
    private long catchUpTimer = -1;

    public ChannelGateway(
            Vertx vertx, ChannelConversations conversations, ChannelStore store, RateLimits limits, Clock clock) {
        this(vertx, conversations, store, limits, clock, CATCH_UP_EVERY);
    }

    public ChannelGateway(
            Vertx vertx,
            ChannelConversations conversations,
            ChannelStore store,
            RateLimits limits,
            Clock clock,
            Duration catchUpEvery) {
        this.vertx = vertx;
        this.conversations = conversations;
        this.store = store;
        this.limits = limits;
        this.clock = clock;
        this.catchUpEvery = catchUpEvery;
        this.missedPushes = new PushCatchUp(store, conversations, serial, clock, new PushCatchUp.Pushes() {
            @Override
            public Subscription subscribe(ChannelUser user) {
                return ChannelGateway.this.subscribe(user);
            }

            @Override
            public boolean hasOutput(String channel) {
                return outputs.containsKey(channel);
            }

            @Override
            public Future<Void> sendClaimed(Subscription subscription, String channel, String key, Message message) {
                return ChannelGateway.this.sendClaimed(subscription, channel, key, message);
            }
        });
    }

    /** Where pushes for channel {@code output.name()} go. Register before {@link #start()}. */
    public ChannelGateway register(OutputChannel output) {
        outputs.put(output.name(), output);
        return this;
    }

    /**
     * Subscribes to the conversations of every known channel user, then starts catching up (see
     * {@link #catchUp()}), now and every {@code catchUpEvery}; purges old claims hourly.
     */
    public Future<Void> start() {
        purgeTimer = vertx.setPeriodic(
                PURGE_EVERY_MS,
                id -> store.purgeClaims(clock.instant().minus(KEEP_CLAIMS))
                        .onFailure(e -> LOG.warn("could not purge old channel claims: {}", e.toString())));
        return store.all().map(users -> {
            users.forEach(this::subscribe);
            LOG.info("channels: listening to {} conversations", users.size());
            catchUp();
            catchUpTimer = vertx.setPeriodic(catchUpEvery.toMillis(), id -> catchUp());
            return null;
        });
    }

    public Future<Void> stop() {
        if (purgeTimer >= 0) {
            vertx.cancelTimer(purgeTimer);
        }
        if (catchUpTimer >= 0) {
            vertx.cancelTimer(catchUpTimer);
        }
        return missedPushes.current().eventually(() -> {
            List<Future<Void>> done = new ArrayList<>();
            subscriptions.values().forEach(s -> done.add(s.consumer.unregister()));
            subscriptions.clear();
            return Future.join(done).mapEmpty();
        });
    }

    /**
     * One catch-up round (see {@link PushCatchUp}); while a round runs, this returns that round.
     * Never fails: a user whose pushes could not be sent is logged and retried next round.
     */
    public Future<Void> catchUp() {
        return missedPushes.round();
    }

    public ChannelStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    /** True the first time {@code key} (a platform message or update id) is seen on {@code channel}. */
    public Future<Boolean> firstTime(String channel, String key) {
        return store.claim(channel, key, clock.instant());
    }

    /** Handles one inbound message; see {@link ChannelTurn} for what to answer. */
    public Future<ChannelTurn> receive(ChannelInput input) {
        RateLimits.Verdict verdict = limits.check(input.channel(), input.userId());
        if (verdict != RateLimits.Verdict.ALLOW) {
            Lang lang = input.locale() != null ? input.locale() : Lang.detect(input.text(), Lang.EN);
            LOG.info("channel {}: a user is over the rate limit ({})", input.channel(), verdict);
            List<Message> notice = verdict == RateLimits.Verdict.REFUSE_AND_TELL
                    ? List.of(Message.of(
                            0,
                            new Reply(
                                    Sender.SYSTEM,
                                    MessageType.NOTICE,
                                    ChannelTexts.rateLimited(lang),
                                    List.of(),
                                    List.of(),
                                    null),
                            clock.instant()))
                    : List.of();
            return Future.succeededFuture(new ChannelTurn(notice, List.of(), lang, false));
        }
        return serial.submit(
                input.channel() + '\u0000' + input.userId(),
                () -> userOf(input)
                        .compose(found -> found.created() && input.isStart()
                                ? Future.succeededFuture(greeting(found))
                                : turn(found.user(), input)));
    }

    private record Found(ChannelUser user, boolean created, List<Message> greeting) {}

    private Future<Found> userOf(ChannelInput input) {
        return store.find(input.channel(), input.userId()).compose(found -> {
            if (found.isPresent()) {
                return Future.succeededFuture(new Found(found.get(), false, List.of()));
            }
            Lang locale = input.locale() != null ? input.locale() : Lang.detect(input.text(), Lang.EN);
            return conversations.open(input.channel(), locale).compose(opened -> {
                ChannelUser user = new ChannelUser(
                        input.channel(),
                        input.userId(),
                        opened.id(),
                        opened.token(),
                        locale,
                        PlainText.offeredOptions(opened.greeting()),
                        lastSeq(opened.greeting()));
                return store.insert(user, clock.instant()).compose(inserted -> {
                    if (!inserted) {
                        // Another node opened one first: talk in that conversation; this one stays empty.
                        return store.find(input.channel(), input.userId())
                                .map(again -> new Found(again.orElseThrow(), false, List.of()));
                    }
                    LOG.info("channel {}: conversation {} opened for a new user", input.channel(), opened.id());
                    subscribe(user);
                    return Future.succeededFuture(new Found(user, true, opened.greeting()));
                });
            });
        });
    }

    private ChannelTurn greeting(Found found) {
        ChannelUser user = found.user();
        return new ChannelTurn(found.greeting(), user.options(), user.locale(), false);
    }

    private Future<ChannelTurn> turn(ChannelUser user, ChannelInput input) {
        String clientMessageId =
                input.clientMessageId() == null ? null : input.channel() + ":" + input.clientMessageId();
        if (input.file() != null) {
            return input.file()
                    .fetch()
                    .get()
                    .compose(file -> conversations.sendFile(
                            user.conversationId(), user.token(), file.name(), file.content(), clientMessageId))
                    .compose(reply -> answered(user, reply), failure -> fileRefused(user, input, failure));
        }
        InboundMessage message;
        if (input.action() != null) {
            message = InboundMessage.action(input.action());
        } else if (input.isStart()) {
            message = InboundMessage.text(ChannelTexts.start(user.locale()));
        } else {
            QuickReply option = PlainText.chosen(input.text(), user.options());
            message = option != null ? InboundMessage.action(option.action()) : InboundMessage.text(input.text());
        }
        return conversations
                .send(user.conversationId(), user.token(), message, clientMessageId)
                .compose(reply -> answered(user, reply));
    }

    /** A document the platform could not give us or the service does not accept: say why; the turn never ran. */
    private Future<ChannelTurn> fileRefused(ChannelUser user, ChannelInput input, Throwable failure) {
        LOG.info("channel {}: a document from a user was not received: {}", input.channel(), failure.getMessage());
        String why = ChannelTexts.fileNotReceived(
                user.locale(),
                failure instanceof ApiException api ? api.status() : 0,
                failure instanceof ApiException api ? api.getMessage() : null);
        Message notice = Message.of(
                0, new Reply(Sender.SYSTEM, MessageType.NOTICE, why, List.of(), List.of(), null), clock.instant());
        return Future.succeededFuture(new ChannelTurn(List.of(notice), user.options(), user.locale(), false));
    }

    private Future<ChannelTurn> answered(ChannelUser user, TurnReply reply) {
        List<Message> out =
                reply.messages().stream().filter(m -> m.from() != Sender.USER).toList();
        List<QuickReply> options = PlainText.offeredOptions(out);
        Instant now = clock.instant();
        long last = lastSeq(reply.messages());
        ChannelUser next = user.withOptions(options).withSentSeq(last);
        Subscription subscription = subscriptions.get(user.conversationId());
        if (subscription != null) {
            subscription.user = next;
        }
        Future<Void> saved = options.equals(user.options())
                ? Future.succeededFuture()
                : store.saveOptions(user.channel(), user.userId(), options, now);
        return saved.compose(v -> store.advanceSentSeq(user.channel(), user.userId(), last, now))
                .map(v -> new ChannelTurn(out, options, user.locale(), reply.expectsFile()));
    }

    private static long lastSeq(List<Message> messages) {
        return messages.stream().mapToLong(Message::seq).max().orElse(0);
    }

    private Subscription subscribe(ChannelUser user) {
        return subscriptions.computeIfAbsent(user.conversationId(), id -> {
            Subscription subscription = new Subscription(user);
            subscription.consumer = vertx.eventBus()
                    .consumer(conversations.eventsAddress(id), event -> onEvent(subscription, event.body()));
            return subscription;
        });
    }

    private void onEvent(Subscription subscription, Object body) {
        Optional<Message> parsed = conversations.messageOf(body);
        if (parsed.isEmpty() || !subscription.isPush(parsed.get())) {
            return;
        }
        Message message = parsed.get();
        ChannelUser user = subscription.user;
        String conversationId = user.conversationId();
        String key = pushKey(conversationId, message.seq());
        serial.submit(
                        "push\u0000" + conversationId,
                        () -> store.claim(user.channel(), key, clock.instant())
                                .compose(first -> first
                                        ? sendClaimed(subscription, user.channel(), key, message)
                                        : Future.<Void>succeededFuture()))
                .onFailure(e -> LOG.warn(
                        "channel {}: message {} of conversation {} could not be pushed: {}",
                        user.channel(),
                        message.seq(),
                        conversationId,
                        e.toString()));
    }

    static String pushKey(String conversationId, long seq) {
        return "push:" + conversationId + ":" + seq;
    }

    /**
     * Forwards a message claimed under {@code key}; when that fails, frees the claim and remembers the
     * message for the next catch-up.
     */
    private Future<Void> sendClaimed(Subscription subscription, String channel, String key, Message message) {
        String conversationId = subscription.user.conversationId();
        return forward(subscription, message)
                .onSuccess(v -> missedPushes.forgetFailed(conversationId, message.seq()))
                .recover(e -> {
                    missedPushes.rememberFailed(conversationId, message);
                    return store.release(channel, key).transform(released -> Future.failedFuture(e));
                });
    }

    private Future<Void> forward(Subscription subscription, Message message) {
        ChannelUser user = subscription.user;
        OutputChannel output = outputs.get(user.channel());
        if (output == null) {
            return Future.failedFuture(new IllegalStateException("no output channel \"" + user.channel() + "\""));
        }
        Instant now = clock.instant();
        Future<Void> options = Future.succeededFuture();
        if (!message.quickReplies().isEmpty()) {
            subscription.user = user.withOptions(message.quickReplies());
            options = store.saveOptions(user.channel(), user.userId(), message.quickReplies(), now);
        }
        return options.compose(v -> output.push(user.userId(), user.locale(), List.of(message)))
                .compose(v -> store.advanceSentSeq(user.channel(), user.userId(), message.seq(), now));
    }

    /** One conversation listened to, and where its current turn's messages are in the event stream. */
    static final class Subscription {
        volatile ChannelUser user;
        MessageConsumer<Object> consumer;
        private final TurnTracker turns = new TurnTracker();

        Subscription(ChannelUser user) {
            this.user = user;
        }

        /** False for the user's own messages and the replies published with them. */
        synchronized boolean isPush(Message message) {
            return turns.isPush(message);
        }
    }
}
