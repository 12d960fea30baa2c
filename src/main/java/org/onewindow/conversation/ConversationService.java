package org.onewindow.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.dialogue.Decision;
import org.onewindow.dialogue.Dialogue;
import org.onewindow.dialogue.DialogueState;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Message;
import org.onewindow.shared.Reply;
import org.onewindow.shared.StateView;

/**
 * The conversation orchestrator: a turn goes channel → here → dialogue → store → reply. Turns
 * of one conversation run one at a time; a turn is answered only after it is committed; hot
 * conversations are served from a Caffeine cache in front of the store.
 */
public final class ConversationService {

    /** The longest quick-reply action accepted. */
    public static final int MAX_ACTION_LENGTH = 200;
    private static final int HISTORY_LIMIT = 10_000;

    private final Vertx vertx;
    private final ConversationStore store;
    private final Dialogue dialogue;
    private final Clock clock;
    private final ConversationEvents events;
    private final TurnObserver observer;
    private final int maxTextLength;
    private final SerialExecutor serial = new SerialExecutor();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Cache<String, Conversation> cache = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    public ConversationService(Vertx vertx, ConversationStore store, Dialogue dialogue, Clock clock,
                               ConversationEvents events, TurnObserver observer, int maxTextLength) {
        this.vertx = vertx;
        this.store = store;
        this.dialogue = dialogue;
        this.clock = clock;
        this.events = events;
        this.observer = observer;
        this.maxTextLength = maxTextLength;
    }

    public Future<CreatedConversation> create(NewConversation request) {
        String id = UUID.randomUUID().toString();
        String token = Tokens.newToken();
        Instant now = clock.instant();
        DialogueState state = DialogueState.initial(request.locale());
        List<Message> greeting = number(dialogue.greeting(request.locale()), 1, now);
        Conversation conversation = new Conversation(id, Tokens.hash(token), request.channel(),
                request.enterprise(), state, greeting.size(), now);
        return store.create(conversation, greeting).map(v -> {
            cache.put(id, conversation);
            return new CreatedConversation(id, token, request.locale(), greeting, view(conversation));
        });
    }

    /** The conversation {@code id} if {@code token} opens it: 404 when unknown, 403 for another token. */
    public Future<Conversation> authorize(String id, String token) {
        return load(id).map(conversation -> {
            if (!Tokens.matches(token, conversation.tokenHash())) {
                throw new ApiException(403, "forbidden", "This token does not open this conversation.");
            }
            return conversation;
        });
    }

    /** Runs one turn. A repeated {@code clientMessageId} returns the first reply without a new turn. */
    public Future<TurnResult> send(String id, String token, InboundMessage message, String clientMessageId) {
        try {
            validate(message);
        } catch (ApiException e) {
            return Future.failedFuture(e);
        }
        String requestHash = Tokens.sha256Hex(message.isAction() ? "action:" + message.action() : "text:" + message.text());
        return authorize(id, token).compose(ignored -> serial.submit(id, () -> {
            long started = System.nanoTime();
            inFlight.incrementAndGet();
            return turn(id, message, clientMessageId, requestHash)
                    .onSuccess(r -> observer.turnCompleted(System.nanoTime() - started))
                    .onComplete(r -> inFlight.decrementAndGet());
        }));
    }

    /** The messages after {@code afterSeq} (all of them for 0) and the current state. */
    public Future<TurnResult> history(String id, String token, long afterSeq) {
        return authorize(id, token).compose(conversation ->
                store.messagesAfter(id, afterSeq, HISTORY_LIMIT)
                        .map(messages -> new TurnResult(messages, view(conversation))));
    }

    /** The current state of a conversation the caller is already authorised for. */
    public Future<StateView> state(String id) {
        return load(id).map(this::view);
    }

    public Future<List<Message>> messagesAfter(String id, long afterSeq) {
        return store.messagesAfter(id, afterSeq, HISTORY_LIMIT);
    }

    public StateView view(Conversation conversation) {
        return new StateView(conversation.state().mode(), null, null, List.of());
    }

