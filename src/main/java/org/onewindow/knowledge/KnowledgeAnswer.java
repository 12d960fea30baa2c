package org.onewindow.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * What the knowledge base says to a question.
 *
 * @param text the reply: the answer, the clarifying question or the plain "I don't know"
 * @param citations sources of an ANSWER (empty otherwise)
 * @param options the candidates of a CLARIFY (empty otherwise); each option's {@code query} can be
 *     sent back as the next question
 * @param topic what this answer was about (pass it back as {@code previousTopic}); null for UNKNOWN
 * @param usedPassages the passages and content hashes this answer used
 * @param confidence the confidence of the best hit, 0 when there was none
 * @param unstated for an UNKNOWN: the fact asked that the topic's documents do not state, so that the
 *     reply can name the department to ask; null otherwise
 */
public record KnowledgeAnswer(
        Kind kind,
        String text,
        List<KnowledgeCitation> citations,
        List<Option> options,
        String topic,
        List<UsedPassage> usedPassages,
        double confidence,
        Unstated unstated) {

    /**
     * A fee, time limit, rate or contact detail asked about a topic whose passages do not state it.
     *
     * @param fact {@code "fee"}, {@code "time-limit"}, {@code "rate"} or {@code "contact"} (office hours, telephone, address)
     * @param about the title of the topic's document
     * @param department the id of the department the document names (may be null)
     */
    public record Unstated(String fact, String about, String department) {
        public Unstated {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(about, "about");
        }
    }

    public KnowledgeAnswer(
            Kind kind,
            String text,
            List<KnowledgeCitation> citations,
            List<Option> options,
            String topic,
            List<UsedPassage> usedPassages,
            double confidence) {
        this(kind, text, citations, options, topic, usedPassages, confidence, null);
    }

    /** ANSWER: we know; CLARIFY: two candidates are close; UNKNOWN: we do not know. */
    public enum Kind {
        ANSWER,
        CLARIFY,
        UNKNOWN
    }

    /** A choice offered by a CLARIFY answer. */
    public record Option(String label, String query, String source) {
        public Option {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(query, "query");
        }
    }

    public KnowledgeAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        options = List.copyOf(options);
        usedPassages = List.copyOf(usedPassages);
    }
}
