package org.onewindow.understanding;

import java.util.regex.Pattern;

/** Yes or no to a summary, in whole phrases: "all correct, please submit", "信息都对", "hold on, that's not right". */
final class Verdicts {
    private static final Pattern APPROVES = Pattern.compile(
            "\\b(?:submit|go ahead|send it|looks good|looks right|all (?:good|correct|right|fine)|correct|perfect|that'?s right"
                    + "|fine|ok|okay|yes|yep|confirm(?:ed)?)\\b|提交|交上去|交吧|没问题|都对|无误|正确|可以|确认|就这样|好的");
    private static final Pattern OBJECTS = Pattern.compile(
            "\\b(?:wait|hold on|hang on|not right|not correct|wrong|no|nope|don'?t|do not|stop|incorrect)\\b|n't\\b"
                    + "|不对|不是|先不要|不要|别|等等|等一下|错|不行|不正确");

    private static final Pattern AGREES = Pattern.compile(
            "\\b(?:agree|agreed|accept|accepted|consent|fine|ok|okay|sure|yes|go ahead)\\b|同意|可以|接受|好的|没问题|行");
    private static final Pattern REFUSES = Pattern.compile(
            "\\b(?:disagree|not|don'?t|do not|refuse|decline|no)\\b|n't\\b|不同意|不接受|拒绝|不行|不要|不可以");

    private Verdicts() {
    }

    /** Agrees to a notice ("that's fine, I consent", "好的，我同意"). */
    static boolean agrees(String lower) {
        return AGREES.matcher(lower).find() && !REFUSES.matcher(lower).find();
    }

    /** Approves what was shown, without any word against it. */
    static boolean approves(String lower) {
        return APPROVES.matcher(lower).find() && !OBJECTS.matcher(lower).find();
    }

    /** Says what was shown is not right (or not yet). */
    static boolean objects(String lower) {
        return OBJECTS.matcher(lower).find();
    }
}
