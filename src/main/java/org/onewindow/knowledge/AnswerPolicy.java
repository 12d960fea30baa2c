package org.onewindow.knowledge;

/**
 * The thresholds of {@link AnswerComposer}, calibrated on {@code knowledge-eval.yaml}.
 *
 * @param answerThreshold below this confidence the answer is UNKNOWN
 * @param clarifyScoreRatio a runner-up from another document whose score is at least this share of
 *     the best one's…
 * @param clarifyConfidenceMargin …and whose confidence is within this margin makes the answer CLARIFY
 * @param maxSentences the most sentences quoted from a document passage
 */
public record AnswerPolicy(
        double answerThreshold, double clarifyScoreRatio, double clarifyConfidenceMargin, int maxSentences) {

    public AnswerPolicy {
        if (answerThreshold < 0 || answerThreshold > 1) {
            throw new IllegalArgumentException("answerThreshold must be in [0, 1], was " + answerThreshold);
        }
        if (maxSentences < 1) {
            throw new IllegalArgumentException("maxSentences must be >= 1, was " + maxSentences);
        }
    }

    /**
     * The calibrated defaults. The threshold 0.30 sits in the plateau [0.27, 0.31] of the sweep printed
     * by {@code KnowledgeEvalTest} (2026-11-27, 146 questions): below it out-of-scope questions start
     * being answered (the highest scored 0.26), above it in-scope answers are lost.
     */
    public static AnswerPolicy defaults() {
        return new AnswerPolicy(0.30, 0.97, 0.03, 3);
    }
}
