package org.onewindow.handoff;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable handoff queues. Claims are conditional updates in the database, so two agents — on
 * one node or several — can never both hold the same conversation.
 */
public interface HandoffStore {

    /** Every handoff that is queued or active, oldest request first. */
    Future<List<HandoffItem>> open();

    /** The conversation's handoff that is not closed, if any. */
    Future<Optional<HandoffItem>> current(String conversationId);

    /** Every handoff episode of the conversation, newest first. */
    Future<List<HandoffItem>> episodes(String conversationId);

    /** The newest {@code limit} episodes in {@code departments} or claimed by {@code agent}, newest first. */
    Future<List<HandoffItem>> episodesOf(java.util.Collection<String> departments, String agent, int limit);

    /** Starts a handoff that staff opened themselves, already claimed by {@code agent}. */
    Future<HandoffItem> openClaimed(String id, String conversationId, String department, String agent, Instant at);

    /** Claims a queued handoff; false when someone else claimed it first or it is not queued. */
    Future<Boolean> claim(String handoffId, String agent, Instant at);

    /** Puts a handoff back in a (possibly other) department's queue; false when it is closed. */
    Future<Boolean> requeue(String handoffId, String department);

    /** Closes a handoff; false when it was already closed. */
    Future<Boolean> close(String handoffId, String by, Instant at);

    /** Records the first staff message of a handoff (only the first counts). */
    Future<Void> firstResponse(String handoffId, Instant at);

    Future<Void> addNote(StaffNote note);

    Future<List<StaffNote>> notes(String conversationId);

    /** Records a staff member's presence (replacing the last one). */
    Future<Void> setPresence(Presence presence);

    /** The staff members available since {@code since} (a console reports every minute while open). */
    Future<List<Presence>> availableSince(Instant since);
}
