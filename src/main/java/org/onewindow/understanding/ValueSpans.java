package org.onewindow.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.shared.WordLists;

/**
 * Where in a sentence a value of a given type may stand: the spans worth handing to the type's
 * validator ("we'll subscribe RMB 12.5 million" → "RMB 12.5 million"; "座机0731-84421306" →
 * "0731-84421306"). The validator decides; these only find candidates, longest first at each place.
 */
final class ValueSpans {
    /** Money, numbers, phone extensions and dates as written in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/value-spans.txt");

    private static final Pattern MONEY = WORDS.pattern("money");
    private static final Pattern NUMBER = WORDS.pattern("number");
    private static final Pattern PHONE = WORDS.pattern("phone");
    /**
     * Eighteen-character identifiers, also as people copy them off a card in groups ("91430100 MA4L2G7K 6G",
     * "4301 0219 9207 0745 68"): single spaces or dashes between the characters. Tried at every word start, as a
     * group may begin with an ordinary word ("its 9143…") that the check character then rules out.
     */
    private static final Pattern USCC = Pattern.compile("[0-9a-z](?:[ \\-]?[0-9a-z]){17}(?![0-9a-z])");

    private static final Pattern ID_CARD = Pattern.compile("\\d(?:[ \\-]?\\d){16}[ \\-]?[\\dx](?![0-9a-z])");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+\\-]+@[a-z0-9.\\-]+\\.[a-z]{2,}");
    private static final List<Pattern> DATES = WORDS.patterns("dates");

    private ValueSpans() {}

    /** Candidate spans of {@code type} in {@code lower} (folded, lower case), in order of position. */
    static List<int[]> find(FieldType type, String lower) {
        List<int[]> spans = new ArrayList<>();
        switch (type) {
            case MONEY -> add(spans, MONEY, lower);
            case NUMBER -> add(spans, NUMBER, lower);
            case PHONE -> add(spans, PHONE, lower);
            case USCC -> addAtWordStarts(spans, USCC, lower);
            case ID_CARD -> addAtWordStarts(spans, ID_CARD, lower);
            case EMAIL -> add(spans, EMAIL, lower);
            case DATE -> DATES.forEach(p -> add(spans, p, lower));
            default -> {}
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1] - b[0], a[1] - a[0]));
        return spans;
    }

    /** Whether values of the type can be found inside a sentence by their shape. */
    static boolean shaped(FieldType type) {
        return switch (type) {
            case MONEY, NUMBER, PHONE, USCC, ID_CARD, EMAIL, DATE -> true;
            default -> false;
        };
    }

    /** Matches of {@code p} beginning where a run of ASCII letters and digits begins, overlapping ones included. */
    private static void addAtWordStarts(List<int[]> spans, Pattern p, String lower) {
        Matcher m = p.matcher(lower);
        for (int i = 0; i < lower.length(); i++) {
            if (i > 0 && isAsciiAlphanumeric(lower.charAt(i - 1))) {
                continue;
            }
            m.region(i, lower.length());
            if (m.lookingAt()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z';
    }

    private static void add(List<int[]> spans, Pattern p, String lower) {
        Matcher m = p.matcher(lower);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (end > start && Character.isWhitespace(lower.charAt(end - 1))) {
                end--;
            }
            while (start < end && Character.isWhitespace(lower.charAt(start))) {
                start++;
            }
            if (end > start) {
                spans.add(new int[] {start, end});
            }
        }
    }
}
