package org.onewindow.understanding;

import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/** Yes or no to a summary, in whole phrases: "all correct, please submit", "信息都对", "hold on, that's not right". */
final class Verdicts {
    /** Approving, objecting, agreeing and refusing, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/verdicts.txt");

    private static final Pattern APPROVES = WORDS.pattern("approves");
    private static final Pattern OBJECTS = WORDS.pattern("objects");

    private static final Pattern AGREES = WORDS.pattern("agrees");
    private static final Pattern REFUSES = WORDS.pattern("refuses");

    private Verdicts() {}

    /** Agrees to a notice ("that's fine, I consent", "好的，我同意"). */
    static boolean agrees(String lower) {
        return AGREES.matcher(lower).find() && !REFUSES.matcher(lower).find();
    }

    /** Approves what was shown, without any word against it. */
    static boolean approves(String lower) {
        return APPROVES.matcher(lower).find() && !OBJECTS.matcher(lower).find();
    }

    /** Says what was shown is not right (or not yet). */
    static boolean objects(String lower) {
        return OBJECTS.matcher(lower).find();
    }
}
