package org.onewindow.knowledge;

/**
 * What the conversation's last answer was about, for a follow-up question ("and what do I bring for
 * that?"): the answer's {@link KnowledgeAnswer#topic()} and the question it answered, in the user's
 * own words — a topic from an FAQ file is named only by the file, while the question says what was
 * asked ("增值税怎么报" before "截止到几号").
 *
 * @param topic the previous answer's topic
 * @param question the question that answer was given to, or null
 */
public record LastAnswer(String topic, String question) {

    /** The last answer, or null when there was none (no topic). */
    public static LastAnswer of(String topic, String question) {
        return topic == null || topic.isBlank() ? null : new LastAnswer(topic, question);
    }
}
