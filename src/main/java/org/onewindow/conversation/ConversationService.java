package org.onewindow.conversation;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.UUIDClock;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.codec.Json;
import org.onewindow.connector.TargetStatus;
import org.onewindow.dialogue.Decision;
import org.onewindow.dialogue.Dialogue;
import org.onewindow.dialogue.DialogueState;
import org.onewindow.dialogue.DialogueTurn;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.knowledge.LastAnswer;
import org.onewindow.policy.Fact;
import org.onewindow.policy.Profile;
import org.onewindow.policy.ProfileStore;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Enterprise;
import org.onewindow.shared.HandoffInfo;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.Reply;
import org.onewindow.shared.StateView;
import org.onewindow.shared.SubmissionSummary;
import org.onewindow.understanding.Act;
import org.onewindow.understanding.Interpretation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation orchestrator: a turn goes channel → here → dialogue → store → reply. Turns
 * of one conversation run one at a time; a turn is answered only after it is committed; hot
 * conversations are served from a Caffeine cache in front of the store.
 */
public final class ConversationService {

    /** The longest quick-reply action accepted. */
    public static final int MAX_ACTION_LENGTH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ConversationService.class);
    private static final int HISTORY_LIMIT = 10_000;

    private final Vertx vertx;
    private final ConversationStore store;
    private final Dialogue dialogue;
    private final KnowledgeBase knowledge;
    private final Clock clock;
    // Conversation ids are time-ordered (UUID version 7, random below the millisecond): the
    // conversations of one period sit together in the store's indexes, so a batch of turns
    // dirties a few pages instead of one page per conversation. They are not secrets (tokens are).
    private final TimeBasedEpochRandomGenerator ids;
    private final ConversationEvents events;
    private final TurnObserver observer;
    private final int maxTextLength;
    private final SubmissionRouting routing;
    private final SubmissionTurns submissions;
    private final ProfileStore profiles;
    private final SerialExecutor serial = new SerialExecutor();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile java.util.function.Consumer<String> committedHook = id -> {};
    // Maintenance (eviction, expiry) runs on the thread that uses the cache: handing it to the
    // common pool after each turn's put woke another thread for a few microseconds of work.
    private final Cache<String, Conversation> cache = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .executor(Runnable::run)
            .build();

    public ConversationService(
            Vertx vertx,
            ConversationStore store,
            Dialogue dialogue,
            KnowledgeBase knowledge,
            Clock clock,
            ConversationEvents events,
            TurnObserver observer,
            int maxTextLength,
            SubmissionRouting routing,
            ProfileStore profiles) {
        this.vertx = vertx;
        this.profiles = profiles;
        this.routing = routing;
        this.submissions = new SubmissionTurns(store, dialogue, routing, clock);
        this.store = store;
        this.dialogue = dialogue;
        this.knowledge = knowledge;
        this.clock = clock;
        this.ids = Generators.timeBasedEpochRandomGenerator(new java.security.SecureRandom(), new UUIDClock() {
            @Override
            public long currentTimeMillis() {
                return clock.millis();
            }
        });
        this.events = events;
        this.observer = observer;
        this.maxTextLength = maxTextLength;
    }

    public Future<CreatedConversation> create(NewConversation request) {
        Enterprise enterprise = request.enterprise();
        Future<Conversation> unfinished =
                enterprise.verified() ? unfinishedForm(enterprise.uscc()) : Future.succeededFuture(null);
        return unfinished.compose(earlier -> {
            String id = ids.generate().toString();
            String token = Tokens.newToken();
            Instant now = clock.instant();
            List<Reply> greetingReplies = new ArrayList<>(dialogue.greeting(request.locale()));
            DialogueState state = DialogueState.initial(request.locale());
            if (earlier != null) {
                // A verified enterprise picks up its unfinished form where it left it, on this device.
                state = state.inProcess(earlier.state().process());
                greetingReplies.addAll(
                        dialogue.continuedFromElsewhere(earlier.state().process(), request.locale()));
            }
            // The greeting's quick replies are offered like any turn's, so a pressed one reads as its label.
            state = state.offering(
                    greetingReplies.get(greetingReplies.size() - 1).quickReplies());
            List<Message> greeting = number(greetingReplies, 1, now);
            Conversation conversation = new Conversation(
                    id, Tokens.hash(token), request.channel(), request.enterprise(), state, greeting.size(), now);
            return store.create(conversation, greeting)
                    .compose(v -> earlier == null
                            ? Future.succeededFuture()
                            : systemTurn(
                                            earlier.id(),
                                            s -> s.inProcess(null),
                                            s -> List.of(dialogue.continuedElsewhere(s.locale())))
                                    .mapEmpty())
                    .map(v -> {
                        cache.put(id, conversation);
                        return new CreatedConversation(id, token, request.locale(), greeting, view(conversation));
                    });
        });
    }

    /** The enterprise's latest conversation with a form under way (not with staff), or null. */
    private Future<Conversation> unfinishedForm(String uscc) {
        return store.verifiedConversations(uscc).compose(ids -> firstWithForm(ids, 0));
    }

    private Future<Conversation> firstWithForm(List<String> ids, int from) {
        if (from >= ids.size()) {
            return Future.succeededFuture(null);
        }
        return load(ids.get(from))
                .compose(c -> c.state().mode() == org.onewindow.shared.Mode.PROCESS
                                && c.state().process() != null
                        ? Future.succeededFuture(c)
                        : firstWithForm(ids, from + 1));
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
        // What a retry with the same clientMessageId must repeat (only needed with one).
        String requestHash = clientMessageId == null
                ? null
                : Tokens.sha256Hex(
                        message.isAction()
                                ? "action:" + message.action()
                                : message.isFile() ? "file:" + message.file().sha256() : "text:" + message.text());
        return authorize(id, token)
                .compose(ignored -> serial.submit(id, () -> {
                    long started = System.nanoTime();
                    inFlight.incrementAndGet();
                    return retryIfStale(id, () -> turn(id, message, clientMessageId, requestHash))
                            .onSuccess(r -> {
                                long nanos = System.nanoTime() - started;
                                observer.turnCompleted(nanos);
                                LOG.debug(
                                        "conversation {}: turn done in {} ms, {} messages",
                                        id,
                                        nanos / 1_000_000,
                                        r.messages().size());
                            })
                            .onComplete(r -> inFlight.decrementAndGet());
                }));
    }

    /** The messages after {@code afterSeq} (all of them for 0) and the current state. */
    public Future<TurnResult> history(String id, String token, long afterSeq) {
        return authorize(id, token)
                .compose(conversation -> store.messagesAfter(id, afterSeq, HISTORY_LIMIT)
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
        DialogueState state = conversation.state();
        Map<String, Object> handoff = null;
        if (state.handoff() != null) {
            handoff = new LinkedHashMap<>();
            handoff.put("status", state.handoff().status());
            handoff.put("department", state.handoff().department());
            handoff.put(
                    "departmentName", dialogue.departmentName(state.handoff().department(), state.locale()));
        }
        return new StateView(state.mode(), dialogue.processView(state, state.locale()), handoff, state.submissions());
    }

    /**
     * A turn that is not the user's: staff messages, notices, handoff changes. Runs in the
     * conversation's order, commits {@code replies} and the changed state, then pushes them.
     */
    public Future<TurnResult> systemTurn(
            String id,
            java.util.function.UnaryOperator<DialogueState> change,
            java.util.function.Function<DialogueState, List<Reply>> replies) {
        return serial.submit(
                id,
                () -> retryIfStale(
                        id,
                        () -> load(id).compose(conversation -> {
                            DialogueState nextState = change.apply(conversation.state());
                            return commitSystemTurn(conversation, nextState, replies.apply(nextState), Map.of());
                        })));
    }

    /**
     * Called with a conversation's id after each of its turns committed on this node; the
     * cluster tells the other nodes, which {@link #evict} their copy.
     */
    public void onCommitted(java.util.function.Consumer<String> hook) {
        this.committedHook = hook;
    }

    /** Forgets the cached state of conversation {@code id}, which another node changed. */
    public void evict(String id) {
        cache.invalidate(id);
    }

    /**
     * Runs a turn; if it was decided on stale state (another node appended the same seq first,
     * a primary-key violation on {@code messages}), evicts, reloads and runs it once more.
     */
    private <T> Future<T> retryIfStale(String id, java.util.function.Supplier<Future<T>> turn) {
        return turn.get().recover(e -> {
            if (!isConstraintViolation(e)) {
                return Future.failedFuture(e);
            }
            cache.invalidate(id);
            return turn.get();
        });
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                // PostgreSQL: class 23 (integrity constraint); SQLite: SQLITE_CONSTRAINT and its extended codes.
                if (state != null && state.startsWith("23") || (sql.getErrorCode() & 0xff) == 19) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Commits a turn that is not the user's (no user message), with new overall statuses of submissions. */
    private Future<TurnResult> commitSystemTurn(
            Conversation conversation,
            DialogueState nextState,
            List<Reply> replies,
            Map<String, String> submissionStatuses) {
        List<Message> messages = number(replies, conversation.lastSeq() + 1, clock.instant());
        long lastSeq = conversation.lastSeq() + messages.size();
        Conversation next = conversation.advancedTo(nextState, lastSeq);
        TurnRecord record = new TurnRecord(
                conversation.id(),
                messages,
                nextState,
                lastSeq,
                null,
                null,
                List.of(),
                submissionStatuses,
                null,
                null,
                null);
        return publishAfter(store.append(record), conversation, next, messages);
    }

    /** The dialogue, for callers that compose system turns (process resumption after a handoff). */
    public Dialogue dialogue() {
        return dialogue;
    }

    /**
     * What is known about the enterprise of a conversation the caller holds the token of: the
     * conversation's own facts and, only when it is verified, the enterprise's stored profile.
     */
    public Future<Map<String, Fact>> facts(String id, String token) {
        return authorize(id, token)
                .compose(conversation -> profile(conversation).map(profile -> {
                    Map<String, Fact> all =
                            new LinkedHashMap<>(conversation.state().facts());
                    all.putAll(profile);
                    return all;
                }));
    }

    /** Tells an enterprise something in every conversation verified for it (and so on its channels). */
    public Future<Void> notifyEnterprise(String uscc, java.util.function.Function<Lang, Reply> message) {
        return store.verifiedConversations(uscc)
                .compose(ids -> Future.all(ids.stream()
                        .map(id -> systemTurn(id, state -> state, state -> List.of(message.apply(state.locale()))))
                        .toList()))
                .mapEmpty();
    }

    /** A process's submissions awaiting a decision (e.g. agent bookings for staff). */
    public Future<List<SubmissionRecord>> undecidedSubmissions(String processId) {
        return store.undecidedSubmissions(processId);
    }

    /** The most recently active conversations, for staff. */
    public Future<List<ConversationSummary>> recent(int limit) {
        return store.recent(limit);
    }

    /** The summaries of the conversations {@code ids}, most recently active first. */
    public Future<List<ConversationSummary>> summaries(java.util.Collection<String> ids) {
        return store.summaries(ids);
    }

    /** A conversation's current header and state, for staff. */
    public Future<Conversation> find(String id) {
        return load(id);
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
            return load(id).compose(
                            conversation -> decideAndCommit(conversation, message, clientMessageId, requestHash));
        });
    }

    private Future<TurnResult> replay(String id, ClientMessageRecord earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            return Future.failedFuture(new ApiException(
                    409, "client_message_id_reused", "This clientMessageId was already used for a different message."));
        }
        return load(id).compose(conversation -> store.messagesBetween(id, earlier.firstSeq(), earlier.lastSeq())
                .map(messages -> new TurnResult(messages, view(conversation))));
    }

    private Future<TurnResult> decideAndCommit(
            Conversation conversation, InboundMessage message, String clientMessageId, String requestHash) {
        return knownFacts(conversation)
                .compose(facts -> profile(conversation)
                        .map(profile -> new DialogueTurn(conversation.state(), message, facts, profile)))
                .compose(this::decide)
                .compose(decision -> decision.submission() != null
                        ? submissions.submit(conversation, message, decision)
                        : decision.change() != null
                                ? submissions.change(message, decision)
                                : Future.succeededFuture(TurnOutcome.of(message, decision)))
                .compose(this::withHandoff)
                .compose(outcome -> commit(conversation, outcome, clientMessageId, requestHash)
                        .onSuccess(committed -> observer.turnDecided(TurnKind.of(
                                outcome.decision(), conversation.state().mode() == org.onewindow.shared.Mode.PROCESS)))
                        .compose(result -> saveLearntFacts(conversation, outcome.decision())
                                .map(result)));
    }

    /**
     * Interprets the message, looks up the question it asks (if any), and decides. An answer given
     * before comes from the knowledge base's cache here; a search (Lucene) runs on a worker thread.
     */
    private Future<Decision> decide(DialogueTurn turn) {
        return interpret(turn).compose(reading -> decide(turn, reading));
    }

    /**
     * The message as understood: read on the event loop, and where it names no option at a choice
     * step, weighed by meaning on a worker thread (it embeds the message).
     */
    private Future<Interpretation> interpret(DialogueTurn turn) {
        Interpretation reading = dialogue.interpret(turn);
        return dialogue.choiceToWeigh(turn, reading)
                .map(choice -> vertx.executeBlocking(() -> dialogue.weigh(choice, reading), false))
                .orElseGet(() -> Future.succeededFuture(reading));
    }

    private Future<Decision> decide(DialogueTurn turn, Interpretation reading) {
        Act.Question question = reading.question();
        String lastQuestion = turn.state().lastQuestion();
        if (reading.act() instanceof Act.WrongAnswer && lastQuestion != null) {
            String shown = turn.state().lastTopic();
            return vertx.executeBlocking(() -> knowledge.otherAnswers(lastQuestion, reading.lang(), shown), false)
                    .map(others -> dialogue.decide(turn, reading, others));
        }
        if (question == null) {
            return Future.succeededFuture(dialogue.decide(turn, reading, null));
        }
        // A question asked again in the other language stands on its own: the last topic is in the first.
        LastAnswer last = question.again() ? null : LastAnswer.of(turn.state().lastTopic(), lastQuestion);
        Future<KnowledgeAnswer> answer = knowledge
                .cachedAnswer(question.text(), question.lang(), last)
                .map(Future::succeededFuture)
                .orElseGet(() ->
                        vertx.executeBlocking(() -> knowledge.answer(question.text(), question.lang(), last), false));
        return answer.map(found -> dialogue.decide(turn, reading, found));
    }

    /** A verified enterprise's stored profile (the facts its conversations taught us); empty otherwise. */
    private Future<Map<String, Fact>> profile(Conversation conversation) {
        Enterprise enterprise = conversation.enterprise();
        if (!enterprise.verified() || conversation.state().mode() == org.onewindow.shared.Mode.HANDOFF) {
            return Future.succeededFuture(Map.of());
        }
        return Future.fromCompletionStage(profiles.find(enterprise.uscc()), vertx.getOrCreateContext())
                .map(found -> found.map(Profile::facts).orElse(Map.of()));
    }

    /**
     * Facts learnt in a verified conversation go to the enterprise's profile; an unverified one
     * keeps them in its own state only.
     */
    private Future<Void> saveLearntFacts(Conversation conversation, Decision decision) {
        if (decision.learnt().isEmpty() || !conversation.enterprise().verified()) {
            return Future.succeededFuture();
        }
        return Future.fromCompletionStage(
                profiles.save(
                        conversation.enterprise().uscc(), decision.learnt().values()),
                vertx.getOrCreateContext());
    }

    /**
     * A decision that calls in a person opens a handoff, queued for its department; the user is
     * told their place in the queue.
     */
    private Future<TurnOutcome> withHandoff(TurnOutcome outcome) {
        Decision.HandoffRequest request = outcome.decision().handoff();
        if (request == null) {
            return Future.succeededFuture(outcome);
        }
        HandoffInfo handoff = HandoffInfo.queued(
                UUID.randomUUID().toString(), request.department(), request.reason(), clock.instant());
        return store.queuedIn(request.department()).map(waiting -> {
            List<Reply> replies = new ArrayList<>(outcome.replies());
            replies.add(dialogue.queuePlace(
                    waiting + 1, request.department(), outcome.state().locale()));
            return new TurnOutcome(
                    outcome.message(),
                    outcome.decision(),
                    outcome.state().withHandoff(handoff),
                    replies,
                    outcome.submissions(),
                    handoff,
                    outcome.statuses());
        });
    }

    private Future<TurnResult> commit(
            Conversation conversation, TurnOutcome outcome, String clientMessageId, String requestHash) {
        Instant now = clock.instant();
        long firstSeq = conversation.lastSeq() + 1;
        List<Message> messages = new ArrayList<>();
        InboundMessage inbound = outcome.message();
        messages.add(
                inbound.isFile()
                        ? Message.fileFromUser(firstSeq, inbound.file(), now)
                        : Message.fromUser(firstSeq, outcome.decision().userText(), now));
        messages.addAll(number(outcome.replies(), firstSeq + 1, now));
        long lastSeq = firstSeq + messages.size() - 1;
        Conversation next = conversation.advancedTo(outcome.state(), lastSeq);
        Decision.AnswerRecord answer = outcome.decision().answer();
        AnswerLogEntry logged = answer == null
                ? null
                : new AnswerLogEntry(
                        firstSeq + 1,
                        answer.question(),
                        answer.lang(),
                        answer.outcome(),
                        answer.confidence(),
                        Json.write(answer.passages()));
        TurnRecord record = new TurnRecord(
                conversation.id(),
                messages,
                outcome.state(),
                lastSeq,
                clientMessageId,
                requestHash,
                outcome.submissions(),
                outcome.statuses(),
                outcome.handoff(),
                logged,
                outcome.decision().rating() != null
                        ? HandoffChange.rated(
                                outcome.decision().rating().handoffId(),
                                outcome.decision().rating().score())
                        : HandoffChange.between(
                                conversation.state().handoff(), outcome.state().handoff()));
        return publishAfter(store.append(record), conversation, next, messages);
    }

    /** Once {@code committed} succeeds: cache the conversation, push its messages and state, hand on submissions. */
    private Future<TurnResult> publishAfter(
            Future<Void> committed, Conversation conversation, Conversation next, List<Message> messages) {
        return committed.onFailure(e -> cache.invalidate(conversation.id())).map(v -> {
            cache.put(conversation.id(), next);
            committedHook.accept(conversation.id());
            StateView state = view(next);
            messages.forEach(m -> events.message(conversation.id(), m));
            events.state(conversation.id(), state);
            queueChange(conversation.state().handoff(), next.state().handoff())
                    .ifPresent(h -> events.queueChanged(conversation.id(), h.department(), h.status()));
            if (!next.state().submissions().equals(conversation.state().submissions())) {
                routing.submitted();
            }
            return new TurnResult(messages, state);
        });
    }

    /** The handoff as the queue now has it when the turn changed its status or department (closed when it ended). */
    private static Optional<HandoffInfo> queueChange(HandoffInfo before, HandoffInfo after) {
        if (after != null) {
            boolean changed = before == null
                    || !before.id().equals(after.id())
                    || !before.status().equals(after.status())
                    || !before.department().equals(after.department());
            return changed ? Optional.of(after) : Optional.empty();
        }
        return before == null ? Optional.empty() : Optional.of(before.withStatus(HandoffInfo.CLOSED, null));
    }

    /** A department's decision, or a delivery that failed for good: the enterprise is told each one. */
    private static boolean tells(TargetStatus status) {
        return status == TargetStatus.NEEDS_CORRECTION
                || status == TargetStatus.APPROVED
                || status == TargetStatus.REJECTED
                || status == TargetStatus.FAILED;
    }

    /**
     * An approval system's new status for one target of a submission: updates the submission's
     * card in the conversation's state and tells the enterprise in its language.
     */
    public Future<Void> targetStatusChanged(
            String submissionId,
            String connectorId,
            TargetStatus status,
            String comment,
            List<Map.Entry<String, String>> corrections) {
        return store.conversationOfSubmission(submissionId).compose(found -> {
            if (found.isEmpty()) {
                return Future.succeededFuture();
            }
            String id = found.get();
            return serial.submit(
                    id,
                    () -> retryIfStale(
                            id,
                            () -> load(id).compose(conversation -> {
                                DialogueState state = conversation.state();
                                SubmissionSummary current = state.submissions().stream()
                                        .filter(s -> s.id().equals(submissionId))
                                        .findFirst()
                                        .orElse(null);
                                if (current == null) {
                                    return Future.succeededFuture();
                                }
                                SubmissionSummary updated =
                                        SubmissionTurns.withTargetStatus(current, connectorId, status, comment);
                                String overall = updated.status();
                                DialogueState nextState = state.withSubmission(updated);
                                if (status == TargetStatus.NEEDS_CORRECTION && !corrections.isEmpty()) {
                                    nextState = nextState.correctionsRequested(
                                            submissionId,
                                            corrections.stream()
                                                    .map(Map.Entry::getKey)
                                                    .distinct()
                                                    .toList());
                                }
                                if (!tells(status) && overall.equals(current.status())) {
                                    // One department's system received it, the application as a whole is where it was:
                                    // the state shows it, and no card is added for it.
                                    return commitSystemTurn(
                                                    conversation, nextState, List.of(), Map.of(submissionId, overall))
                                            .mapEmpty();
                                }
                                Reply card = dialogue.statusChanged(
                                        updated,
                                        connectorId,
                                        status,
                                        comment,
                                        corrections.stream()
                                                .map(c -> dialogue.fieldLabel(
                                                                current.process(), c.getKey(), state.locale())
                                                        + (state.locale() == Lang.ZH ? "：" : ": ")
                                                        + c.getValue())
                                                .toList(),
                                        state.locale());
                                return commitSystemTurn(
                                                conversation, nextState, List.of(card), Map.of(submissionId, overall))
                                        .mapEmpty();
                            })));
        });
    }

    /**
     * What the service knows about the enterprise, to pre-fill a process that may start: what the
     * conversation was opened with and, only when the host portal verified the enterprise, the
     * answers of its earlier submissions ({@code enterprise.<field>}).
     */
    private Future<Map<String, String>> knownFacts(Conversation conversation) {
        Enterprise enterprise = conversation.enterprise();
        Map<String, String> given = knownFacts(enterprise);
        if (!enterprise.verified() || conversation.state().mode() != org.onewindow.shared.Mode.BOT) {
            return Future.succeededFuture(given);
        }
        return store.earlierAnswers(enterprise.uscc()).map(answers -> {
            Map<String, String> facts = new LinkedHashMap<>();
            answers.forEach((field, value) -> facts.put("enterprise." + field, String.valueOf(value)));
            if (answers.get("companyName") != null) {
                facts.put("enterprise.name", String.valueOf(answers.get("companyName")));
            }
            facts.putAll(given);
            return facts;
        });
    }

    private static Map<String, String> knownFacts(Enterprise enterprise) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (enterprise.name() != null && !enterprise.name().isBlank()) {
            facts.put("enterprise.name", enterprise.name());
        }
        if (enterprise.uscc() != null && !enterprise.uscc().isBlank()) {
            facts.put("enterprise.uscc", enterprise.uscc());
        }
        return facts;
    }

    private Future<Conversation> load(String id) {
        Conversation cached = cache.getIfPresent(id);
        if (cached != null) {
            return Future.succeededFuture(cached);
        }
        return store.find(id).map(found -> {
            Conversation conversation = found.orElseThrow(
                    () -> ApiException.notFound("conversation_not_found", "No conversation with id " + id + "."));
            cache.put(id, conversation);
            return conversation;
        });
    }

    private void validate(InboundMessage message) {
        if (message.isFile()) {
            return;
        }
        if (message.isAction()) {
            if (message.action().isBlank() || message.action().length() > MAX_ACTION_LENGTH) {
                throw ApiException.badRequest(
                        "invalid_action", "action must be 1 to " + MAX_ACTION_LENGTH + " characters long.");
            }
            return;
        }
        if (message.text().isBlank()) {
            throw ApiException.badRequest("empty_text", "text must not be empty.");
        }
        int length = message.text().codePointCount(0, message.text().length());
        if (length > maxTextLength) {
            throw ApiException.badRequest(
                    "text_too_long", "text is " + length + " characters long; the maximum is " + maxTextLength + ".");
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
