package org.onewindow.shared;

import java.util.Locale;

/** Who is driving a conversation: the bot answering questions, a guided process, or a person. */
public enum Mode {
    BOT,
    PROCESS,
    HANDOFF;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
