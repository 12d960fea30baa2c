package org.onewindow.knowledge.runtime;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.knowledge.QuestionType;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;

/** Recognises follow-up questions and reads a previous answer's topic. Pure. */
final class FollowUp {
    /** Pointing back and continuing, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/follow-up.txt");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A previous topic: the source it came from (nullable) and its words. */
    record Topic(String source, String words) {}

    private FollowUp() {}

    /**
     * Short enough to lean on the previous topic: ≤ 6 words in English, ≤ 10 ideographs in Chinese, or
     * twice that when it points back ("how long will it take after that?"), not counting the words that
     * ask for a kind of fact.
     */
    static boolean isShort(String question) {
        if (question == null) {
            return false;
        }
        // Words asking for a kind of fact name no subject: "依据哪个文件 第几号公告" is as short as "公告".
        String subject = QuestionType.subjectOf(question);
        int limit = pointsBack(question) ? 2 : 1;
        if (Lang.detect(question, Lang.EN) == Lang.ZH) {
            return subject.codePoints()
                            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                            .count()
                    <= 10L * limit;
        }
        return WHITESPACE.split(subject.strip()).length <= 6 * limit;
    }

    /** A pronoun for what was just discussed ("this park" names a thing; "after that" points back). */
    private static final Pattern POINTS_BACK = WORDS.pattern("points-back", Pattern.CASE_INSENSITIVE);

    static boolean pointsBack(String question) {
        return POINTS_BACK.matcher(question).find();
    }

    private static final Pattern POINTS_AT_NAMED = WORDS.pattern("points-at-named", Pattern.CASE_INSENSITIVE);

    private static final Pattern CONTINUES = WORDS.pattern("continues", Pattern.CASE_INSENSITIVE);

    /** Whether the message opens as going on with what was being discussed ("and …", "那…"). */
    static boolean continues(String question) {
        return question != null && CONTINUES.matcher(question).find();
    }

    private static final Pattern VARIANT = WORDS.pattern("variant", Pattern.CASE_INSENSITIVE);

    /** Whether the follow-up asks the same about a variant ("按季度报的话呢", "what if we file quarterly"). */
    static boolean asksAVariant(String question) {
        return question != null && VARIANT.matcher(question).find();
    }

    private static final Pattern EN_CUE = WORDS.pattern("cue.en", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH_CUE = WORDS.pattern("cue.zh");

    /**
     * Whether a short question reads as a continuation: it starts like one ("and…", "what about…",
     * "那…", "还有…"), points back ("it", "that", "它", "这个"), or is a bare Chinese fragment of four
     * ideographs or fewer ("要钱吗").
     */
    static boolean leansOnContext(String question) {
        if (question == null) {
            return false;
        }
        if (Lang.detect(question, Lang.EN) == Lang.ZH) {
            long han = question.codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            return han <= 4 || ZH_CUE.matcher(question).find();
        }
        return EN_CUE.matcher(question).find();
    }

    /**
     * What the earlier question was about, to read a follow-up with (and a space): its words without
     * those asking for a kind of fact, so "都有哪些部门参与" after "竣工验收要啥条件" asks for the
     * departments of completion acceptance, not its conditions. Nothing when there was no earlier
     * question or it is the same one.
     */
    static String earlierWords(String earlier, String question) {
        if (earlier == null || earlier.isBlank() || earlier.strip().equals(question.strip())) {
            return "";
        }
        // Words of the other language blur the search ("how long is the certificate valid for?" after a
        // Chinese question): the topic's title in the question's language names the subject. Unless the
        // follow-up points at something the earlier question named ("the english name of that system").
        if (Lang.detect(earlier, Lang.EN) != Lang.detect(question, Lang.EN)
                && !POINTS_AT_NAMED.matcher(question).find()) {
            return "";
        }
        String subject = QuestionType.subjectOf(earlier);
        return subject.isEmpty() ? "" : subject + " ";
    }

    private static final Pattern ELLIPSIS_EN = WORDS.pattern("ellipsis.en", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELLIPSIS_ZH = WORDS.pattern("ellipsis.zh");

    /**
     * The question with the words the earlier one asked with, when it continues it asking nothing of its
     * own ("what about for a sole proprietor" after "how long does it take to set up a company" asks how
     * long, "按季度报的话呢" after "月销售额多少以内免增值税"); otherwise the question as it is.
     */
    static String askingAgain(String question, String earlier) {
        if (earlier == null || !QuestionType.of(question).isEmpty()) {
            return question;
        }
        Pattern ellipsis = Lang.detect(question, Lang.EN) == Lang.ZH ? ELLIPSIS_ZH : ELLIPSIS_EN;
        if (!ellipsis.matcher(question).find()) {
            return question;
        }
        StringBuilder carried = new StringBuilder(question.strip());
        for (QuestionType kind : QuestionType.of(earlier)) {
            kind.askingWords(earlier).ifPresent(words -> carried.append(' ').append(words));
        }
        return carried.toString();
    }

    private static final Pattern CHANGES_TOPIC = WORDS.pattern("changes-topic", Pattern.CASE_INSENSITIVE);

    /**
     * The question without the words saying it is about something else ("换个事儿，公司注销要交钱不" →
     * "公司注销要交钱不"), or empty when it says no such thing or still points back ("btw … for that").
     * The words name nothing it asks about.
     */
    static Optional<String> changingTopic(String question) {
        Matcher m = CHANGES_TOPIC.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String rest = m.replaceAll(" ").replaceAll("^[\\s,，.。:：;；!！-]+", "").strip();
        // "btw is there a cap on the docs for that?" still points back at what was just said.
        return rest.isEmpty() || pointsBack(rest) ? Optional.empty() : Optional.of(rest);
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
