package org.onewindow.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for — a time limit, materials, a fee, who handles it, where or
 * how to apply, what something means — read from its words, and whether a sentence states such a
 * fact. Answers are chosen by it: the passage and sentences that state what was asked.
 */
public enum QuestionType {
    TIME_LIMIT("time limit working days", "办理时限 工作日",
            "\\bhow long\\b|\\bhow many (?:working |business )?days\\b|\\bnumber of (?:working |business )?days\\b|\\bwithin how many\\b|\\bhow (?:quick|fast)\\b|\\btime limit\\b|\\bdeadline\\b|\\btakes?\\b.*\\bdays?\\b"
                    + "|多久|多长时间|几天|几个工作日|多少个?工作日|多少天|时限|期限|多快|几个月|要多少时间|办完|办下来",
            "\\d+\\s*(?:[-–~至到]\\s*\\d+\\s*)?(?:working )?(?:days?|hours?|months?)\\b|工作日|\\d+\\s*(?:[-–~至到]\\s*\\d+)?\\s*个?(?:天|日|小时|月)"
                    + "|[一二三四五六七八九十两]+个?(?:工作日|天|小时)|within|以内|之内|日内",
            "time limit|时限"),
    FEE("fee charge", "收费 费用",
            "\\bfees?\\b|\\bcosts?\\b|\\bcharges?\\b|\\bfree\\b|\\bhow much\\b|\\bpay\\b.*\\bfor\\b|收费|费用|多少钱|要钱|免费|花钱|交钱|钱吗",
            "\\bfree\\b|\\bfees?\\b|\\bcharge|\\bcosts?\\b|\\byuan\\b|收费|免费|费用|不收|元",
            "^fees?$|收费"),
    MATERIALS("documents materials", "材料",
            "\\bdocuments?\\b|\\bmaterials?\\b|\\bpapers?\\b|\\bwhat (?:do|should) (?:i|we) (?:bring|need|prepare|submit|hand in)\\b|\\bbring\\b|\\bprepare\\b"
                    + "|材料|资料|文件|要带|带什么|带啥|带哪些|准备什么|准备啥|准备哪些|提交什么|提交哪些|交什么|交哪些|需要什么|要什么|要啥|证件",
            "\\bdocuments?\\b|\\bmaterials?\\b|\\bforms?\\b|\\bcertificate\\b|\\blicen[cs]e\\b|\\bID\\b|\\bcopy\\b|\\bapplication\\b"
                    + "|材料|证明|申请书|章程|身份证|执照|表|复印件|决议",
            "materials|材料"),
    WHO("department", "部门",
            "\\bwho\\b|\\bwhich (?:department|authority|office|bureau|agency)\\b|\\bauthorit(?:y|ies)\\b|谁|哪个部门|哪些部门|哪个局|哪个单位|归谁|负责",
            "\\bbureau\\b|\\bdepartment\\b|\\badministration\\b|\\bauthorit|\\bcentre\\b|\\bcenter\\b|\\boffice\\b|局|部门|委员会|中心|机关|机构|窗口",
            "departments|部门",
            "\\bwhich (?:departments?|authorit(?:y|ies)|offices?|bureaus?|agenc(?:y|ies))\\b|\\bwho (?:handles|deals|is responsible|runs|takes part)\\b"
                    + "|\\bauthorities\\b|\\bdepartments\\b|哪个部门|哪些部门|哪个局|哪个单位|归谁管|谁管|谁负责|找谁|部门"),
    WHERE("where to apply online", "在哪里办理 线上",
            "\\bwhere\\b|\\bonline\\b|\\bwebsite\\b|\\bplatform\\b|\\bin person\\b|在哪|哪里|哪儿|去哪|网上|线上|线下|平台|窗口|怎么办理|如何办理|怎么申请",
            "\\bonline\\b|\\bplatform\\b|\\bwindow\\b|\\bhall\\b|\\bportal\\b|\\bsystem\\b|一网通办|窗口|大厅|线上|线下|网上|平台|系统",
            "where and how|地点和方式",
            "\\bwhere\\b|\\bonline\\b|在哪|哪里|哪儿|去哪|网上|线上"),
    STEPS("steps", "办理流程",
            "\\bsteps?\\b|\\bprocedure\\b|\\bwhat do (?:i|we) do\\b|\\bnow what\\b|\\bhow does (?:it|that) work\\b|\\bfirst\\b.*\\bdo\\b"
                    + "|流程|步骤|先干嘛|先做什么|第一步|咋|怎么弄|怎么走|怎么做|手续",
            "", "^steps$|流程"),
    CONDITIONS("conditions requirements", "办理条件",
            "\\bconditions?\\b|\\brequirements?\\b|\\bprerequisites?\\b|\\bin place\\b|\\bbefore (?:i|we) can\\b|\\bqualif"
                    + "|\\b(?:do|must) (?:i|we) (?:have to |need to )?\\w+ (?:\\w+ )?first\\b"
                    + "|条件|要求|前提|具备|要先|得先|必须先|需要先",
            "", "^conditions$|办理条件"),
    ELIGIBILITY("who it is for", "适用对象",
            "\\bwho can\\b|\\beligible\\b|\\bwhich (?:companies|enterprises|businesses|firms)\\b|\\bqualify\\b"
                    + "|适用|哪些企业|什么企业|谁可以|能不能走|能走|可以走",
            "", "who it is for|适用对象"),
    MEANING("what is", "是什么",
            "\\bwhat (?:is|are|does)\\b|\\bwhat'?s\\b|\\bmeaning\\b|\\bmean\\b|\\bexplain\\b|是什么|什么意思|啥意思|指什么|含义|是啥",
            "", "");

