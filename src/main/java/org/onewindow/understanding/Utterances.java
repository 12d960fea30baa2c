package org.onewindow.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.form.Inputs;
import org.onewindow.shared.WordLists;

/**
 * What kind of sentence the user typed: shaped like a question ("how long does deregistration
 * take?", "注销要多久"), or a one-phrase conversation command (skip, back, cancel, a person, yes, no).
 */
public final class Utterances {
    /** Question words and command phrases, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/utterances.txt");

    /** English questions start with one of these words ("what's", "how long", "is it"). */
    private static final Set<String> QUESTION_WORDS_EN = WORDS.set("question-words.en");
    /** Question words at the start or the end only: "什么值得买科技有限公司" is a company name, not a question. */
    private static final List<String> QUESTION_STARTS_ZH = WORDS.list("question-starts.zh");

    private static final List<String> QUESTION_ENDS_ZH = WORDS.list("question-ends.zh");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");
    /** Clauses of a message: "注册资本必须实缴吗？一般写多少合适啊" asks twice. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；。!！?？]+");
    /** Chinese asks inside a clause ("简易注销大概要多久能办完", "标准厂房是租还是买的啊"). */
    private static final Pattern ASKS_ZH = WORDS.pattern("asks.zh");
    /**
     * Clauses that carry a question word without asking: "不知道有没有重名的" (an aside), "没啥要说的",
     * and names ("什么值得买科技有限公司").
     */
    private static final Pattern NOT_ASKING_ZH = WORDS.pattern("not-asking.zh");
    /** Sentence-final particles that soften a clause without asking ("…的啊"). */
    private static final Pattern SOFT_END = WORDS.pattern("soft-end.zh");

    private static final Set<String> SKIP = WORDS.set("skip.en", "skip.zh");
    private static final Set<String> BACK = WORDS.set("back.en", "back.zh");
    private static final Set<String> CANCEL = WORDS.set("cancel.en", "cancel.zh");
    private static final List<String> CALL_BACK_WORDS = WORDS.list("call-back.en", "call-back.zh");
    private static final Set<String> NO_LONGER_NEEDED = WORDS.set("no-longer-needed.en", "no-longer-needed.zh");
    private static final Set<String> HANDOFF = WORDS.set("handoff.en", "handoff.zh");
    private static final Set<String> CONFIRM = WORDS.set("confirm.en", "confirm.zh");
    private static final Set<String> AGREE = WORDS.set("agree.en", "agree.zh");
    private static final Set<String> DECLINE = WORDS.set("decline.en", "decline.zh");

    private Utterances() {}

    static String normalize(String text) {
        return Inputs.collapseSpaces(Inputs.foldWidth(text == null ? "" : text)
                .toLowerCase(Locale.ROOT)
                .trim());
    }

    /** Shaped like a question (question mark, question word, 吗/呢). */
    static boolean looksLikeQuestion(String text) {
        String t = normalize(text);
        if (t.endsWith("?")) {
            return true;
        }
        String bare = withoutTrailingPunctuation(t);
        if (QUESTION_WORDS_EN.contains(firstWord(bare))
                || Inputs.startsWithAny(bare, QUESTION_STARTS_ZH)
                || Inputs.endsWithAny(bare, QUESTION_ENDS_ZH)) {
            return true;
        }
        for (String clause : CLAUSE_BREAK.split(t)) {
            String c = SOFT_END.matcher(clause.strip()).replaceFirst("");
            if (!c.isEmpty()
                    && !NOT_ASKING_ZH.matcher(c).find()
                    && (Inputs.endsWithAny(c, QUESTION_ENDS_ZH)
                            || ASKS_ZH.matcher(c).find())) {
                return true;
            }
        }
        return false;
    }

    /** The leading run of word characters (letters, digits, underscore): "what's up" → "what". */
    private static String firstWord(String t) {
        int end = 0;
        while (end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '_')) {
            end++;
        }
        return t.substring(0, end);
    }

    private static String withoutTrailingPunctuation(String t) {
        return TRAILING_PUNCTUATION.matcher(t).replaceFirst("");
    }

    static boolean isSkip(String t) {
        return SKIP.contains(Inputs.key(t));
    }

    static boolean isBack(String t) {
        return BACK.contains(Inputs.key(t));
    }

    static boolean isCancel(String t) {
        return CANCEL.contains(Inputs.key(t));
    }

    /** Whether someone waiting for a person asks to be called back ("please call me back", "给我回电话"). */
    static boolean asksForCallBack(String t) {
        String key = Inputs.key(t);
        return CALL_BACK_WORDS.stream().anyMatch(key::contains);
    }

    /** Whether someone waiting for a person says they no longer need one ("never mind", "不用了"). */
    static boolean leavesQueue(String t) {
        // "不用了，谢谢", "never mind, thanks": the first clause says it
        String first = Inputs.key(t).split("[,，.。!！;；]", 2)[0].strip();
        return isCancel(first) || NO_LONGER_NEEDED.contains(first);
    }

    /** Whether the user asks for a person ("转人工", "talk to a human", …). */
    public static boolean isHandoff(String t) {
        return HANDOFF.contains(Inputs.key(t));
    }

    /** A yes or no in either language ("对的", "不是", "yep"), or null. */
    static Boolean yesNo(String t) {
        // the label is never shown: only whether the words say yes or no is read
        org.onewindow.form.ValidationResult r = org.onewindow.form.FieldValidators.validate(
                t,
                org.onewindow.form.FieldSpecView.of(org.onewindow.form.FieldType.BOOLEAN, "answer", "answer"),
                org.onewindow.form.ValidationContext.of(java.time.Clock.systemUTC()));
        return r.isOk() ? (Boolean) r.value() : null;
    }

    static boolean isConfirm(String t) {
        return Boolean.TRUE.equals(yesNo(t)) || CONFIRM.contains(Inputs.key(t));
    }

    static boolean isAgree(String t) {
        return Boolean.TRUE.equals(yesNo(t)) || AGREE.contains(Inputs.key(t));
    }

    static boolean isDecline(String t) {
        return Boolean.FALSE.equals(yesNo(t)) || DECLINE.contains(Inputs.key(t));
    }
}
