package org.onewindow.handoff;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.ConversationSummary;
import org.onewindow.conversation.TurnResult;
import org.onewindow.dialogue.Dialogue;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.HandoffInfo;
import org.onewindow.shared.Lang;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.Reply;
import org.onewindow.shared.Sender;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffPrincipal;

/**
 * The staff side of a handoff: queues, claims, staff messages, notes, transfer and the return to
 * the bot (a process resumes at the step where it stood). The enterprise sees each change as a
 * notice in its conversation, on whatever channel it uses.
 */
public final class HandoffService {

    /** How many recent handoff episodes a staff member's conversation list is drawn from. */
    private static final int SCOPE_SCAN_LIMIT = 5000;

    /** What the enterprise is told: the {@code handoff.*} messages. */
    private static final MessageCatalog MESSAGES = MessageCatalog.bundled();

    private final HandoffStore store;
    private final ConversationService conversations;
    private final Clock clock;

    public HandoffService(HandoffStore store, ConversationService conversations, Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.clock = clock;
    }

    /**
     * Fails with 403 {@code outside_scope} unless the conversation is within the {@link StaffScope} of {@code staff}.
     */
    public Future<Void> authorize(StaffPrincipal staff, String conversationId) {
        if (staff.hasRole(Role.ADMIN)) {
            return Future.succeededFuture();
        }
        return store.episodes(conversationId)
                .compose(episodes -> StaffScope.covers(staff, episodes)
                        ? Future.succeededFuture()
                        : Future.failedFuture(new ApiException(
                                403,
                                "outside_scope",
                                "This conversation is neither in your departments' queues nor handed to you.")));
    }

    /** The conversations within the scope of {@code staff} (not an admin), most recently handed over first. */
    public Future<List<String>> conversationsInScope(StaffPrincipal staff, int limit) {
        List<String> departments = new ArrayList<>(staff.departments());
        departments.add(org.onewindow.dialogue.Dialogue.GENERAL_DEPARTMENT);
        return store.episodesOf(departments, staff.username(), SCOPE_SCAN_LIMIT)
                .map(episodes -> episodes.stream()
                        .filter(episode -> StaffScope.covers(staff, episode))
                        .map(HandoffItem::conversationId)
                        .distinct()
                        .limit(limit)
                        .toList());
    }

