package org.onewindow.understanding;

import java.util.regex.Pattern;

/** "withdraw my application", "change the phone in my application", "撤回申请", "修改申请". */
final class SubmissionRequests {
    private static final Pattern AMEND = Pattern.compile(
            "(?i)\\b(change|correct|update|amend|modify)\\b.*\\b(application|submission)\\b|(修改|更正|变更|更改).*(申请|提交)|(申请|提交).*(修改|更正|变更|更改)");
    private static final Pattern WITHDRAW = Pattern.compile(
            "(?i)\\b(withdraw|retract)\\b.*\\b(application|submission)\\b|撤回.*申请|撤销.*申请|申请.*撤回");

    private SubmissionRequests() {
    }

    /** The change the text asks for, or null. */
    static SubmissionChangeKind of(String text) {
        if (WITHDRAW.matcher(text).find()) {
            return SubmissionChangeKind.WITHDRAW;
        }
        return AMEND.matcher(text).find() ? SubmissionChangeKind.AMEND : null;
    }
}
