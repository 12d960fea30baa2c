package org.onewindow.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;

/**
 * A measure of a policy named by its number: "what does measure 13 promise?", "第十三条讲的是什么",
 * and the section heading that carries the number ("Measure 13: certificates upon completion",
 * "第13条：竣工即交证"). A question naming a number is answered from that measure, whatever else it
 * resembles by meaning. Pure.
 */
public final class MeasureReference {

    private static final WordLists WORDS = WordLists.load("understanding/references.txt");
    private static final List<Pattern> ASKS = WORDS.patterns("asks");
    private static final List<Pattern> HEADING = WORDS.patterns("heading");
    private static final Pattern OTHER_DOCUMENT = WORDS.pattern("other-document");
    private static final WordLists NUMBERS = WordLists.load("understanding/numbers.txt");
    private static final Map<String, String> DIGITS = NUMBERS.map("digits.zh");
    /** The numeral for ten ("十三" is 13), the first unit of ten numbers.txt lists. */
    private static final String TEN = NUMBERS.pairs("small-units.zh").stream()
            .filter(e -> e.getValue().equals("10"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();

    private static final Pattern NEXT = WORDS.pattern("next");
    private static final Pattern PREVIOUS = WORDS.pattern("previous");
    private static final List<Pattern> NUMBER_ALONE = WORDS.patterns("number-alone");
    private static final String NAME_EN = WORDS.text("name.en");
    private static final String NAME_ZH = WORDS.text("name.zh");

    private MeasureReference() {}

    /**
     * The measure a follow-up points to from the one the last question named: the next, the previous,
     * or one given by its number alone ("and number 20?"); empty when the last question named none or
     * the follow-up points nowhere.
     */
    public static OptionalInt following(String question, String lastQuestion) {
        OptionalInt last = lastQuestion == null ? OptionalInt.empty() : asked(lastQuestion);
        if (last.isEmpty() || asked(question).isPresent()) {
            return OptionalInt.empty();
        }
        String lower = question.toLowerCase(Locale.ROOT);
        if (NEXT.matcher(lower).find()) {
            return OptionalInt.of(last.getAsInt() + 1);
        }
        if (PREVIOUS.matcher(lower).find() && last.getAsInt() > 1) {
            return OptionalInt.of(last.getAsInt() - 1);
        }
        return first(NUMBER_ALONE, question);
    }

    /** The measure as a search names it: "measure 12", "第12条". */
    public static String named(int number, Lang lang) {
        return String.format(Locale.ROOT, lang == Lang.ZH ? NAME_ZH : NAME_EN, number);
    }

    /** The number of the measure a question names, if it names one. */
    public static OptionalInt asked(String question) {
        // "Article 13 of the Company Law", "公司法第十三条": another document's number, not a measure's.
        if (OTHER_DOCUMENT.matcher(question.toLowerCase(Locale.ROOT)).find()) {
            return OptionalInt.empty();
        }
        return first(ASKS, question);
    }

    /** The number a section heading gives its measure, if it is numbered. */
    public static OptionalInt heading(String section) {
        return section == null ? OptionalInt.empty() : first(HEADING, section.strip());
    }

    private static OptionalInt first(List<Pattern> patterns, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern p : patterns) {
            Matcher m = p.matcher(lower);
            if (m.find()) {
                OptionalInt n = number(m.group(1));
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return OptionalInt.empty();
    }

    /** "13", "十三", "二十", "十" → the number; empty for anything else. */
    static OptionalInt number(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            return OptionalInt.of(Integer.parseInt(written));
        }
        int ten = written.indexOf(TEN);
        if (ten < 0) {
            String d = DIGITS.get(written);
            return written.length() == 1 && d != null ? OptionalInt.of(Integer.parseInt(d)) : OptionalInt.empty();
        }
        String before = written.substring(0, ten);
        String after = written.substring(ten + 1);
        Integer tens = before.isEmpty() ? Integer.valueOf(1) : digit(before);
        Integer ones = after.isEmpty() ? Integer.valueOf(0) : digit(after);
        return tens == null || ones == null ? OptionalInt.empty() : OptionalInt.of(tens * 10 + ones);
    }

    private static Integer digit(String s) {
        String d = s.length() == 1 ? DIGITS.get(s) : null;
        return d == null ? null : Integer.valueOf(d);
    }
}
