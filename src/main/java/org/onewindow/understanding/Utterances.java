package org.onewindow.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.form.Inputs;

/**
 * What kind of sentence the user typed: shaped like a question ("how long does deregistration
 * take?", "注销要多久"), or a one-phrase conversation command (skip, back, cancel, a person, yes, no).
 */
public final class Utterances {

    /** English questions start with one of these words ("what's", "how long", "is it"). */
    private static final Set<String> QUESTION_WORDS_EN = Set.of("how", "what", "when", "where", "which", "who", "whom",
            "whose", "why", "is", "are", "am", "does", "do", "did", "can", "could", "should", "will", "would", "may",
            "shall", "must");
    /** Question words at the start or the end only: "什么值得买科技有限公司" is a company name, not a question. */
    private static final List<String> QUESTION_STARTS_ZH = List.of("请问", "为什么", "为啥", "怎么", "如何", "怎样", "是否",
            "能否", "可不可以", "能不能", "有没有", "哪些", "哪里", "哪个", "什么是", "什么时候");
    private static final List<String> QUESTION_ENDS_ZH = List.of("吗", "呢", "么", "嘛", "是什么", "为什么", "怎么办", "怎么样",
            "多少", "多少钱", "多久", "多长时间", "什么时候", "哪些", "哪里", "哪个", "几天");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");
    /** Clauses of a message: "注册资本必须实缴吗？一般写多少合适啊" asks twice. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；。!！?？]+");
    /** Chinese asks inside a clause ("简易注销大概要多久能办完", "标准厂房是租还是买的啊"). */
    private static final Pattern ASKS_ZH = Pattern.compile("啥|什么|多久|多少|多长时间|哪个|哪些|哪里|哪儿|哪家|哪位|怎么|咋|如何"
            + "|为什么|为啥|是否|有没有|是不是|能不能|可不可以|要不要|需不需要|(?<![我就那也还])还是(?=\\p{IsHan})");
    /**
     * Clauses that carry a question word without asking: "不知道有没有重名的" (an aside), "没啥要说的",
     * and names ("什么值得买科技有限公司").
     */
    private static final Pattern NOT_ASKING_ZH = Pattern.compile("^(?:也|我也|我)?(?:不知道|不确定|不清楚|不晓得)|没啥|没什么"
            + "|公司|有限|集团|工作室|事务所");
    /** Sentence-final particles that soften a clause without asking ("…的啊"). */
    private static final Pattern SOFT_END = Pattern.compile("[啊呀哈啦嘞]+$");

    private static final Set<String> SKIP = Set.of("skip", "skip it", "skip this", "skip this one", "pass", "next",
            "跳过", "略过", "先跳过", "不填", "跳过这个", "下一个", "不想填");
    private static final Set<String> BACK = Set.of("back", "go back", "previous", "previous question", "undo",
            "返回", "返回上一步", "上一步", "上一题", "回到上一步", "退回");
    private static final Set<String> CANCEL = Set.of("cancel", "stop", "quit", "exit", "abort", "cancel it", "cancel this",
            "cancel the application", "never mind", "nevermind",
            "取消", "不办了", "算了", "退出", "停止", "取消办理", "取消申请", "不要办了", "结束");
    private static final List<String> CALL_BACK_WORDS = List.of("call me back", "call-back", "callback", "call back",
            "回电", "回个电话", "回电话", "打给我", "留个电话", "留电话");
    private static final Set<String> NO_LONGER_NEEDED = Set.of("no need", "no need anymore", "not needed", "forget it",
            "leave the queue", "i'll leave it", "don't need a person", "dont need a person", "no longer needed",
            "不用了", "不用了谢谢", "不需要了", "不用人工了", "不用等了", "不等了", "没事了", "退出排队", "取消排队");
    private static final Set<String> HANDOFF = Set.of("human", "agent please", "talk to a person", "talk to a human",
            "speak to a person", "speak to someone", "real person", "staff", "customer service", "operator",
            "人工", "转人工", "人工客服", "找人工", "真人", "客服", "工作人员");
    private static final Set<String> CONFIRM = Set.of("confirm", "submit", "confirm and submit", "send", "send it",
            "go ahead", "looks good", "all good", "correct", "yes", "y", "ok", "okay",
            "确认", "提交", "确认提交", "确认无误", "没问题", "可以", "好的", "好", "是", "是的", "对", "正确", "无误");
    private static final Set<String> AGREE = Set.of("agree", "i agree", "yes", "y", "ok", "okay", "accept", "i accept",
            "sure", "fine", "同意", "我同意", "好的", "好", "可以", "是", "是的", "接受", "行");
    private static final Set<String> DECLINE = Set.of("no", "disagree", "i disagree", "decline", "i decline",
            "don't agree", "do not agree", "不同意", "拒绝", "不", "不行", "不要", "否");

    private Utterances() {
    }

    static String normalize(String text) {
        return Inputs.collapseSpaces(Inputs.foldWidth(text == null ? "" : text).toLowerCase(Locale.ROOT).trim());
    }

    /** Shaped like a question (question mark, question word, 吗/呢). */
    static boolean looksLikeQuestion(String text) {
        String t = normalize(text);
        if (t.endsWith("?")) {
            return true;
        }
        String bare = withoutTrailingPunctuation(t);
        if (QUESTION_WORDS_EN.contains(firstWord(bare)) || Inputs.startsWithAny(bare, QUESTION_STARTS_ZH)
                || Inputs.endsWithAny(bare, QUESTION_ENDS_ZH)) {
            return true;
        }
        for (String clause : CLAUSE_BREAK.split(t)) {
            String c = SOFT_END.matcher(clause.strip()).replaceFirst("");
            if (!c.isEmpty() && !NOT_ASKING_ZH.matcher(c).find()
                    && (Inputs.endsWithAny(c, QUESTION_ENDS_ZH) || ASKS_ZH.matcher(c).find())) {
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
        org.onewindow.form.ValidationResult r = org.onewindow.form.FieldValidators.validate(t,
                org.onewindow.form.FieldSpecView.of(org.onewindow.form.FieldType.BOOLEAN, "answer", "回答"),
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
