package org.onewindow.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.Inputs;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.WordLists;

/**
 * Recognises a request to change an earlier answer: "change the registered capital to 300万",
 * "set my phone to 13812345678", "the company name should be X", "把注册资本改成300万",
 * "注册资本改为300万", or without a value ("change the address", "修改联系电话") to ask that
 * question again. The field is found by its label (either language), name or aliases.
 */
final class Corrections {
    /** The phrasings of a correction, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/corrections.txt");

    private static final Pattern LEADING_POSSESSIVE = WORDS.pattern("leading-possessive");
    private static final Pattern TRAILING_QUOTES = Pattern.compile("[\\s\"'“”‘’]+$");

    /** A recognised correction: the field, and the new value (null: ask the question again). */
    record Correction(FieldSpec field, String value) {}

    private static final List<Pattern> WITH_VALUE = WORDS.patterns("with-value");
    private static final List<Pattern> WITHOUT_VALUE = WORDS.patterns("without-value");

    /** Words that say an earlier answer was wrong: "actually", "sorry, I meant", "其实", "不对", "应该是". */
    private static final Pattern CUED = WORDS.pattern("cued");
    /** "I meant …": the sentence is only the new value. */
    private static final Pattern MEANT = WORDS.pattern("meant");

    private static final Pattern LEADING_CUE = WORDS.pattern("leading-cue", Pattern.CASE_INSENSITIVE);

    private Corrections() {}

    /** Whether the (lower-case) sentence says something given before was wrong. */
    static boolean cued(String lower) {
        return CUED.matcher(lower).find();
    }

    /** Whether the sentence is "I meant X". */
    static boolean meantOnly(String lower) {
        return MEANT.matcher(lower).find();
    }

    /** The sentence without its opening "sorry, I meant" / "不对，". */
    static String withoutCue(String text) {
        String s = text.strip();
        Matcher m = ValueFinder.leading(LEADING_CUE, s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    static Optional<Correction> parse(String text, List<FieldSpec> fields) {
        String t = Inputs.withoutTrailingStops(
                Inputs.collapseSpaces(Inputs.foldWidth(text).trim()));
        String lower = t.toLowerCase(Locale.ROOT);
        for (Pattern p : WITH_VALUE) {
            Matcher m = p.matcher(lower);
            if (m.matches()) {
                FieldSpec f = field(m.group(1), fields);
                if (f != null) {
                    // take the value from the original text so that case is kept
                    String value = t.substring(m.start(2)).trim();
                    return Optional.of(new Correction(f, value));
                }
            }
        }
        for (Pattern p : WITHOUT_VALUE) {
            Matcher m = p.matcher(lower);
            if (m.matches()) {
                FieldSpec f = field(m.group(1), fields);
                if (f != null) {
                    return Optional.of(new Correction(f, null));
                }
            }
        }
        return Optional.empty();
    }

    /** The field a user's words name: exact label/name/alias first, then the unique one whose label they contain. */
    static FieldSpec field(String words, List<FieldSpec> fields) {
        String w = TRAILING_QUOTES
                .matcher(LEADING_POSSESSIVE
                        .matcher(words.trim().toLowerCase(Locale.ROOT))
                        .replaceAll(""))
                .replaceAll("");
        if (w.isEmpty()) {
            return null;
        }
        for (FieldSpec f : fields) {
            for (String name : names(f)) {
                if (name.equals(w)) {
                    return f;
                }
            }
        }
        FieldSpec found = null;
        int bestLength = 0;
        for (FieldSpec f : fields) {
            for (String name : names(f)) {
                if (name.length() >= 2 && w.contains(name) && name.length() > bestLength) {
                    found = f;
                    bestLength = name.length();
                }
            }
        }
        return found;
    }

    private static List<String> names(FieldSpec f) {
        List<String> names = new java.util.ArrayList<>();
        names.add(f.name().toLowerCase(Locale.ROOT));
        names.add(f.label().en().toLowerCase(Locale.ROOT));
        names.add(f.label().zh());
        f.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        return names;
    }
}
