package org.onewindow.process;

import java.util.Objects;

/** A button under a reply: its label and the action string sent back when pressed. */
public record QuickReply(String label, String action) {

    public QuickReply {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
    }
}
