package org.onewindow.knowledge;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * A question asking about two things at once ("how many days for the building permit and how many to
 * file the acceptance", "开公司和注销公司都要钱吗"), as one question for each side of the word that
 * joins them. Each side carries what the whole asks and it lacks: the words asking for a kind of fact
 * ("都要钱吗" for "开公司") and the year ("mid autumn + national day 2026"). Pure.
 */
public record SeveralAsked(String first, String second, boolean followsFirst) {

    /** Two things joined by a word: each side carries what the whole asks. */
    public SeveralAsked(String first, String second) {
        this(first, second, false);
    }

    private static final WordLists REWRITES = WordLists.load("understanding/query-rewrites.txt");

    private static final Pattern JOINS = REWRITES.pattern("joins", Pattern.CASE_INSENSITIVE);

    /** Where one question ends and another begins ("代办收费不 能上门服务不", "visit us? costs anything?"). */
    private static final Pattern APART = REWRITES.pattern("asks-apart", Pattern.CASE_INSENSITIVE);

    /** A question's own end: a question mark or a Chinese question particle. */
    private static final Pattern ASKS = REWRITES.pattern("asks-end", Pattern.CASE_INSENSITIVE);

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。？?！!；;]");

    /** Letters or Chinese characters a side needs to be about something of its own. */
    private static final Pattern SUBJECT = Pattern.compile("\\p{IsHan}{2}|\\p{L}{3}");

    /** The two questions, or empty when the question joins no two things (or more than two). */
    public static Optional<SeveralAsked> in(String question) {
        Optional<SeveralAsked> apart = apart(question.strip());
        if (apart.isPresent()) {
            return apart;
        }
        Matcher m = JOINS.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String left = question.substring(0, m.start()).strip();
        String right = question.substring(m.end()).strip();
        if (m.find() || !aboutSomething(left) || !aboutSomething(right)) {
            return Optional.empty();
        }
        return Optional.of(new SeveralAsked(carrying(left, question), carrying(right, question)));
    }

    /**
     * Two questions one after the other: each asks its own kind of fact, and the second, often bare
     * ("costs anything?", "and the seals?"), is read as a follow-up to the answer to the first.
     */
    private static Optional<SeveralAsked> apart(String question) {
        Matcher m = APART.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String left = question.substring(0, m.start()).strip();
        String right = question.substring(m.end()).strip();
        if (m.find()
                || !aboutSomething(left)
                || !ASKS.matcher(right).find() && QuestionType.of(right).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SeveralAsked(left, right, true));
    }

    private static boolean aboutSomething(String side) {
        return SUBJECT.matcher(QuestionType.subjectOf(side)).find();
    }

    /** The side with the whole question's words asking for a kind of fact it lacks, and its year. */
    private static String carrying(String side, String whole) {
        StringBuilder carried = new StringBuilder(side);
        var own = QuestionType.of(side);
        for (QuestionType kind : QuestionType.of(whole)) {
            if (!own.contains(kind)) {
                kind.askingWords(whole).ifPresent(words -> carried.append(spoken(words, whole)));
            }
        }
        OptionalInt year = YearsAsked.in(whole);
        if (year.isPresent() && YearsAsked.in(side).isEmpty()) {
            carried.append(' ').append(year.getAsInt());
        }
        return carried.toString();
    }

    /**
     * Asking words as they are carried: Chinese ones with the rest of their clause and no space ("开公司"
     * + "要钱吗", which a search reads better than "开公司 要钱"), others alone after a space.
     */
    private static String spoken(String words, String whole) {
        if (!HAN.matcher(words).find()) {
            return " " + words;
        }
        int at = whole.indexOf(words);
        if (at < 0) {
            return words;
        }
        Matcher end = CLAUSE_END.matcher(whole);
        return whole.substring(at, end.find(at) ? end.start() : whole.length());
    }
}
