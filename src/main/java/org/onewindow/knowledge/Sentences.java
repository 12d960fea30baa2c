package org.onewindow.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into sentences (Chinese and Western punctuation, list items, paragraphs). Pure.
 *
 * <p>Documents are hard-wrapped: a line break inside a paragraph or a list item is not a sentence
 * end, so lines are first joined back into their paragraph or item ("…for enterprises that never
 * had / debts, or have paid all debts…" is one sentence, never cut after "had").
 */
public final class Sentences {

    /**
     * After a full stop or a Chinese semicolon; after a Western semicolon unless a lower-case word
     * goes on with the clause ("for all others; requires a liquidation" is one sentence).
     */
    private static final Pattern BOUNDARY =
            Pattern.compile("(?<=[。！？!?；])|(?<=;)(?!\\s*[a-z])|(?<=[.])(?=\\s+[A-Z0-9\"“(])");
    /** A line that starts a unit of its own: a list item, a heading, a table row. */
    private static final Pattern UNIT_START = Pattern.compile("^(?:[-*•+]\\s|\\d+[.)、]\\s?|#|\\|)");

    private static final Pattern LIST_NUMBER = Pattern.compile("\\d+[.)]");

    private Sentences() {}

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String unit : units(text)) {
            String marker = "";
            String open = "";
            for (String s : BOUNDARY.split(unit)) {
                String t = (open + s).strip();
                open = "";
                if (unclosed(t)) {
                    open = t; // "消防验收（需要时；部门未核实）" ends at its bracket, not at the "；" inside
                    continue;
                }
                if (LIST_NUMBER.matcher(t).matches()) {
                    marker = t + " "; // "1." of "1. Publish…" is no sentence of its own
                } else if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(marker + t);
                    marker = "";
                }
            }
            if (!open.isBlank()) {
                out.add(marker + open.strip());
            }
        }
        return out;
    }

    /** Whether a bracket opened in the text is not closed yet. */
    private static boolean unclosed(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** Paragraphs and list items, each with its wrapped lines joined. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || UNIT_START.matcher(line).find()) {
                flush(current, units);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (current.length() > 0) {
                char last = current.charAt(current.length() - 1);
                if (!(joinsWithoutSpace(last) && joinsWithoutSpace(line.charAt(0)))) {
                    current.append(' ');
                }
            }
            current.append(line);
        }
        flush(current, units);
        return units;
    }

    private static void flush(StringBuilder current, List<String> units) {
        if (current.length() > 0) {
            units.add(current.toString());
            current.setLength(0);
        }
    }

    /** Chinese text and its punctuation run on across a line break without a space. */
    private static boolean joinsWithoutSpace(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "，、；：（）“”".indexOf(c) >= 0;
    }
}
