package org.onewindow.knowledge.runtime;

import org.onewindow.shared.Lang;

/** Recognises follow-up questions and reads a previous answer's topic. Pure. */
final class FollowUp {

    /** A previous topic: the source it came from (nullable) and its words. */
    record Topic(String source, String words) {
    }

    private FollowUp() {
    }

    /** Short enough to lean on the previous topic: ≤ 6 words in English, ≤ 10 ideographs in Chinese. */
    static boolean isShort(String question) {
        if (question == null) {
            return false;
        }
        if (Lang.detect(question, Lang.EN) == Lang.ZH) {
            return question.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() <= 10;
        }
        return question.strip().split("\\s+").length <= 6;
    }

    /** "knowledge-base/faq/x.yaml Some title" → source + words; any other text is all words. */
    static Topic parse(String topic) {
        String t = topic.strip();
        int space = t.indexOf(' ');
        String first = space < 0 ? t : t.substring(0, space);
        if (first.contains("/")) {
            return new Topic(first, space < 0 ? "" : t.substring(space + 1));
        }
        return new Topic(null, t);
    }
}