    private final String wordsEn;
    private final String wordsZh;
    private final Pattern asks;
    private final Pattern states;
    private final Pattern section;

    /** What asks for this kind's section, where narrower than {@link #asks} ("who signs" asks for a person, not the departments). */
    private final Pattern asksSection;

    QuestionType(String wordsEn, String wordsZh, String asks, String states, String section) {
        this(wordsEn, wordsZh, asks, states, section, asks);
    }

    QuestionType(String wordsEn, String wordsZh, String asks, String states, String section, String asksSection) {
        this.wordsEn = wordsEn;
        this.wordsZh = wordsZh;
        this.asks = Pattern.compile(asks, Pattern.CASE_INSENSITIVE);
        this.states = states.isEmpty() ? null : Pattern.compile(states, Pattern.CASE_INSENSITIVE);
        this.section = section.isEmpty() ? null : Pattern.compile(section, Pattern.CASE_INSENSITIVE);
        this.asksSection = Pattern.compile(asksSection, Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether a passage's section heading is the one procedures use for this kind of fact ("Committed
     * time limit", "涉及部门"); false for kinds no section is dedicated to.
     */
    public boolean isSection(String heading) {
        return section != null && heading != null && section.matcher(heading.strip()).find();
    }

    /** Whether procedures have a section dedicated to this kind of fact. */
    public boolean hasSection() {
        return section != null;
    }

    /** Whether a question (an FAQ entry's title) asks for what this kind's section holds. */
    public boolean askedIn(String question) {
        return section != null && question != null && asksSection.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The kinds asked that a dedicated section answers, in the order the question asks them ("how long
     * and what does it cost": time limit, then fee).
     */
    public static List<QuestionType> sectionKinds(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        record At(QuestionType type, int at) {
        }
        List<At> found = new ArrayList<>();
        if (q.isEmpty()) {
            return List.of();
        }
        for (QuestionType t : values()) {
            Matcher m = t.asksSection.matcher(q);
            if (t.section != null && m.find()) {
                found.add(new At(t, m.start()));
            }
        }
        found.sort(Comparator.comparingInt(At::at));
        return found.stream().map(At::type).toList();
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

    /**
     * The question without its words that ask for a kind of fact: what it is about ("竣工验收要啥条件"
     * → "竣工验收"), so that a follow-up read with it asks its own kind of fact, not the earlier one.
     */
    public static String subjectOf(String question) {
        String q = question;
        for (QuestionType t : values()) {
            q = t.asks.matcher(q).replaceAll(" ");
        }
        return q.replaceAll("\\s+", " ").strip();
    }

    /** Whether a sentence stating this kind of fact can be told by its words (a number of days, a fee, a department). */
    public boolean hasStatement() {
        return states != null;
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
