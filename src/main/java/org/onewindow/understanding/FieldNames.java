package org.onewindow.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.form.Option;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.WordLists;

/**
 * The words by which a message names a field of a form: its labels in both languages and their
 * parts ("住所（注册地址）" → 住所, 注册地址), its aliases, and for a choice field the names of its
 * options (naming an option names the field and gives its value). Names shared by two fields of
 * the same form are dropped, except labels and aliases, which the longest match settles.
 */
final class FieldNames {
    /** Words too general to name a field, and what separates the parts of a label. */
    private static final WordLists WORDS = WordLists.load("understanding/field-names.txt");

    /**
     * One name of a field; {@code option} is the option it names, or null; {@code exact} when it is
     * a label or alias, not a part of one.
     */
    record Name(FieldSpec field, String text, Option option, boolean exact) {}

    /** Head words too general to name one field ("planning permit number" is not "number"). */
    private static final Set<String> GENERIC = WORDS.set("generic.en");
    /** What separates the parts of a label: brackets, "or", 及, 和. */
    private static final Pattern LABEL_PARTS = WORDS.pattern("label-parts");
    /** Words just before an option's name that disown it. */
    private static final Pattern NEGATION_BEFORE =
            WordLists.load("understanding/value-finder.txt").pattern("negated-before");

    private FieldNames() {}

    static List<Name> of(List<FieldSpec> fields) {
        List<Name> names = new ArrayList<>();
        List<Name> derived = new ArrayList<>();
        for (FieldSpec f : fields) {
            if (f.type() == FieldType.FILE) {
                continue;
            }
            Set<String> own = new LinkedHashSet<>();
            own.add(key(f.label().en()));
            own.add(key(f.label().zh()));
            f.aliases().forEach(a -> own.add(key(a)));
            own.forEach(n -> names.add(new Name(f, n, null, true)));
            Set<String> parts = new LinkedHashSet<>();
            for (String label : List.of(key(f.label().en()), key(f.label().zh()))) {
                for (String part : LABEL_PARTS.split(label)) {
                    part = part.trim();
                    parts.add(part);
                    String[] words = part.split(" ");
                    if (words.length >= 3) { // "fire-safety acceptance needed" → "fire-safety acceptance"
                        parts.add(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)));
                        // "construction project planning permit" → "planning permit"
                        parts.add(words[words.length - 2] + " " + words[words.length - 1]);
                    }
                    int possessive = part.indexOf("'s ");
                    if (possessive >= 4) { // "investor's country" → "investor": "the investor is from Canada"
                        parts.add(part.substring(0, possessive));
                    }
                    String head = words[words.length - 1];
                    boolean statement = f.type() == FieldType.BOOLEAN || f.type() == FieldType.ENUM;
                    if (!statement
                            && words.length >= 2
                            && head.length() >= 5
                            && !GENERIC.contains(head)) { // "registered address" → "address"
                        parts.add(head);
                    }
                    if (isChinese(part) && part.length() >= 4) { // "清算组负责人" → "负责人", "债权人公告日期" → "公告日期"
                        for (int n = 2; n <= Math.min(4, part.length() - 1); n++) {
                            parts.add(part.substring(part.length() - n));
                            parts.add(part.substring(0, n));
                        }
                    }
                }
            }
            parts.removeAll(own);
            parts.stream().filter(p -> p.length() >= 2).forEach(p -> derived.add(new Name(f, p, null, false)));
            if (f.type() == FieldType.ENUM) {
                for (Option o : f.choices()) {
                    for (String n : optionNames(o)) {
                        derived.add(new Name(f, n, o, true));
                    }
                }
            }
        }
        for (Name d : derived) {
            List<Name> sharing = derived.stream()
                    .filter(o -> o.text().equals(d.text()) && o.field() != d.field())
                    .toList();
            boolean shared =
                    !sharing.isEmpty() || names.stream().anyMatch(o -> o.text().equals(d.text()));
            // Shared with fields whose labels only begin with it ("planning permit number"), a name still names the
            // field whose label ends with it, the thing itself ("construction project planning permit").
            boolean theThing = !sharing.isEmpty()
                    && names.stream().noneMatch(o -> o.text().equals(d.text()))
                    && endsWithName(d)
                    && sharing.stream().noneMatch(FieldNames::endsWithName);
            if (!shared || theThing) {
                names.add(d);
            }
        }
        return names;
    }

    private static boolean endsWithName(Name n) {
        return n.option() == null && key(n.field().label().en()).endsWith(" " + n.text());
    }

    /** Whether the text names the field by its label, a part of it or an alias (not by an option). */
    static boolean named(String lower, FieldSpec field, List<Name> names) {
        return names.stream()
                .filter(n -> n.field() == field && n.option() == null)
                .anyMatch(n -> wordIndex(lower, n.text(), 0) >= 0);
    }

    /** The text without the words that name the field ("the reason is wrong" → "the is wrong"). */
    static String withoutNames(String lower, FieldSpec field, List<Name> names) {
        String out = lower;
        for (Name n : names) {
            if (n.field() == field && n.option() == null) {
                for (int at = wordIndex(out, n.text(), 0); at >= 0; at = wordIndex(out, n.text(), at)) {
                    out = out.substring(0, at) + " "
                            + out.substring(at + n.text().length());
                }
            }
        }
        return out.replaceAll("\\s+", " ").strip();
    }

    /** Whether the text says the option is not meant: "not taxes", "there was no resolution", "不是决议解散". */
    static boolean disowned(String lower, Option option) {
        for (String name : optionNames(option)) {
            for (int at = wordIndex(lower, name, 0); at >= 0; at = wordIndex(lower, name, at + 1)) {
                if (NEGATION_BEFORE
                        .matcher(lower.substring(Math.max(0, at - 12), at))
                        .find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where {@code name} first stands as a word of its own in {@code lower}, from {@code from}; -1 if nowhere. */
    static int wordIndex(String lower, String name, int from) {
        for (int at = lower.indexOf(name, from); at >= 0; at = lower.indexOf(name, at + 1)) {
            if (boundedAt(lower, at, at + name.length(), name)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether a Latin name at {@code start..end} is not glued to letters or digits (a Chinese one always is a word). */
    static boolean boundedAt(String lower, int start, int end, String name) {
        boolean latin = name.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        if (!latin) {
            return true;
        }
        boolean before = start == 0 || !Character.isLetterOrDigit(lower.charAt(start - 1));
        boolean after = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
        return before && after;
    }

    static List<String> optionNames(Option o) {
        List<String> names = new ArrayList<>();
        names.add(key(o.label().en()));
        names.add(key(o.label().zh()));
        for (String label : List.of(key(o.label().en()), key(o.label().zh()))) {
            for (String part : label.split("[（）()]")) {
                if (part.trim().length() >= 2 && !part.matches(".*\\d.*")) {
                    names.add(part.trim());
                }
            }
        }
        o.synonyms().forEach(s -> names.add(key(s)));
        names.add(key(o.value().replace('-', ' ')));
        names.removeIf(n -> n.length() < 2);
        return names.stream().distinct().toList();
    }

    static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).trim();
    }

    static boolean isChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
