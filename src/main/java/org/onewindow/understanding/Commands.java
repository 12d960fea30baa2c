package org.onewindow.understanding;

import java.util.regex.Pattern;
import org.onewindow.form.Inputs;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;

/**
 * Conversation commands said in a sentence rather than as one word: pause ("我得去开个会，晚点再继续",
 * "let's stop here for now"), resume ("I'm back, where were we?"), a language ("can we use Chinese?",
 * "用英语吧"), the status of applications, skip, back and cancel in whole phrases. The one-word forms
 * are {@link Utterances}'.
 */
final class Commands {
    /** The phrases of each command, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/commands.txt");

    /** Leaving the conversation for a while: the form waits. */
    static final Pattern LEAVING = WORDS.pattern("leaving");
    /** Going to look something up, which may take a while ("let me check with our accountant"). */
    private static final Pattern CHECKING = WORDS.pattern("checking");

    private static final Pattern RESUME = WORDS.pattern("resume");
    private static final Pattern TO_CHINESE = WORDS.pattern("to-chinese");
    private static final Pattern TO_ENGLISH = WORDS.pattern("to-english");
    private static final Pattern STATUS = WORDS.pattern("status");
    private static final Pattern SKIP = WORDS.pattern("skip");
    /** Words for an application already sent, which make "where is it at" a status question. */
    private static final Pattern SUBMITTED = WORDS.pattern("submitted");

    private static final Pattern BACK = WORDS.pattern("back");
    private static final Pattern CANCEL = WORDS.pattern("cancel");

    /** The languages' own names: a message naming none asks for no language. */
    private static final java.util.List<String> LANGUAGE_WORDS = WORDS.list("language-words.en", "language-words.zh");

    private Commands() {}

    /** The command a sentence gives, or null. {@code lower} is folded to lower case. */
    static CommandKind of(String lower) {
        if (SKIP.matcher(lower).find()) { // "先跳过，回头再交": the skip is what is asked for now
            return CommandKind.SKIP;
        }
        if (CANCEL.matcher(lower).find()) { // "算了不办了，下次再说": not coming back to this one
            return CommandKind.CANCEL;
        }
        if (STATUS.matcher(lower).find() && SUBMITTED.matcher(lower).find()) {
            // "我上次提交的那个申请办到哪一步了": an application sent earlier, not the form at hand
            return CommandKind.STATUS;
        }
        boolean resume = RESUME.matcher(lower).find();
        if (!resume && (LEAVING.matcher(lower).find() || CHECKING.matcher(lower).find() && !SmallTalk.holdsOn(lower))) {
            return CommandKind.PAUSE;
        }
        if (resume) {
            return CommandKind.RESUME;
        }
        if (STATUS.matcher(lower).find()) {
            return CommandKind.STATUS;
        }
        return BACK.matcher(lower).find() ? CommandKind.BACK : null;
    }

    /** The language the sentence asks to switch to, or null. */
    static Lang language(String lower) {
        if (!Inputs.containsAny(lower, LANGUAGE_WORDS)) { // most messages name no language: skip the expressions
            return null;
        }
        if (TO_CHINESE.matcher(lower).find()) {
            return Lang.ZH;
        }
        return TO_ENGLISH.matcher(lower).find() ? Lang.EN : null;
    }
}
