package org.onewindow.insight;

import java.time.Instant;
import java.util.Objects;

/**
 * A staff correction of a bot answer, waiting as a draft FAQ entry for an admin's decision.
 *
 * @param seq the bot message that was wrong
 * @param wrongAnswer what the bot said
 * @param status {@code draft}, {@code approved} or {@code rejected}
 */
public record FaqDraft(
        String id,
        String conversationId,
        long seq,
        String question,
        String wrongAnswer,
        String correctAnswer,
        String lang,
        String status,
        String createdBy,
        Instant createdAt,
        String decidedBy,
        Instant decidedAt) {

    public static final String DRAFT = "draft";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    public FaqDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(correctAnswer, "correctAnswer");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The id of the FAQ entry an approval writes. */
    public String faqId() {
        return "staff-correction-" + id;
    }
}
