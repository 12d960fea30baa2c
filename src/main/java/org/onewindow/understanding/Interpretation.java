package org.onewindow.understanding;

import java.util.Objects;
import org.onewindow.shared.Lang;

/** A message as understood: the language it speaks and what it does. */
public record Interpretation(Lang lang, Act act) {
    public Interpretation {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(act, "act");
    }

    /**
     * The question to look up before deciding, or null. A question about another place is looked up
     * too: the knowledge base may hold that place's example ("how Shanxi prepares standard land").
     */
    public Act.Question question() {
        if (act instanceof Act.Elsewhere elsewhere) {
            return new Act.Question(elsewhere.question(), lang);
        }
        return act instanceof Act.Question q ? q : null;
    }
}
