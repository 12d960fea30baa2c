package org.onewindow.understanding;

import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/** "withdraw my application", "change the phone in my application", "撤回申请", "修改申请". */
final class SubmissionRequests {
    /** Amending and withdrawing, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/submission-requests.txt");

    private static final Pattern AMEND = WORDS.pattern("amend");
    private static final Pattern WITHDRAW = WORDS.pattern("withdraw");

    private SubmissionRequests() {}

    /** The change the text asks for, or null. */
    static SubmissionChangeKind of(String text) {
        if (WITHDRAW.matcher(text).find()) {
            return SubmissionChangeKind.WITHDRAW;
        }
        return AMEND.matcher(text).find() ? SubmissionChangeKind.AMEND : null;
    }
}
