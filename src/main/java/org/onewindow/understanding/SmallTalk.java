package org.onewindow.understanding;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Greetings, thanks, acknowledgements and "one moment": said in passing, answering nothing. A
 * message is small talk when nothing is left of it once such words, punctuation and emoji are gone.
 */
final class SmallTalk {
    private static final Pattern GOOD_TIME_OF_DAY = Pattern.compile("\\bgood (?:morning|afternoon|evening|day)\\b");
    private static final Set<String> ENGLISH = Set.of("hi", "hello", "hey",
            "thanks", "thank", "ok", "okay", "sure", "great", "cool", "nice", "awesome", "perfect", "got", "see",
            "understood", "alright", "noted", "cheers", "moment", "hold", "wait", "sec", "second", "minute", "helpful",
            "haha", "lol", "bye", "appreciate", "appreciated", "thx", "ty", "yo", "hiya", "patient", "helps", "wonderful",
            "excellent", "brilliant", "gotcha", "thank-you");
    /** Words that only fill in around the ones above ("thank you so much", "one moment please"). */
    private static final Set<String> ENGLISH_FILLER = Set.of("there", "good", "you", "so", "much", "a", "lot", "very",
            "it", "i", "one", "please", "on", "just", "give", "me", "that's", "thats", "how", "are", "fine", "no",
            "problem", "anyone", "still", "many", "ta", "be", "kind", "is", "that", "sounds", "mm", "hmm", "um", "uh",
            "well", "oh", "ah", "wow", "all", "for", "the", "help", "your", "really", "k");
    private static final List<String> CHINESE = List.of("你好呀", "您好", "你好", "在吗", "在不在", "有人吗", "谢谢你", "谢谢您",
            "谢谢", "多谢", "感谢", "谢啦", "辛苦了", "辛苦", "麻烦了", "麻烦你了", "好的", "好嘞", "好滴", "好吧", "行吧",
            "收到了", "收到", "明白了", "明白", "知道了", "了解了", "了解", "嗯嗯", "嗯", "哦哦", "稍等一下", "稍等", "等一下",
            "等一会儿", "等一会", "等等", "马上", "哈哈", "呵呵", "早上好", "上午好", "下午好", "晚上好", "嗨", "哈喽", "没事", "不客气",
            "太好了", "很好", "不错", "挺好", "棒", "赞", "ok的");
    private static final List<String> CHINESE_FILLER = List.of("啦", "了", "呀", "哈", "的", "啊", "哇", "你", "您", "一下",
            "非常", "真是", "真", "太", "很", "哦", "噢", "好", "行");
    /** A short wait within the conversation ("稍等哈 我问下会计", "ok wait lemme check"). */
    private static final Pattern WAIT = Pattern.compile(
            "\\b(?:wait|hold on|hang on|one sec|a sec|a moment|one moment|give me a (?:sec|second|minute|moment)"
                    + "|(?:let me|lemme) (?:check|see|look|find))\\b|稍等|等一下|等一会|等等|等下|我(?:翻|找|查|看|问)一?下");
    /** What a pleasantry after a greeting or thanks is about: the assistant or the service. */
    private static final Pattern ABOUT_THE_SERVICE = Pattern.compile(
            "\\b(?:you|your|you're|youre|this is|that's|thats|it's|its|hope)\\b|你们|您|你|这个?|效率|方便|省事|快");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；。!！~～]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{S}\\s～~…]+");

    private SmallTalk() {
    }

    /** Whether the (lower-case) message is only small talk. */
    static boolean is(String lower) {
        String greeted = GOOD_TIME_OF_DAY.matcher(lower).replaceAll("hello");
        String rest = SEPARATORS.matcher(greeted.replace("'", "").replace("’", "")).replaceAll(" ").strip();
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

    /** "稍等哈 我问下会计", "ok wait lemme check": a short wait, not leaving and not an answer. */
    static boolean holdsOn(String lower) {
        return WAIT.matcher(lower).find() && !Commands.LEAVING.matcher(lower).find() && lower.chars().noneMatch(Character::isDigit);
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
        return rest.chars().noneMatch(Character::isDigit) && ABOUT_THE_SERVICE.matcher(rest).find();
    }
}
