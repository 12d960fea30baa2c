package org.onewindow.dialogue;

import java.util.List;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.Reply;

/**
 * Decides a turn as a pure function: (state, message) → replies and next state. Knowledge,
 * processes and handoff plug in here; until a capability can answer, the bot says so honestly
 * instead of inventing an answer.
 */
public final class Dialogue {

    /** The first message of every conversation. */
    public List<Reply> greeting(Lang lang) {
        return List.of(Reply.bot(Texts.get(lang, Texts.GREETING)));
    }

    public Decision decide(DialogueState state, InboundMessage message) {
        Lang lang = message.isAction() ? state.locale() : Lang.detect(message.text(), state.locale());
        int streak = state.unansweredStreak() + 1;
        Reply fallback = Reply.bot(Texts.get(lang, Texts.CANNOT_ANSWER_YET), List.<QuickReply>of());
        String userText = message.isAction() ? message.action() : message.text();
        return new Decision(userText, List.of(fallback), state.withUnansweredStreak(streak));
    }
}
