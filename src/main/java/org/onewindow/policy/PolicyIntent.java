package org.onewindow.policy;

import java.util.List;
import java.util.Locale;
import org.onewindow.form.Inputs;

/**
 * Recognises "which incentives can I get?" in English or Chinese: a word for incentives (subsidy,
 * tax relief, 补贴, 优惠政策…) together with a cue that the user asks what applies to them (can I
 * get, eligible, qualify, 能享受, 哪些, 符合…). The bare word "policy"/"政策" needs an eligibility
 * cue, so "what does the 20 measures policy say about deregistration" is not a match.
 */
final class PolicyIntent {

    /** Whole words: "granted" in "how long until a patent is granted" is no grant. */
    private static final java.util.regex.Pattern STRONG_EN = java.util.regex.Pattern.compile("\\b(?:subsid\\w*|incentives?"
            + "|tax (?:relief|breaks?|benefits?|reductions?|exemptions?|credits?)|grants?|preferential|super deductions?"
            + "|rebates?|support measures?|funding support|government support)\\b");
    private static final List<String> WEAK_EN = List.of("policy", "policies", "benefit", "support", "relief", "exemption",
            "deduction");
    private static final List<String> ASK_EN = List.of("can i", "can we", "could i", "could we", "do i", "do we",
            "am i", "are we", "which", "what", "any ", "available", "eligible", "qualify", "entitled", "apply for",
            "get", "enjoy", "claim", "receive", "for me", "for us", "for my", "for our", "is there", "are there", "?",
            "check", "find", "show me", "tell me", "list");
    private static final List<String> ELIGIBLE_EN = List.of("eligible", "qualify", "entitled", "can i get", "can we get",
            "can i enjoy", "can we enjoy", "can i claim", "can we claim", "can i apply", "can we apply", "available to",
            "for my company", "for our company", "for my business", "for our business", "for my enterprise",
            "for our enterprise", "do we get", "do i get");
    private static final List<String> STRONG_ZH = List.of("补贴", "补助", "优惠政策", "惠企", "税收优惠", "税费优惠",
            "扶持政策", "扶持资金", "奖励政策", "奖补", "免申即享", "减免", "加计扣除", "税收减免", "优惠");
    private static final List<String> ASK_ZH = List.of("享受", "哪些", "什么", "能", "可以", "申请", "符合", "有没有",
            "适用", "拿到", "领", "吗", "？", "?", "查", "匹配", "给我", "有哪");
    private static final List<String> ELIGIBLE_ZH = List.of("享受", "符合", "适用", "能申请", "可以申请", "能拿", "能领",
            "有资格", "匹配", "够条件");
    /**
     * Asking what a policy term means or how long something takes is a question for the knowledge
     * base ("免申即享 meaning?", "补贴多久到账"), not a request to check what the enterprise can get.
     */
    private static final java.util.regex.Pattern ASKS_A_FACT = java.util.regex.Pattern.compile(
            "\\bmean(?:s|ing)?\\b|\\bdefin|\\bhow long\\b|\\bhow many days\\b|什么意思|啥意思|是什么|是啥|指什么|含义|多久|多长时间|几天");
    /** Asking about something else that merely mentions a policy word. */
    private static final List<String> NOT_ABOUT_US = List.of("progress of", "status of", "进度", "到哪", "what is the vat rate",
            "税率是多少", "注销", "deregist", "register a company", "设立公司", "开办企业");

    private PolicyIntent() {
    }

    static boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = " " + Inputs.collapseSpaces(text.toLowerCase(Locale.ROOT).replace('’', '\'')).trim() + " ";
        if (Inputs.containsAny(t, NOT_ABOUT_US) || ASKS_A_FACT.matcher(t).find()) {
            return false;
        }
        if (STRONG_EN.matcher(t).find() && Inputs.containsAny(t, ASK_EN)) {
            return true;
        }
        if (Inputs.containsAny(t, WEAK_EN) && Inputs.containsAny(t, ELIGIBLE_EN)) {
            return true;
        }
        if (Inputs.containsAny(t, STRONG_ZH) && Inputs.containsAny(t, ASK_ZH)) {
            return true;
        }
        return t.contains("政策") && Inputs.containsAny(t, ELIGIBLE_ZH);
    }
}
