package org.onewindow.channel;

import java.util.List;
import java.util.Objects;
import org.onewindow.shared.Message;

/** A conversation just opened for a channel user: its id, its secret token and its greeting. */
public record OpenedConversation(String id, String token, List<Message> greeting) {
    public OpenedConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(token, "token");
        greeting = List.copyOf(greeting);
    }

    @Override
    public String toString() {
        return "OpenedConversation[id=" + id + ", token=***, greeting=" + greeting.size() + " messages]";
    }
}
