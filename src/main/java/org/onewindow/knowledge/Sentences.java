package org.onewindow.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into sentences (Chinese and Western punctuation, list items, lines). Pure. */
public final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[。！？!?；;])|(?<=[.])(?=\\s+[A-Z0-9\"“(])|\\n+");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String s : BOUNDARY.split(text)) {
            String t = s.strip();
            if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(t);
            }
        }
        return out;
    }
}
