package org.onewindow.policy;

import java.util.List;
import java.util.Objects;
import org.onewindow.shared.Citation;
import org.onewindow.shared.QuickReply;

/** One bot message of the eligibility dialogue: text, quick replies and the citations it rests on. */
public record EligibilityReply(String text, List<QuickReply> quickReplies, List<Citation> citations) {

    public EligibilityReply {
        Objects.requireNonNull(text, "text");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    public static EligibilityReply of(String text) {
        return new EligibilityReply(text, List.of(), List.of());
    }
}
