package org.onewindow.shared;

/**
 * One turn's input from the enterprise: typed {@code text}, or the {@code action} of a quick
 * reply (exactly one of the two is set).
 */
public record InboundMessage(String text, String action) {
    public InboundMessage {
        if ((text == null) == (action == null)) {
            throw new IllegalArgumentException("exactly one of text and action must be given");
        }
    }

    public static InboundMessage text(String text) {
        return new InboundMessage(text, null);
    }

    public static InboundMessage action(String action) {
        return new InboundMessage(null, action);
    }

    public boolean isAction() {
        return action != null;
    }
}