    /** Completes once no turn is running, or after {@code timeout}: for a graceful shutdown. */
    public Future<Void> drain(Duration timeout) {
        return waitIdle(System.nanoTime() + timeout.toNanos());
    }

    private Future<Void> waitIdle(long deadlineNanos) {
        if (inFlight.get() == 0 || System.nanoTime() > deadlineNanos) {
            return Future.succeededFuture();
        }
        return vertx.timer(20, TimeUnit.MILLISECONDS).compose(v -> waitIdle(deadlineNanos));
    }

    private Future<TurnResult> turn(String id, InboundMessage message, String clientMessageId, String requestHash) {
        Future<Optional<ClientMessageRecord>> earlier = clientMessageId == null
                ? Future.succeededFuture(Optional.empty())
                : store.findClientMessage(id, clientMessageId);
        return earlier.compose(found -> {
            if (found.isPresent()) {
                return replay(id, found.get(), requestHash);
            }
            return load(id).compose(conversation -> decideAndCommit(conversation, message, clientMessageId, requestHash));
        });
    }

    private Future<TurnResult> replay(String id, ClientMessageRecord earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            return Future.failedFuture(new ApiException(409, "client_message_id_reused",
                    "This clientMessageId was already used for a different message."));
        }
        return load(id).compose(conversation -> store.messagesBetween(id, earlier.firstSeq(), earlier.lastSeq())
                .map(messages -> new TurnResult(messages, view(conversation))));
    }

    private Future<TurnResult> decideAndCommit(Conversation conversation, InboundMessage message,
                                               String clientMessageId, String requestHash) {
        Decision decision = dialogue.decide(conversation.state(), message);
        Instant now = clock.instant();
        long firstSeq = conversation.lastSeq() + 1;
        List<Message> messages = new ArrayList<>();
        messages.add(Message.fromUser(firstSeq, decision.userText(), now));
        messages.addAll(number(decision.replies(), firstSeq + 1, now));
        long lastSeq = firstSeq + messages.size() - 1;
        Conversation next = conversation.advancedTo(decision.state(), lastSeq);
        TurnRecord record = new TurnRecord(conversation.id(), messages, decision.state(), lastSeq, clientMessageId, requestHash);
        return store.append(record)
                .onFailure(e -> cache.invalidate(conversation.id()))
                .map(v -> {
                    cache.put(conversation.id(), next);
                    StateView state = view(next);
                    messages.forEach(m -> events.message(conversation.id(), m));
                    events.state(conversation.id(), state);
                    return new TurnResult(messages, state);
                });
    }

    private Future<Conversation> load(String id) {
        Conversation cached = cache.getIfPresent(id);
        if (cached != null) {
            return Future.succeededFuture(cached);
        }
        return store.find(id).map(found -> {
            Conversation conversation = found.orElseThrow(() ->
                    ApiException.notFound("conversation_not_found", "No conversation with id " + id + "."));
            cache.put(id, conversation);
            return conversation;
        });
    }

    private void validate(InboundMessage message) {
        if (message.isAction()) {
            if (message.action().isBlank() || message.action().length() > MAX_ACTION_LENGTH) {
                throw ApiException.badRequest("invalid_action",
                        "action must be 1 to " + MAX_ACTION_LENGTH + " characters long.");
            }
            return;
        }
        if (message.text().isBlank()) {
            throw ApiException.badRequest("empty_text", "text must not be empty.");
        }
        int length = message.text().codePointCount(0, message.text().length());
        if (length > maxTextLength) {
            throw ApiException.badRequest("text_too_long",
                    "text is " + length + " characters long; the maximum is " + maxTextLength + ".");
        }
    }

    private static List<Message> number(List<Reply> replies, long firstSeq, Instant at) {
        List<Message> messages = new ArrayList<>(replies.size());
        long seq = firstSeq;
        for (Reply reply : replies) {
            messages.add(Message.of(seq++, reply, at));
        }
        return messages;
    }
}
