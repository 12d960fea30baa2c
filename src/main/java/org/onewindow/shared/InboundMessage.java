package org.onewindow.shared;

/**
 * One turn's input from the enterprise: typed {@code text}, the {@code action} of a quick reply,
 * or an uploaded {@code file} (exactly one of the three is set).
 */
public record InboundMessage(String text, String action, FileAttachment file) {
    public InboundMessage {
        int given = (text != null ? 1 : 0) + (action != null ? 1 : 0) + (file != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("exactly one of text, action and file must be given");
        }
    }

    public static InboundMessage text(String text) {
        return new InboundMessage(text, null, null);
    }

    public static InboundMessage action(String action) {
        return new InboundMessage(null, action, null);
    }

    public static InboundMessage file(FileAttachment file) {
        return new InboundMessage(null, null, file);
    }

    public boolean isAction() {
        return action != null;
    }

    public boolean isFile() {
        return file != null;
    }
}
