package org.onewindow.understanding;

import java.util.Objects;
import org.onewindow.shared.Lang;

/** A message as understood: the language it speaks and what it does. */
public record Interpretation(Lang lang, Act act) {
    public Interpretation {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(act, "act");
    }

    /** The question to look up before deciding, or null. */
    public Act.Question question() {
        return act instanceof Act.Question q ? q : null;
    }
}
