package org.onewindow.understanding;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.WordLists;

/**
 * A person's name inside a sentence: "that'll be our CEO, Emily Zhang" → "Emily Zhang";
 * "办税员是马晓燕" → "马晓燕" (the framing is gone before this is asked).
 */
final class PersonNames {
    /** Person labels and the words around Chinese names. */
    private static final WordLists WORDS = WordLists.load("understanding/person-names.txt");

    private static final Pattern PERSON_LABEL = WORDS.pattern("person-label");
    private static final Pattern NOT_A_PERSON =
            Pattern.compile("(?i)(?:company|project|enterprise) name|address|phone|number|\\bID\\b");
    private static final Pattern ENGLISH_NAME =
            Pattern.compile("(?<![\\w])([A-Z][a-z]+(?:[ \\-][A-Z][a-z]+){1,3})(?![\\w])");
    private static final Pattern HAN_NAME = WORDS.pattern("han-name");
    /** "我们财务", "项目经理": words a clause opens with that are a role or a pronoun, not a name. */
    private static final Pattern NOT_A_NAME_START = WORDS.pattern("not-a-name-start");
    /** "找我们行政部的刘洋就行", "是我，叫吴婷", "就是我 刘思远": a name after 的/找/是/叫/我, before the sentence's particles. */
    private static final Pattern HAN_NAME_INSIDE = WORDS.pattern("han-name-inside");

    private static final Set<String> NOT_A_NAME = Set.of(
            "I",
            "We",
            "It",
            "The",
            "My",
            "Our",
            "He",
            "She",
            "They",
            "His",
            "Her",
            "Their",
            "That",
            "This",
            "Yes",
            "No",
            "Sorry",
            "Actually",
            "Please",
            "Hi",
            "Hello",
            "Oops",
            "Change",
            "Correction",
            "Mr",
            "Ms",
            "Mrs",
            "Dr",
            "Let",
            "Hang",
            "Wait");

    private static final Set<String> PRONOUNS = Set.of(
            "i", "we", "me", "us", "he", "she", "him", "her", "they", "them", "you", "it", "myself", "ourselves");

    private static final Pattern CONTACT_ASIDE = WORDS.pattern("contact-aside");

    private PersonNames() {}

    /** The person to ask for, named beside another answer ("…，到了找龙晓燕"), or null. */
    static String contactAside(String text) {
        Matcher m = CONTACT_ASIDE.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && !NOT_A_NAME_START.matcher(m.group(g)).lookingAt()) {
                    return m.group(g);
                }
            }
        }
        return null;
    }

    static boolean isPersonField(FieldSpec f) {
        return f.type() == FieldType.TEXT
                && PERSON_LABEL.matcher(f.label().en() + " " + f.label().zh()).find()
                && !NOT_A_PERSON.matcher(f.label().en()).find();
    }

    /** Whether the text is a name as found here: two to four capitalised words, or two to four Chinese characters. */
    static boolean isName(String text) {
        return ENGLISH_NAME.matcher(text).matches() || text.matches("\\p{IsHan}{2,4}");
    }

    /** The first capitalised name of two to four words in the text ("Emily Zhang"), or null. */
    static String english(String text) {
        Matcher m = ENGLISH_NAME.matcher(text);
        while (m.find()) {
            String first = m.group(1).split("[ \\-]")[0];
            if (!NOT_A_NAME.contains(first)) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * A Chinese name at the start of the (framing-free) text; else the text when it is short enough
     * to be a name typed in lower case ("zhang wei"); else null.
     */
    static String in(String text) {
        String s = text.strip();
        Matcher han = HAN_NAME.matcher(s);
        if (han.find() && !NOT_A_NAME_START.matcher(han.group()).lookingAt()) {
            return han.group();
        }
        Matcher inside = HAN_NAME_INSIDE.matcher(s);
        String last = null;
        while (inside.find()) {
            last = inside.group(1);
        }
        if (last != null) {
            return last;
        }
        boolean shortEnough = s.split("\\s+").length <= 4
                && s.length() <= 40
                && s.chars().noneMatch(Character::isDigit)
                && s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !PRONOUNS.contains(s.toLowerCase(java.util.Locale.ROOT));
        return shortEnough ? s : null;
    }
}
