package org.onewindow.conversation;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.shared.Message;

/**
 * Durable storage of conversations and their messages. A returned future completes only once
 * the change is committed, so a turn is answered only after it survives a crash.
 * Implementations run their I/O off the event loop.
 */
public interface ConversationStore {

    /** Stores a new conversation with its first messages. */
    Future<Void> create(Conversation conversation, List<Message> firstMessages);

    Future<Optional<Conversation>> find(String id);

    /** Appends one turn atomically: messages, new state, submissions and the client message id if any. */
    Future<Void> append(TurnRecord turn);

    /** Messages with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
    Future<List<Message>> messagesAfter(String conversationId, long afterSeq, int limit);

    /** Messages with {@code fromSeq <= seq <= toSeq}, oldest first. */
    Future<List<Message>> messagesBetween(String conversationId, long fromSeq, long toSeq);

    Future<Optional<ClientMessageRecord>> findClientMessage(String conversationId, String clientMessageId);

    /** The next receipt number of {@code year} (1, 2, …); a number is never handed out twice. */
    Future<Long> nextReceiptNumber(int year);

    /**
     * The answers of an enterprise's earlier submissions, newest first, as typed JSON values by
     * field name (later submissions win). Only for conversations verified for that enterprise.
     */
    Future<Map<String, Object>> earlierAnswers(String uscc);

    /** The conversation a submission was made in. */
    Future<Optional<String>> conversationOfSubmission(String submissionId);

    /** The most recently active conversations, newest first, for staff picking one. */
    Future<List<ConversationSummary>> recent(int limit);

    /** The summaries of the conversations {@code ids} that exist, most recently active first. */
    Future<List<ConversationSummary>> summaries(java.util.Collection<String> ids);

    /** The conversations verified for an enterprise, most recent first. */
    Future<List<String>> verifiedConversations(String uscc);

    /** The newest version of a submission. */
    Future<Optional<SubmissionRecord>> latestSubmission(String submissionId);

    /** The newest versions of a process's submissions that await a decision, oldest first. */
    Future<List<SubmissionRecord>> undecidedSubmissions(String processId);

    /** How many conversations wait, unclaimed, in a department's queue. */
    Future<Integer> queuedIn(String department);

    /** Fails when the store cannot be used (for health checks). */
    Future<Void> ping();
}
