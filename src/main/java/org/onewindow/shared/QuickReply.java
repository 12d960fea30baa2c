package org.onewindow.shared;

import java.util.Objects;

/** A button offered with a message; pressing it sends {@code action} instead of typed text. */
public record QuickReply(String label, String action) {
    public QuickReply {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
    }
}
