package org.onewindow.dialogue;

import org.onewindow.shared.Lang;
import org.onewindow.shared.Mode;

/**
 * What the dialogue remembers between turns. Stored with the conversation as JSON, so it must
 * stay a plain record; {@link #initial(Lang)} is a new conversation's state.
 *
 * @param unansweredStreak questions in a row the bot could not answer (escalation after two)
 */
public record DialogueState(Mode mode, Lang locale, String lastTopic, int unansweredStreak) {

    public DialogueState {
        if (mode == null) {
            mode = Mode.BOT;
        }
        if (locale == null) {
            locale = Lang.EN;
        }
    }

    public static DialogueState initial(Lang locale) {
        return new DialogueState(Mode.BOT, locale, null, 0);
    }

    public DialogueState withUnansweredStreak(int streak) {
        return new DialogueState(mode, locale, lastTopic, streak);
    }
}
