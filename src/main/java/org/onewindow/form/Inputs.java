package org.onewindow.form;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalising what users type: full-width characters, spacing, trailing punctuation. */
public final class Inputs {

    // Compiled once: these run on every message.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[。.!！]+$");

    private Inputs() {}

    /**
     * Folds full-width ASCII (U+FF01–U+FF5E, e.g. {@code １２３}, {@code ＠}) and the ideographic
     * space to their ASCII forms; everything else is kept.
     */
    public static String foldWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Folds full-width digits only (for free text, where full-width punctuation is kept). */
    public static String foldDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\uFF10' && c <= '\uFF19' ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }

    /**
     * A key for comparing short answers: width folded, lower case, spaces collapsed, leading and
     * trailing punctuation removed ("Yes!" and "ｙｅｓ。" both give "yes").
     */
    public static String key(String s) {
        return EDGE_PUNCTUATION
                .matcher(collapseSpaces(foldWidth(s).toLowerCase(Locale.ROOT).trim()))
                .replaceAll("");
    }

    /** Without the full stops and exclamation marks it ends with ("2026-12-01。" → "2026-12-01"). */
    public static String withoutTrailingStops(String s) {
        return TRAILING_STOPS.matcher(s).replaceAll("");
    }

    /** Every run of white space as one space. */
    public static String collapseSpaces(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ");
    }

    /** The number of Unicode code points (what users call characters). */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Whether {@code text} contains any of {@code cues} (literally). */
    public static boolean containsAny(String text, java.util.List<String> cues) {
        for (String cue : cues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    public static boolean startsWithAny(String text, java.util.List<String> prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public static boolean endsWithAny(String text, java.util.List<String> suffixes) {
        for (String suffix : suffixes) {
            if (text.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
