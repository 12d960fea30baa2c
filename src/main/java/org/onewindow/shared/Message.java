package org.onewindow.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stored message of a conversation. {@code seq} is per conversation, strictly increasing,
 * assigned when the message is stored. {@code submissionId} is set on status cards,
 * {@code file} on uploaded files.
 */
public record Message(
        long seq,
        Sender from,
        MessageType type,
        String text,
        List<Citation> citations,
        List<QuickReply> quickReplies,
        Instant at,
        String submissionId,
        Map<String, Object> file) {
    public Message {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        citations = List.copyOf(citations);
        quickReplies = List.copyOf(quickReplies);
        file = file == null ? null : Map.copyOf(file);
    }

    /** Numbers a reply as message {@code seq}. */
    public static Message of(long seq, Reply reply, Instant at) {
        return new Message(
                seq,
                reply.from(),
                reply.type(),
                reply.text(),
                reply.citations(),
                reply.quickReplies(),
                at,
                reply.submissionId(),
                null);
    }

    /** The user's uploaded file. */
    public static Message fileFromUser(long seq, FileAttachment file, Instant at) {
        return new Message(
                seq,
                Sender.USER,
                MessageType.FILE,
                file.name(),
                List.of(),
                List.of(),
                at,
                null,
                Map.of("id", file.id(), "name", file.name(), "contentType", file.contentType(), "size", file.size()));
    }

    /** The user's own message: what they typed, or the label of the quick reply they pressed. */
    public static Message fromUser(long seq, String text, Instant at) {
        return new Message(seq, Sender.USER, MessageType.TEXT, text, List.of(), List.of(), at, null, null);
    }
}
