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
     * The calibrated defaults. The threshold 0.34 was chosen on the development part of the answer
     * evaluation (2026-12-07, 328 items, confidence over the question's subject words): at 0.30 it
     * answers 250 of the 268 answerable questions and declines 45 of the 60 out of scope, at 0.34 248
     * and 48; 0.38 declines no more (48) and answers 3 fewer, 0.26 declines 40. 0.34 is the start of
     * the plateau of declines.
     */
    public static AnswerPolicy defaults() {
        return new AnswerPolicy(0.34, 0.97, 0.03, 3);
    }
}
