package org.onewindow.conversation;

import java.util.Locale;
import org.onewindow.dialogue.Decision;
import org.onewindow.shared.Mode;

/** What a turn did, as operators count turns: answered, clarified, fell back, filled a form, or handed off. */
public enum TurnKind {
    ANSWERED,
    CLARIFIED,
    FALLBACK,
    PROCESS,
    HANDOFF,
    OTHER;

    /** The label value of the metrics ("answered", …). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a decided turn; {@code inProcess}: the conversation was in a form before it. */
    static TurnKind of(Decision decision, boolean inProcess) {
        if (decision.handoff() != null) {
            return HANDOFF;
        }
        if (decision.answer() != null) {
            return switch (decision.answer().outcome()) {
                case "answer" -> ANSWERED;
                case "clarify" -> CLARIFIED;
                default -> FALLBACK;
            };
        }
        if (inProcess || decision.submission() != null || decision.state().mode() == Mode.PROCESS) {
            return PROCESS;
        }
        return OTHER;
    }
}
