package org.onewindow.understanding;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * Greetings, thanks, acknowledgements and "one moment": said in passing, answering nothing. A
 * message is small talk when nothing is left of it once such words, punctuation and emoji are gone.
 */
final class SmallTalk {
    /** Small-talk words in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/small-talk.txt");

    private static final Pattern GOOD_TIME_OF_DAY = WORDS.pattern("good-time-of-day.en");
    private static final Set<String> ENGLISH = WORDS.set("core.en");
    /** Words that only fill in around the ones above ("thank you so much", "one moment please"). */
    private static final Set<String> ENGLISH_FILLER = WORDS.set("filler.en");

    private static final List<String> CHINESE = WORDS.list("core.zh");
    private static final List<String> CHINESE_FILLER = WORDS.list("filler.zh");
    /** A short wait within the conversation ("稍等哈 我问下会计", "ok wait lemme check"). */
    private static final Pattern WAIT = WORDS.pattern("wait");
    /** What a pleasantry after a greeting or thanks is about: the assistant or the service. */
    private static final Pattern ABOUT_THE_SERVICE = WORDS.pattern("about-the-service");

    private static final Pattern INTERJECTION = WORDS.pattern("interjection");
    private static final Pattern REMARK = WORDS.pattern("remark");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；。!！~～]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{S}\\s～~…]+");

    private SmallTalk() {}

    /** Whether the (lower-case) message is only small talk. */
    static boolean is(String lower) {
        String greeted = GOOD_TIME_OF_DAY.matcher(lower).replaceAll("hello");
        String rest = SEPARATORS
                .matcher(greeted.replace("'", "").replace("’", ""))
                .replaceAll(" ")
                .strip();
        if (rest.isEmpty()) {
            return !lower.isBlank(); // emoji or punctuation alone
        }
        boolean core = false;
        StringBuilder han = new StringBuilder();
        for (String token : rest.split(" ")) {
            if (ENGLISH.contains(token)) {
                core = true;
            } else if (!ENGLISH_FILLER.contains(token)) {
                han.append(token);
            }
        }
        String left = han.toString();
        for (String phrase : CHINESE) {
            if (left.contains(phrase)) {
                core = true;
                left = left.replace(phrase, "");
            }
        }
        for (String filler : CHINESE_FILLER) {
            left = left.replace(filler, "");
        }
        return core && left.isEmpty();
    }

    /** "唉 这个经营范围真难写", "sigh, closing a business is more paperwork than opening one": a sigh or laugh and a remark. */
    static boolean remark(String lower) {
        String s = lower.strip();
        return INTERJECTION.matcher(s).lookingAt()
                && REMARK.matcher(s).find()
                && s.chars().noneMatch(Character::isDigit);
    }

    /** "稍等哈 我问下会计", "ok wait lemme check": a short wait, not leaving and not an answer. */
    static boolean holdsOn(String lower) {
        return WAIT.matcher(lower).find()
                && !Commands.LEAVING.matcher(lower).find()
                && lower.chars().noneMatch(Character::isDigit);
    }

    /** The message without its words of waiting ("wait, the phone is wrong" → ", the phone is wrong"). */
    static String withoutWait(String lower) {
        return WAIT.matcher(lower).replaceAll(" ");
    }

    /**
     * "thanks, this is way easier than queuing at the hall", "辛苦啦，你们效率挺高的": a greeting or thanks,
     * then a remark about the assistant or the service — no digits, nothing asked.
     */
    static boolean opensWithPleasantry(String lower) {
        String[] clauses = CLAUSE_BREAK.split(lower.strip(), 2);
        if (clauses.length < 2 || clauses[0].isBlank() || !is(clauses[0])) {
            return false;
        }
        String rest = clauses[1];
        return rest.chars().noneMatch(Character::isDigit)
                && ABOUT_THE_SERVICE.matcher(rest).find();
    }
}
