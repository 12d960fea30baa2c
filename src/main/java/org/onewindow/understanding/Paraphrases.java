package org.onewindow.understanding;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.form.Option;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.WordLists;

/**
 * A choice named in other words: most of an option name's words ("limited liability" for "Limited
 * liability company", "大厅办" for "大厅一次办"), or one of its longer names typed with a slip
 * ("deregistartion"). Unique or nothing: two options as close as each other give nothing.
 */
final class Paraphrases {
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "of", "and", "or", "for", "to", "with", "us", "we", "our", "it", "is", "be", "in", "on",
            "by");

    /** "不想自己盖", "not the factory": words said not to be the choice. */
    private static final Pattern NEGATED =
            WordLists.load("understanding/value-finder.txt").pattern("negated");

    private Paraphrases() {}

    /** The text without the words it says are not meant ("不想自己盖", "not taxes", "it wasn't a vote"). */
    static String withoutNegated(String lower) {
        return NEGATED.matcher(lower).replaceAll(" ");
    }

    /** The value of the option the text names in other words, or null. */
    static String option(String lower, FieldSpec field) {
        return option(lower, field, 0.5);
    }

    /** As {@link #option(String, FieldSpec)}, with the share of an option name's words that must be there. */
    static String option(String lower, FieldSpec field, double least) {
        String meant = withoutNegated(lower);
        Set<String> textWords = words(meant);
        String best = null;
        double bestScore = 0;
        boolean tie = false;
        for (Option o : field.choices()) {
            double score = 0;
            for (String name : FieldNames.optionNames(o)) {
                score = Math.max(score, overlap(words(name), textWords));
                if (name.length() >= 7 && nearWord(name, meant)) {
                    score = Math.max(score, 0.9);
                }
            }
            if (score > bestScore + 1e-9) {
                best = o.value();
                bestScore = score;
                tie = false;
            } else if (Math.abs(score - bestScore) < 1e-9 && score > 0) {
                tie = true;
            }
        }
        return bestScore >= least && !tie ? best : null;
    }

    private static double overlap(Set<String> name, Set<String> text) {
        if (name.isEmpty()) {
            return 0;
        }
        long shared = name.stream().filter(text::contains).count();
        return (double) shared / name.size();
    }

    /** English words (no stop words) and Chinese character pairs. */
    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("[^\\p{IsLatin}\\d&]+")) {
            if (w.length() >= 2 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        StringBuilder han = new StringBuilder();
        s.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .forEach(han::appendCodePoint);
        for (String part : s.split("[^\\p{IsHan}]+")) {
            for (int i = 0; i + 2 <= part.length(); i++) {
                out.add(part.substring(i, i + 2));
            }
        }
        return out;
    }

    /** A word of the text within two edits of the name ("deregistartion"). */
    private static boolean nearWord(String name, String lower) {
        if (name.contains(" ")) {
            return false;
        }
        for (String w : lower.split("[^\\p{IsLatin}]+")) {
            if (Math.abs(w.length() - name.length()) <= 2 && distance(w, name) <= 2) {
                return true;
            }
        }
        return false;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
