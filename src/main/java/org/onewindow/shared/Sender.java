package org.onewindow.shared;

import java.util.Locale;

/** Who wrote a message. Serialised as its lower-case name ("user", "bot", …). */
public enum Sender {
    USER,
    BOT,
    STAFF,
    SYSTEM;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
