package org.onewindow.form;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * Reads amounts the way people type them: Arabic digits with thousands separators ("5,000,000"),
 * Chinese numerals ("五百万", "两千", "一亿五千万", colloquial "三万五"), units 万/亿/千/百/十 and
 * thousand/k, million/m/mn, billion/bn, and mixtures ("1.5亿", "300万5000", "5 million").
 * Exact: BigDecimal throughout.
 */
final class Numbers {
    /** Chinese numerals and the units of either language. */
    private static final WordLists WORDS = WordLists.load("understanding/numbers.txt");

    private static final Pattern THOUSANDS_MARK = Pattern.compile("(?<=\\d)[,_'](?=\\d{3})");
    private static final Pattern THOUSANDS_SPACE = Pattern.compile("(?<=\\d) (?=\\d{3}(\\D|$))");

    private static final Map<Character, Integer> DIGITS = numbers(characters(WORDS.map("digits.zh")));
    private static final Map<Character, Integer> SMALL_UNITS = numbers(characters(WORDS.map("small-units.zh")));
    /** 万 and 亿, which end a section of four digits. */
    private static final Map<Character, BigDecimal> HAN_UNITS = amounts(characters(WORDS.map("big-units.zh")));
    /** Unit words, including chat shorthand: "500w" (万, from its pinyin wan), "350 mil". */
    private static final Map<String, BigDecimal> WORD_UNITS = amounts(WORDS.map("big-units.en"));

    private static final char DECIMAL_POINT = character(WORDS.text("decimal-point.zh"), "decimal-point.zh");
    /** A minus written as a word ("负五十"). */
    static final String MINUS = WORDS.text("minus.zh");

    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private Numbers() {}

    /** The value of {@code text}, or null when it is not a (non-negative) amount we can read. */
    static BigDecimal parse(String text) {
        String s = Inputs.foldWidth(text).toLowerCase(Locale.ROOT).trim();
        s = THOUSANDS_SPACE.matcher(THOUSANDS_MARK.matcher(s).replaceAll("")).replaceAll("");
        if (s.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal number = null;
        boolean numberIsSingleHanDigit = false;
        BigDecimal lastUnit = null; // the unit directly before the current number, for "三万五"
        boolean any = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                if (number != null) {
                    return null;
                }
                try {
                    number = new BigDecimal(s.substring(i, j));
                } catch (NumberFormatException e) {
                    return null;
                }
                numberIsSingleHanDigit = false;
                any = true;
                i = j;
                continue;
            }
            if (DIGITS.containsKey(c)) {
                int d = DIGITS.get(c);
                i++;
                if (d == 0 && number == null) {
                    lastUnit = null; // 三百零五: the zero only marks a gap
                    continue;
                }
                if (number != null) {
                    return null;
                }
                number = BigDecimal.valueOf(d);
                numberIsSingleHanDigit = true;
                any = true;
                if (i < s.length() && s.charAt(i) == DECIMAL_POINT) { // 一点五亿
                    int j = i + 1;
                    StringBuilder frac = new StringBuilder();
                    while (j < s.length() && (DIGITS.containsKey(s.charAt(j)) || Character.isDigit(s.charAt(j)))) {
                        char f = s.charAt(j);
                        frac.append(Character.isDigit(f) ? f : (char) ('0' + DIGITS.get(f)));
                        j++;
                    }
                    if (frac.length() == 0) {
                        return null;
                    }
                    number = new BigDecimal(d + "." + frac);
                    numberIsSingleHanDigit = false;
                    i = j;
                }
                continue;
            }
            if (SMALL_UNITS.containsKey(c)) {
                BigDecimal unit = BigDecimal.valueOf(SMALL_UNITS.get(c));
                if (number == null) {
                    if (unit.intValue() != 10) {
                        return null;
                    }
                    number = BigDecimal.ONE;
                }
                section = section.add(number.multiply(unit));
                number = null;
                lastUnit = unit;
                any = true;
                i++;
                continue;
            }
            BigDecimal bigUnit = null;
            boolean biggest = false;
            int next = i + 1;
            if (HAN_UNITS.containsKey(c)) {
                bigUnit = HAN_UNITS.get(c);
                biggest = bigUnit.compareTo(YI) >= 0;
            } else if (c >= 'a' && c <= 'z') {
                int j = i;
                while (j < s.length() && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') {
                    j++;
                }
                bigUnit = WORD_UNITS.get(s.substring(i, j));
                biggest = bigUnit != null && bigUnit.compareTo(YI) > 0;
                next = j;
            }
            if (bigUnit == null) {
                return null;
            }
            BigDecimal base = section.add(number == null ? BigDecimal.ZERO : number);
            if (number == null && section.signum() == 0) {
                return null; // a unit with nothing to multiply: "万", "million"
            }
            if (biggest) {
                total = total.add(base).multiply(bigUnit);
                section = BigDecimal.ZERO;
            } else {
                section = base.multiply(bigUnit);
            }
            number = null;
            lastUnit = bigUnit;
            any = true;
            i = next;
        }
        if (!any) {
            return null;
        }
        if (number != null
                && numberIsSingleHanDigit
                && lastUnit != null
                && lastUnit.compareTo(BigDecimal.valueOf(100)) >= 0) {
            number = number.multiply(lastUnit).divide(BigDecimal.TEN); // 三万五 = 35000, 一百五 = 150
        }
        BigDecimal result = total.add(section).add(number == null ? BigDecimal.ZERO : number);
        result = result.stripTrailingZeros();
        return result.scale() < 0 ? result.setScale(0) : result;
    }

    private static <V> Map<Character, V> characters(Map<String, V> words) {
        Map<Character, V> map = new java.util.HashMap<>();
        words.forEach((word, value) -> map.put(character(word, word), value));
        return Map.copyOf(map);
    }

    private static char character(String word, String what) {
        if (word.length() != 1) {
            throw new IllegalStateException("understanding/numbers.txt: \"" + what + "\" must be one character");
        }
        return word.charAt(0);
    }

    private static <K> Map<K, Integer> numbers(Map<K, String> words) {
        Map<K, Integer> map = new java.util.HashMap<>();
        words.forEach((word, value) -> map.put(word, Integer.valueOf(value)));
        return Map.copyOf(map);
    }

    private static <K> Map<K, BigDecimal> amounts(Map<K, ?> words) {
        Map<K, BigDecimal> map = new java.util.HashMap<>();
        words.forEach((word, value) -> map.put(word, new BigDecimal(value.toString())));
        return Map.copyOf(map);
    }
}
