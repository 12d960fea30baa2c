package org.onewindow.knowledge;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for — a time limit, materials, a fee, who handles it, where or
 * how to apply, what something means — read from its words, and whether a sentence states such a
 * fact. Answers are chosen by it: the passage and sentences that state what was asked.
 */
public enum QuestionType {
    TIME_LIMIT("time limit working days", "办理时限 工作日",
            "\\bhow long\\b|\\bhow many (?:working )?days\\b|\\bhow (?:quick|fast)\\b|\\btime limit\\b|\\bdeadline\\b|\\btakes?\\b.*\\bdays?\\b"
                    + "|多久|多长时间|几天|几个工作日|多少个?工作日|多少天|时限|期限|多快|几个月|要多少时间|办完|办下来",
            "\\d+\\s*(?:[-–~至到]\\s*\\d+\\s*)?(?:working )?(?:days?|hours?|months?)\\b|工作日|\\d+\\s*(?:[-–~至到]\\s*\\d+)?\\s*个?(?:天|日|小时|月)"
                    + "|[一二三四五六七八九十两]+个?(?:工作日|天|小时)|within|以内|之内|日内"),
    FEE("fee charge", "收费 费用",
            "\\bfees?\\b|\\bcosts?\\b|\\bcharges?\\b|\\bfree\\b|\\bhow much\\b|\\bpay\\b.*\\bfor\\b|收费|费用|多少钱|要钱|免费|花钱|交钱|钱吗",
            "\\bfree\\b|\\bfees?\\b|\\bcharge|\\bcosts?\\b|\\byuan\\b|收费|免费|费用|不收|元"),
    MATERIALS("documents materials", "材料",
            "\\bdocuments?\\b|\\bmaterials?\\b|\\bpapers?\\b|\\bwhat (?:do|should) (?:i|we) (?:bring|need|prepare|submit|hand in)\\b|\\bbring\\b|\\bprepare\\b"
                    + "|材料|要带|带什么|带啥|准备什么|准备啥|提交什么|交什么|需要什么|要什么|要啥|证件",
            "\\bdocuments?\\b|\\bmaterials?\\b|\\bforms?\\b|\\bcertificate\\b|\\blicen[cs]e\\b|\\bID\\b|\\bcopy\\b|\\bapplication\\b"
                    + "|材料|证明|申请书|章程|身份证|执照|表|复印件|决议"),
    WHO("department", "部门",
            "\\bwho\\b|\\bwhich (?:department|authority|office|bureau|agency)\\b|\\bauthorit(?:y|ies)\\b|谁|哪个部门|哪些部门|哪个局|哪个单位|归谁|负责",
            "\\bbureau\\b|\\bdepartment\\b|\\badministration\\b|\\bauthorit|\\bcentre\\b|\\bcenter\\b|\\boffice\\b|局|部门|委员会|中心|机关|机构|窗口"),
    WHERE("where to apply online", "在哪里办理 线上",
            "\\bwhere\\b|\\bonline\\b|\\bwebsite\\b|\\bplatform\\b|\\bin person\\b|在哪|哪里|哪儿|去哪|网上|线上|线下|平台|窗口|怎么办理|如何办理|怎么申请",
            "\\bonline\\b|\\bplatform\\b|\\bwindow\\b|\\bhall\\b|\\bportal\\b|\\bsystem\\b|一网通办|窗口|大厅|线上|线下|网上|平台|系统"),
    MEANING("what is", "是什么",
            "\\bwhat (?:is|are|does)\\b|\\bwhat'?s\\b|\\bmeaning\\b|\\bmean\\b|\\bexplain\\b|是什么|什么意思|啥意思|指什么|含义|是啥",
            "");

    private final String wordsEn;
    private final String wordsZh;
    private final Pattern asks;
    private final Pattern states;

    QuestionType(String wordsEn, String wordsZh, String asks, String states) {
        this.wordsEn = wordsEn;
        this.wordsZh = wordsZh;
        this.asks = Pattern.compile(asks, Pattern.CASE_INSENSITIVE);
        this.states = states.isEmpty() ? null : Pattern.compile(states, Pattern.CASE_INSENSITIVE);
    }

    /** Plain words that ask for this kind of fact, to look it up in English. */
    public String wordsEn() {
        return wordsEn;
    }

    /** The same in Chinese. */
    public String wordsZh() {
        return wordsZh;
    }

    /** The kinds of fact the question asks for (none when it asks nothing of these kinds). */
    public static Set<QuestionType> of(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        for (QuestionType t : values()) {
            if (t.asks.matcher(q).find()) {
                types.add(t);
            }
        }
        return types;
    }

    /** Whether the sentence states a fact of this kind (MEANING: any sentence can). */
    public boolean statedIn(String sentence) {
        return states == null || states.matcher(sentence).find();
    }

    /** How many of the asked kinds the text states. */
    public static int stated(Set<QuestionType> asked, String text) {
        int n = 0;
        for (QuestionType t : asked) {
            if (t.states != null && t.statedIn(text)) {
                n++;
            }
        }
        return n;
    }
}
