package org.onewindow.policy;

import java.util.List;
import java.util.Locale;
import org.onewindow.form.Inputs;
import org.onewindow.shared.WordLists;

/**
 * Recognises "which incentives can I get?" in English or Chinese: a word for incentives (subsidy,
 * tax relief, 补贴, 优惠政策…) together with a cue that the user asks what applies to them (can I
 * get, eligible, qualify, 能享受, 哪些, 符合…). The bare word "policy"/"政策" needs an eligibility
 * cue, so "what does the 20 measures policy say about deregistration" is not a match.
 */
final class PolicyIntent {
    /** Incentive words and the cues of asking what applies, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/policy-intent.txt");

    /** Whole words: "granted" in "how long until a patent is granted" is no grant. */
    private static final java.util.regex.Pattern STRONG_EN = WORDS.pattern("strong.en");

    private static final List<String> WEAK_EN = WORDS.list("weak.en");
    private static final List<String> ASK_EN = WORDS.list("ask.en");
    private static final List<String> ELIGIBLE_EN = WORDS.list("eligible.en");
    private static final List<String> STRONG_ZH = WORDS.list("strong.zh");
    private static final List<String> ASK_ZH = WORDS.list("ask.zh");
    /** The bare word for "policy": it needs an eligibility cue. */
    private static final List<String> POLICY_ZH = WORDS.list("policy.zh");

    private static final List<String> ELIGIBLE_ZH = WORDS.list("eligible.zh");
    /**
     * Asking what a policy term means or how long something takes is a question for the knowledge
     * base ("免申即享 meaning?", "补贴多久到账"), not a request to check what the enterprise can get.
     */
    private static final java.util.regex.Pattern ASKS_A_FACT = WORDS.pattern("asks-a-fact");
    /** Asking about something else that merely mentions a policy word. */
    private static final List<String> NOT_ABOUT_US = WORDS.list("not-about-us");

    /** The user speaks of their own enterprise: "can we claim…", "我们能享受吗". */
    private static final java.util.regex.Pattern OWN_ENTERPRISE_EN = WORDS.pattern("own-enterprise.en");

    private static final List<String> OWN_ENTERPRISE_ZH = WORDS.list("own-enterprise.zh");

    private PolicyIntent() {}

    /**
     * {@link #matches} unless the message names one of {@code incentives} without speaking of the
     * user's own enterprise: "小型微利企业所得税有什么优惠？" asks about that policy and is answered;
     * "研发费用加计扣除我们能享受吗" asks whether it applies and starts the check.
     */
    static boolean asksWhichApply(String text, List<Incentive> incentives) {
        if (!matches(text)) {
            return false;
        }
        if (!IncentiveNames.named(text, incentives)) {
            return true;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return OWN_ENTERPRISE_EN.matcher(t).find() || Inputs.containsAny(t, OWN_ENTERPRISE_ZH);
    }

    static boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = " "
                + Inputs.collapseSpaces(text.toLowerCase(Locale.ROOT).replace('’', '\''))
                        .trim() + " ";
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
        return Inputs.containsAny(t, POLICY_ZH) && Inputs.containsAny(t, ELIGIBLE_ZH);
    }
}
