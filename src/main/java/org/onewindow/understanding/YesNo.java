package org.onewindow.understanding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.ValidationContext;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.WordLists;

/**
 * Yes or no said in a sentence: a leading yes/no word ("no, all shareholders are mainland Chinese"),
 * else a negation ("规划许可证还没办下来", "还有一笔罚款没交") for no, else an affirming word
 * ("都结清了", "we do") for yes.
 */
final class YesNo {
    /** Negating and affirming words, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/yes-no.txt");

    private static final ValidationContext ANY_DAY = ValidationContext.of(java.time.Clock.systemUTC());
    private static final Pattern LEADING_JOIN = WORDS.pattern("leading-join");
    /** Words that turn a sentence, not answer it: "after all" holds no "all", "anyway" no yes. */
    private static final Pattern DISCOURSE = WORDS.pattern("discourse.en");

    private static final Pattern NEGATION = WORDS.pattern("negation");
    private static final Pattern AFFIRMATION = WORDS.pattern("affirmation");

    private YesNo() {}

    private static long hanCount(String s) {
        return s.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
    }

    /** Whether the words before a yes/no field's statement negate it ("不需要", "we don't have the"). */
    static boolean negates(String lead) {
        return NEGATION.matcher(lead).find();
    }

    /** The yes/no the text says for the field, or null when it says neither. */
    static Boolean read(String lower, FieldSpec field) {
        return read(lower, field, false);
    }

    /**
     * The same; {@code unprompted}: the text does not name the field, so beyond a leading yes/no
     * only a short answer or one about the field's own statement counts ("都结清了", "还没办下来");
     * "I still need to check the address" says neither.
     */
    static Boolean read(String lower, FieldSpec field, boolean unprompted) {
        String spoken = DISCOURSE.matcher(lower).replaceAll(" ").strip();
        Matcher join = ValueFinder.leading(LEADING_JOIN, spoken);
        String s = join.lookingAt() ? spoken.substring(join.end()) : spoken;
        if (s.isEmpty()) {
            return null;
        }
        var r = FieldValidators.validate(s, field.view(), ANY_DAY);
        if (r.isOk()) {
            return (Boolean) r.value();
        }
        if (unprompted
                && !(s.split("\\s+").length <= 6 && hanCount(s) <= 10
                        || java.util.Collections.disjoint(
                                        Paraphrases.words(s),
                                        Paraphrases.words(field.label().en().toLowerCase() + " "
                                                + field.label().zh()))
                                == false)) {
            return null;
        }
        if (NEGATION.matcher(s).find()) {
            return false;
        }
        return AFFIRMATION.matcher(s).find() ? true : null;
    }
}
