package org.onewindow.shared;

import java.util.List;
import java.util.Objects;

/** What the bot (or a person) says in one message, before it is stored and numbered. */
public record Reply(
        Sender from,
        MessageType type,
        String text,
        List<Citation> citations,
        List<QuickReply> quickReplies,
        String submissionId) {
    public Reply {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        quickReplies = List.copyOf(quickReplies);
    }

    public static Reply bot(String text) {
        return new Reply(Sender.BOT, MessageType.TEXT, text, List.of(), List.of(), null);
    }

    public static Reply bot(String text, List<QuickReply> quickReplies) {
        return new Reply(Sender.BOT, MessageType.TEXT, text, List.of(), quickReplies, null);
    }

    public static Reply answer(String text, List<Citation> citations, List<QuickReply> quickReplies) {
        return new Reply(Sender.BOT, MessageType.TEXT, text, citations, quickReplies, null);
    }
}
