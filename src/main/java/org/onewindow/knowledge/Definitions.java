package org.onewindow.knowledge;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms a passage defines, quoted or opening a line or sentence, before a colon ("\"standard land\"
 * (标准地): a plot where…", "简易注销：未发生债权债务…"), and which of them a question asks about. Pure.
 */
public final class Definitions {

    /** A quoted term anywhere, or one opening a line or sentence, then maybe its other name, then a colon. */
    private static final Pattern DEFINED = Pattern.compile("(?:[\"“]([^\"”\\n]{2,30})[\"”]"
            + "|(?:^|\\n|[。；;]\\s*|[-•*]\\s+)\\**([^\"”*:：\\n。；;()（）]{2,30}?)\\**)\\s*"
            + "(?:\\(([^)\\n]{1,20})\\)|（([^）\\n]{1,20})）)?\\s*[:：]");

    private Definitions() {}

    /** A term the text defines and where it ends in the question. */
    public record Term(String term, int end) {}

    /**
     * Of the terms the text defines, the one the question names last (empty when it names none): the
     * term nearest the words asking what it means is the one asked about ("签约即供地里面说的标准地是啥":
     * 标准地).
     */
    public static Optional<Term> lastTermAsked(String text, String question) {
        String q = question.toLowerCase(Locale.ROOT);
        Term last = null;
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= 4; g++) {
                String term = m.group(g);
                if (term == null || term.isBlank()) {
                    continue;
                }
                String t = term.strip().toLowerCase(Locale.ROOT);
                int at = q.lastIndexOf(t);
                if (at >= 0 && (last == null || at + t.length() > last.end())) {
                    last = new Term(t, at + t.length());
                }
            }
        }
        return Optional.ofNullable(last);
    }
}
