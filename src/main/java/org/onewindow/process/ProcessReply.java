package org.onewindow.process;

import java.util.List;
import java.util.Objects;
import org.onewindow.shared.QuickReply;

/** One bot message of a process turn, with its quick replies. */
public record ProcessReply(String text, List<QuickReply> quickReplies) {

    public ProcessReply {
        Objects.requireNonNull(text, "text");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    public static ProcessReply of(String text) {
        return new ProcessReply(text, List.of());
    }
}
