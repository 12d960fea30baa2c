package org.onewindow.handoff;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.TurnResult;
import org.onewindow.dialogue.HandoffInfo;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Lang;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.Reply;
import org.onewindow.shared.Sender;

/**
 * The staff side of a handoff: queues, claims, staff messages, notes, transfer and the return to
 * the bot (a process resumes at the step where it stood). The enterprise sees each change as a
 * notice in its conversation, on whatever channel it uses.
 */
public final class HandoffService {

    private final HandoffStore store;
    private final ConversationService conversations;
    private final Clock clock;

    public HandoffService(HandoffStore store, ConversationService conversations, Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** The open handoffs by department, each with how long it has waited. */
    public Future<Map<String, List<Map<String, Object>>>> queues() {
        Instant now = clock.instant();
        return store.open().map(items -> {
            Map<String, List<Map<String, Object>>> byDepartment = new LinkedHashMap<>();
            for (HandoffItem item : items) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("handoffId", item.id());
                row.put("conversationId", item.conversationId());
                row.put("status", item.status());
                row.put("reason", item.reason());
                row.put("requestedAt", item.requestedAt().toString());
                row.put("waitingSeconds", Duration.between(item.requestedAt(), now).toSeconds());
                row.put("claimedBy", item.claimedBy());
                byDepartment.computeIfAbsent(item.department(), d -> new ArrayList<>()).add(row);
            }
            return byDepartment;
        });
    }

    /**
     * Claims the conversation for {@code agent}: its queued handoff, or a new one when staff pick
     * a conversation from the list of all. 409 when another agent holds it.
     */
    public Future<TurnResult> claim(String conversationId, String agent, String agentDepartment) {
        Instant now = clock.instant();
        return conversations.find(conversationId).compose(conversation -> store.current(conversationId)).compose(current -> {
            if (current.isEmpty()) {
                String id = UUID.randomUUID().toString();
                return store.openClaimed(id, conversationId, agentDepartment, agent, now)
                        .recover(e -> Future.failedFuture(new ApiException(409, "already_claimed",
                                "Another staff member took this conversation first.")))
                        .compose(item -> joined(conversationId, new HandoffInfo(item.id(), HandoffInfo.ACTIVE,
                                item.department(), agent, "picked by staff", now)));
            }
            HandoffItem item = current.get();
            if (HandoffInfo.ACTIVE.equals(item.status())) {
                return Future.failedFuture(new ApiException(409, "already_claimed",
                        "This conversation is already being handled by " + item.claimedBy() + "."));
            }
            return store.claim(item.id(), agent, now).compose(claimed -> claimed
                    ? joined(conversationId, new HandoffInfo(item.id(), HandoffInfo.ACTIVE, item.department(), agent,
                            item.reason(), item.requestedAt()))
                    : Future.failedFuture(new ApiException(409, "already_claimed",
                            "Another staff member claimed this conversation first.")));
        });
    }

    /** A staff message to the enterprise; only the agent who holds the conversation may send it. */
    public Future<TurnResult> reply(String conversationId, String agent, String text) {
        return active(conversationId, agent).compose(item -> store.firstResponse(item.id(), clock.instant())
                .compose(v -> conversations.systemTurn(conversationId, state -> state,
                        state -> List.of(new Reply(Sender.STAFF, MessageType.TEXT, text, List.of(), List.of(), null)))));
    }

    public Future<StaffNote> note(String conversationId, String author, String body) {
        StaffNote note = new StaffNote(UUID.randomUUID().toString(), conversationId, author, body, clock.instant());
        return conversations.find(conversationId).compose(c -> store.addNote(note)).map(v -> note);
    }

    public Future<List<StaffNote>> notes(String conversationId) {
        return store.notes(conversationId);
    }

    /** Moves the conversation to another department's queue. */
    public Future<TurnResult> transfer(String conversationId, String department) {
        return open(conversationId).compose(item -> store.requeue(item.id(), department).compose(moved -> {
            if (!moved) {
                return Future.failedFuture(new ApiException(409, "handoff_closed", "This handoff is already closed."));
            }
            return conversations.systemTurn(conversationId,
                    state -> state.withHandoff(state.handoff() == null
                            ? new HandoffInfo(item.id(), HandoffInfo.QUEUED, department, null, item.reason(), item.requestedAt())
                            : state.handoff().transferredTo(department)),
                    state -> List.of(notice(state.locale(), Texts.TRANSFERRED,
                            conversations.dialogue().departmentName(department, state.locale()))));
        }));
    }

    /** Hands the conversation back to the bot; a process goes on at the step where it stood. */
    public Future<TurnResult> resolve(String conversationId, String agent) {
        return open(conversationId).compose(item -> store.close(item.id(), agent, clock.instant()))
                .compose(closed -> conversations.systemTurn(conversationId, state -> state.withHandoff(null),
                        state -> {
                            List<Reply> replies = new ArrayList<>();
                            replies.add(notice(state.locale(), Texts.BACK_TO_BOT));
                            replies.addAll(conversations.dialogue().resumeProcess(state));
                            return replies;
                        }));
    }

    private Future<TurnResult> joined(String conversationId, HandoffInfo handoff) {
        return conversations.systemTurn(conversationId, state -> state.withHandoff(handoff),
                state -> List.of(notice(state.locale(), Texts.JOINED)));
    }

    private Future<HandoffItem> open(String conversationId) {
        return store.current(conversationId).map(current -> current.orElseThrow(() ->
                new ApiException(409, "no_handoff", "No person is involved in this conversation.")));
    }

    private Future<HandoffItem> active(String conversationId, String agent) {
        return open(conversationId).map(item -> {
            if (!HandoffInfo.ACTIVE.equals(item.status()) || !agent.equals(item.claimedBy())) {
                throw new ApiException(409, "not_claimed_by_you", "Claim this conversation before replying.");
            }
            return item;
        });
    }

    private static Reply notice(Lang lang, Map<Lang, String> text, Object... args) {
        return new Reply(Sender.SYSTEM, MessageType.NOTICE, String.format(java.util.Locale.ROOT, text.get(lang), args),
                List.of(), List.of(), null);
    }

    /** What the enterprise is told. */
    private static final class Texts {
        static final Map<Lang, String> JOINED = Map.of(
                Lang.EN, "A staff member has joined the conversation.",
                Lang.ZH, "工作人员已接入对话。");
        static final Map<Lang, String> TRANSFERRED = Map.of(
                Lang.EN, "Your conversation has been passed to %s; a staff member there will join shortly.",
                Lang.ZH, "您的对话已转给%s，稍后将有工作人员接入。");
        static final Map<Lang, String> BACK_TO_BOT = Map.of(
                Lang.EN, "The staff member has handed you back to the assistant. Ask me anything, or carry on where we were.",
                Lang.ZH, "工作人员已将对话交回智能助手。您可以继续提问，或接着办理刚才的事项。");
    }
}
