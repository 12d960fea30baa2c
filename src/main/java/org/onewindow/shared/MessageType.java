package org.onewindow.shared;

import java.util.Locale;

/** A message's kind: plain text, a submission status card, an uploaded file, or a notice. */
public enum MessageType {
    TEXT,
    STATUS,
    FILE,
    NOTICE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