    /**
     * The open handoffs within the scope of {@code staff}, by department, each with how long it has
     * waited and who is waiting: the enterprise (its USCC when verified), the channel and its first message.
     */
    public Future<Map<String, List<Map<String, Object>>>> queues(StaffPrincipal staff) {
        Instant now = clock.instant();
        return store.open().compose(all -> {
            List<HandoffItem> items =
                    all.stream().filter(item -> StaffScope.covers(staff, item)).toList();
            return conversations
                    .summaries(items.stream()
                            .map(HandoffItem::conversationId)
                            .distinct()
                            .toList())
                    .map(summaries -> {
                        Map<String, ConversationSummary> byId = new HashMap<>();
                        summaries.forEach(c -> byId.put(c.id(), c));
                        Map<String, List<Map<String, Object>>> byDepartment = new LinkedHashMap<>();
                        for (HandoffItem item : items) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("handoffId", item.id());
                            row.put("conversationId", item.conversationId());
                            row.put("status", item.status());
                            row.put("reason", item.reason());
                            row.put("requestedAt", item.requestedAt().toString());
                            row.put(
                                    "waitingSeconds",
                                    Duration.between(item.requestedAt(), now).toSeconds());
                            row.put("claimedBy", item.claimedBy());
                            row.put("callBack", item.callBack());
                            ConversationSummary who = byId.get(item.conversationId());
                            row.put("enterprise", who == null ? null : who.enterprise());
                            row.put("uscc", who == null ? null : who.uscc());
                            row.put("channel", who == null ? null : who.channel());
                            row.put("firstMessage", who == null ? null : who.firstMessage());
                            row.put(
                                    "departmentName",
                                    Map.of(
                                            "zh", conversations.dialogue().departmentName(item.department(), Lang.ZH),
                                            "en", conversations.dialogue().departmentName(item.department(), Lang.EN)));
                            byDepartment
                                    .computeIfAbsent(item.department(), d -> new ArrayList<>())
                                    .add(row);
                        }
                        return byDepartment;
                    });
        });
    }

    /**
     * Claims the conversation for {@code agent}: its queued handoff, or a new one when staff pick
     * a conversation from the list of all. 409 when another agent holds it.
     */
    public Future<TurnResult> claim(String conversationId, String agent, String agentDepartment) {
        Instant now = clock.instant();
        return conversations
                .find(conversationId)
                .compose(conversation -> store.current(conversationId))
                .compose(current -> {
                    if (current.isEmpty()) {
                        String id = UUID.randomUUID().toString();
                        return store.openClaimed(id, conversationId, agentDepartment, agent, now)
                                .recover(e -> Future.failedFuture(new ApiException(
                                        409, "already_claimed", "Another staff member took this conversation first.")))
                                .compose(item -> joined(
                                        conversationId,
                                        new HandoffInfo(
                                                item.id(),
                                                HandoffInfo.ACTIVE,
                                                item.department(),
                                                agent,
                                                "picked by staff",
                                                now,
                                                null,
                                                false)));
                    }
                    HandoffItem item = current.get();
                    if (HandoffInfo.ACTIVE.equals(item.status())) {
                        return Future.failedFuture(new ApiException(
                                409,
                                "already_claimed",
                                "This conversation is already being handled by " + item.claimedBy() + "."));
                    }
                    return store.claim(item.id(), agent, now)
                            .compose(claimed -> claimed
                                    ? joined(
                                            conversationId,
                                            new HandoffInfo(
                                                    item.id(),
                                                    HandoffInfo.ACTIVE,
                                                    item.department(),
                                                    agent,
                                                    item.reason(),
                                                    item.requestedAt(),
                                                    item.callBack(),
                                                    false))
                                    : Future.failedFuture(new ApiException(
                                            409,
                                            "already_claimed",
                                            "Another staff member claimed this conversation first.")));
                });
    }

    /** A staff message to the enterprise; only the agent who holds the conversation may send it. */
    public Future<TurnResult> reply(String conversationId, String agent, String text) {
        return active(conversationId, agent)
                .compose(item -> store.firstResponse(item.id(), clock.instant())
                        .compose(v -> conversations.systemTurn(
                                conversationId,
                                state -> state,
                                state -> List.of(
                                        new Reply(Sender.STAFF, MessageType.TEXT, text, List.of(), List.of(), null)))));
    }

    public Future<StaffNote> note(String conversationId, String author, String body) {
        StaffNote note = new StaffNote(UUID.randomUUID().toString(), conversationId, author, body, clock.instant());
        return conversations
                .find(conversationId)
                .compose(c -> store.addNote(note))
                .map(v -> note);
    }

    public Future<List<StaffNote>> notes(String conversationId) {
        return store.notes(conversationId);
    }

    /** Moves the conversation to another department's queue. */
    public Future<TurnResult> transfer(String conversationId, String department) {
        return open(conversationId)
                .compose(item -> store.requeue(item.id(), department).compose(moved -> {
                    if (!moved) {
                        return Future.failedFuture(
                                new ApiException(409, "handoff_closed", "This handoff is already closed."));
                    }
                    return conversations.systemTurn(
                            conversationId,
                            state -> state.withHandoff(
                                    state.handoff() == null
                                            ? new HandoffInfo(
                                                    item.id(),
                                                    HandoffInfo.QUEUED,
                                                    department,
                                                    null,
                                                    item.reason(),
                                                    item.requestedAt(),
                                                    item.callBack(),
                                                    false)
                                            : state.handoff().transferredTo(department)),
                            state -> List.of(notice(
                                    state.locale(),
                                    "handoff.transferred",
                                    "department",
                                    conversations.dialogue().departmentName(department, state.locale()))));
                }));
    }

    /**
     * Corrects one answer of the enterprise's process on its behalf, with a reason it is shown;
     * only the agent who holds the conversation may. The process stays at its step.
     */
    public Future<TurnResult> correctAnswer(
            String conversationId, String agent, String field, String value, String reason) {
        return active(conversationId, agent)
                .compose(item -> conversations.systemTurn(
                        conversationId,
                        state -> {
                            try {
                                return conversations.dialogue().correctedByStaff(state, field, value);
                            } catch (IllegalArgumentException e) {
                                throw new ApiException(400, "correction_refused", e.getMessage());
                            }
                        },
                        state -> List.of(conversations.dialogue().staffCorrectionNotice(state, field, reason))));
    }

    /** The process whose submissions are appointments staff confirm: the assistant-agent service. */
    public static final String BOOKING_PROCESS = "book-agent";

    /** Agent bookings awaiting staff: each with its receipt, topic, service mode and preferred slot. */
    public Future<List<Map<String, Object>>> bookings() {
        return conversations
                .undecidedSubmissions(BOOKING_PROCESS)
                .map(records -> records.stream()
                        .map(r -> {
                            io.vertx.core.json.JsonObject answers = new io.vertx.core.json.JsonObject(r.payloadJson())
                                    .getJsonObject("answers", new io.vertx.core.json.JsonObject());
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("submissionId", r.id());
                            row.put("receipt", r.receipt());
                            row.put("conversationId", r.conversationId());
                            row.put("status", r.status());
                            for (String field :
                                    List.of("topic", "serviceMode", "preferredDate", "preferredSlot", "address")) {
                                row.put(field, answers.getValue(field));
                            }
                            row.put("requestedAt", r.createdAt().toString());
                            return row;
                        })
                        .toList());
    }

    /** Confirms a booking's preferred slot to the enterprise. */
    public Future<TurnResult> confirmBooking(String submissionId, String agent) {
        return booking(submissionId)
                .compose(b -> conversations.systemTurn(
                        b.conversationId(),
                        state -> state,
                        state -> List.of(staffMessage(MESSAGES.text(
                                state.locale(),
                                "handoff.bookingConfirmed",
                                "receipt",
                                b.receipt(),
                                "date",
                                b.date(),
                                "slot",
                                b.slot())))));
    }

    /**
     * Proposes another slot: the staff member takes the conversation (so the enterprise's answer
     * reaches them) and tells the enterprise the proposal.
     */
    public Future<TurnResult> proposeBooking(
            String submissionId, String agent, String department, String date, String slot) {
        return booking(submissionId)
                .compose(b -> claimOrKeep(b.conversationId(), agent, department)
                        .compose(v -> conversations.systemTurn(
                                b.conversationId(),
                                state -> state,
                                state -> List.of(staffMessage(MESSAGES.text(
                                        state.locale(),
                                        "handoff.bookingProposed",
                                        "receipt",
                                        b.receipt(),
                                        "date",
                                        date,
                                        "slot",
                                        slot))))));
    }

    private record Booking(String conversationId, String receipt, String date, String slot) {}

    private Future<Booking> booking(String submissionId) {
        return conversations
                .undecidedSubmissions(BOOKING_PROCESS)
                .map(records -> records.stream()
                        .filter(r -> r.id().equals(submissionId))
                        .findFirst()
                        .map(r -> {
                            io.vertx.core.json.JsonObject answers = new io.vertx.core.json.JsonObject(r.payloadJson())
                                    .getJsonObject("answers", new io.vertx.core.json.JsonObject());
                            return new Booking(
                                    r.conversationId(),
                                    r.receipt(),
                                    String.valueOf(answers.getValue("preferredDate")),
                                    String.valueOf(answers.getValue("preferredSlot")));
                        })
                        .orElseThrow(() -> ApiException.notFound(
                                "booking_not_found", "No open agent booking " + submissionId + ".")));
    }

    /** Claims the conversation for {@code agent} unless they already hold it. */
    private Future<Void> claimOrKeep(String conversationId, String agent, String department) {
        return store.current(conversationId)
                .compose(current -> current.isPresent()
                                && HandoffInfo.ACTIVE.equals(current.get().status())
                                && agent.equals(current.get().claimedBy())
                        ? Future.succeededFuture()
                        : claim(conversationId, agent, department).mapEmpty());
    }

    private static Reply staffMessage(String text) {
        return new Reply(Sender.STAFF, MessageType.TEXT, text, List.of(), List.of(), null);
    }

    /** Passes the conversation to another staff member, who holds it at once. */
    public Future<TurnResult> transferToAgent(String conversationId, String fromAgent, String toAgent) {
        Instant now = clock.instant();
        return active(conversationId, fromAgent)
                .compose(item -> store.requeue(item.id(), item.department())
                        .compose(v -> store.claim(item.id(), toAgent, now))
                        .compose(claimed -> conversations.systemTurn(
                                conversationId,
                                state -> state.withHandoff(new HandoffInfo(
                                        item.id(),
                                        HandoffInfo.ACTIVE,
                                        item.department(),
                                        toAgent,
                                        item.reason(),
                                        item.requestedAt(),
                                        item.callBack(),
                                        false)),
                                state -> List.of(notice(state.locale(), "handoff.passedOn")))));
    }

    /** How long a console's "available" lasts without being renewed (it renews every minute while open). */
    public static final Duration PRESENCE_LIFETIME = Duration.ofSeconds(150);

    /** Sets whether {@code staff} takes new conversations now; becoming available picks up who is waiting. */
    public Future<Presence> setPresence(StaffPrincipal staff, String status) {
        if (!Presence.AVAILABLE.equals(status) && !Presence.AWAY.equals(status)) {
            return Future.failedFuture(
                    ApiException.badRequest("invalid_presence", "status must be available or away."));
        }
        Presence presence = new Presence(staff.username(), status, staff.departments(), clock.instant());
        return store.setPresence(presence)
                .compose(v -> Presence.AVAILABLE.equals(status)
                        ? assignWaiting().recover(e -> Future.succeededFuture())
                        : Future.succeededFuture())
                .map(presence);
    }

    /**
     * Hands every queued conversation, oldest first, to an available staff member of its department
     * (anyone for the general queue) with the fewest conversations in hand; conversations with no one
     * available stay queued for a manual claim. Safe to run on several nodes at once: a claim takes a
     * queued handoff only once.
     */
    public Future<Void> assignWaiting() {
        Instant now = clock.instant();
        return store.availableSince(now.minus(PRESENCE_LIFETIME))
                .compose(available -> available.isEmpty()
                        ? Future.succeededFuture()
                        : store.open().compose(open -> {
                            Map<String, Integer> load = new HashMap<>();
                            available.forEach(p -> load.put(p.username(), 0));
                            open.stream()
                                    .filter(h -> HandoffInfo.ACTIVE.equals(h.status()) && h.claimedBy() != null)
                                    .forEach(h -> load.computeIfPresent(h.claimedBy(), (agent, n) -> n + 1));
                            Future<Void> chain = Future.succeededFuture();
                            for (HandoffItem item : open) {
                                if (!item.isQueued()) {
                                    continue;
                                }
                                Optional<Presence> pick = available.stream()
                                        .filter(p -> p.answersFor(item.department(), Dialogue.GENERAL_DEPARTMENT))
                                        .min(java.util.Comparator.comparing((Presence p) -> load.get(p.username()))
                                                .thenComparing(Presence::username));
                                if (pick.isEmpty()) {
                                    continue;
                                }
                                String agent = pick.get().username();
                                load.merge(agent, 1, Integer::sum);
                                chain = chain.compose(v -> claim(item.conversationId(), agent, item.department())
                                        .<Void>mapEmpty()
                                        .recover(e -> Future.succeededFuture())); // taken by someone first: fine
                            }
                            return chain;
                        }));
    }

    /** Hands the conversation back to the bot; a process goes on at the step where it stood. */
    public Future<TurnResult> resolve(String conversationId, String agent) {
        return open(conversationId)
                .compose(item -> store.close(item.id(), agent, clock.instant())
                        .compose(closed ->
                                conversations.systemTurn(conversationId, state -> state.withHandoff(null), state -> {
                                    List<Reply> replies = new ArrayList<>();
                                    replies.add(notice(state.locale(), "handoff.backToBot"));
                                    List<Reply> resumed =
                                            conversations.dialogue().resumeProcess(state);
                                    replies.addAll(resumed);
                                    if (resumed.isEmpty()) {
                                        // Asked last, so its buttons are the ones shown; a form's next step goes first.
                                        replies.add(rateThisHelp(item.id(), state.locale()));
                                    }
                                    return replies;
                                })));
    }

    private Future<TurnResult> joined(String conversationId, HandoffInfo handoff) {
        return conversations.systemTurn(
                conversationId,
                state -> state.withHandoff(handoff),
                state -> List.of(notice(state.locale(), "handoff.joined")));
    }

    private Future<HandoffItem> open(String conversationId) {
        return store.current(conversationId)
                .map(current -> current.orElseThrow(
                        () -> new ApiException(409, "no_handoff", "No person is involved in this conversation.")));
    }

    private Future<HandoffItem> active(String conversationId, String agent) {
        return open(conversationId).map(item -> {
            if (!HandoffInfo.ACTIVE.equals(item.status()) || !agent.equals(item.claimedBy())) {
                throw new ApiException(409, "not_claimed_by_you", "Claim this conversation before replying.");
            }
            return item;
        });
    }

    /** "How was the help you got?" with three buttons, satisfied to dissatisfied. */
    private static Reply rateThisHelp(String handoffId, Lang lang) {
        String prefix = Dialogue.RATE_ACTION_PREFIX + handoffId + ":";
        List<QuickReply> scores = List.of(
                new QuickReply(MESSAGES.text(lang, "handoff.rating.satisfied"), prefix + "3"),
                new QuickReply(MESSAGES.text(lang, "handoff.rating.ok"), prefix + "2"),
                new QuickReply(MESSAGES.text(lang, "handoff.rating.dissatisfied"), prefix + "1"));
        return new Reply(
                Sender.BOT, MessageType.TEXT, MESSAGES.text(lang, "handoff.rateHelp"), List.of(), scores, null);
    }

    /** A notice of the message {@code key} of the catalogue, {@code args} as name, value pairs. */
    private static Reply notice(Lang lang, String key, Object... args) {
        return new Reply(Sender.SYSTEM, MessageType.NOTICE, MESSAGES.text(lang, key, args), List.of(), List.of(), null);
    }
}
