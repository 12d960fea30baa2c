package org.onewindow.knowledge;

import java.util.List;
import java.util.Locale;

/** The words of a search found in a passage, compared with its heading or title. Pure. */
public final class MatchedWords {

    private MatchedWords() {}

    /**
     * How many different words of {@code matched} stand in {@code text} (a heading, a title), ignoring
     * case; a single character or a number ("2026") names nothing there. 0 when the text is null.
     */
    public static long standingIn(List<String> matched, String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String in = text.toLowerCase(Locale.ROOT);
        return matched.stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> t.codePointCount(0, t.length()) >= 2
                        && !t.chars().allMatch(Character::isDigit)
                        && in.contains(t))
                .distinct()
                .count();
    }
}
