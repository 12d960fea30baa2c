package org.onewindow.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * The words of a text that can say what it is about, to tell whether two texts speak of the same
 * thing: English words of four letters or more cut to their first five ("registering", "register"
 * → "regis"), Chinese as pairs of characters; words that only ask ("what", "怎么") left out.
 */
final class SharedWords {

    private static final WordLists WORDS = WordLists.load("understanding/regions.txt");
    private static final Set<String> ASKING = WORDS.set("asking-words.en");
    private static final List<String> ASKING_ZH = WORDS.list("asking-words.zh");
    private static final Pattern ENGLISH = Pattern.compile("[a-z]{4,}");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
    /** Characters that make a pair of no meaning of its own ("的", "吗"). */
    private static final Pattern PARTICLE = WORDS.pattern("particles.zh");

    private static final int STEM = 5;

    private SharedWords() {}

    /** The words of {@code lower} (lower case). */
    static Set<String> of(String lower) {
        Set<String> out = new HashSet<>();
        Matcher en = ENGLISH.matcher(lower);
        while (en.find()) {
            String w = en.group();
            if (!ASKING.contains(w)) {
                out.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        String chinese = lower;
        for (String word : ASKING_ZH) {
            chinese = chinese.replace(word, " ");
        }
        Matcher han = HAN_RUN.matcher(chinese);
        while (han.find()) {
            String run = han.group();
            for (int i = 0; i + 2 <= run.length(); i++) {
                String pair = run.substring(i, i + 2);
                if (!PARTICLE.matcher(pair).find()) {
                    out.add(pair);
                }
            }
        }
        return out;
    }
}
