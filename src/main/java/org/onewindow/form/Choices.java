package org.onewindow.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.onewindow.shared.Lang;

/** Matching a typed answer against options: by value, label (either language), synonym or number. */
final class Choices {
    private static final Pattern OPTION_NUMBER = Pattern.compile("[1-9]\\d?");

    private Choices() {}

    static List<String> names(Option o) {
        List<String> names = new ArrayList<>();
        names.add(Inputs.key(o.value()));
        names.add(Inputs.key(o.label().en()));
        names.add(Inputs.key(o.label().zh()));
        o.synonyms().forEach(s -> names.add(Inputs.key(s)));
        names.removeIf(String::isEmpty);
        return names;
    }

    /** The option named exactly (ignoring case, width and surrounding punctuation), or by its number. */
    static Option exact(String text, List<Option> options) {
        String key = Inputs.key(text);
        for (Option o : options) {
            if (names(o).contains(key)) {
                return o;
            }
        }
        if (OPTION_NUMBER.matcher(key).matches()) {
            int index = Integer.parseInt(key) - 1;
            if (index < options.size()) {
                return options.get(index);
            }
        }
        return null;
    }

    /**
     * The option whose name occurs in the text, the longest occurrence winning ("a limited
     * liability company" → "limited liability company"); null when none or when two options tie.
     * With {@code prefixOnly} the name must start the text (yes/no answers: "不是外资" starts with 不是).
     */
    static Option longest(String text, List<Option> options, boolean prefixOnly) {
        String key = Inputs.key(text);
        Option best = null;
        int bestLength = 0;
        boolean tie = false;
        for (Option o : options) {
            for (String name : names(o)) {
                if (name.length() < bestLength || !occurs(key, name, prefixOnly)) {
                    continue;
                }
                if (name.length() > bestLength) {
                    best = o;
                    bestLength = name.length();
                    tie = false;
                } else if (best != o) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    private static boolean occurs(String text, String name, boolean prefixOnly) {
        boolean latin = name.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        if (!latin) {
            return prefixOnly ? text.startsWith(name) : text.contains(name);
        }
        String pattern = "(?<![a-z0-9])" + java.util.regex.Pattern.quote(name) + "(?![a-z0-9])";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        return prefixOnly ? m.lookingAt() : m.find();
    }

    /** The options' labels quoted and listed as {@code lang} writes a list. */
    static String list(List<Option> options, Lang lang) {
        List<String> labels = new ArrayList<>();
        for (Option o : options) {
            labels.add(FieldTexts.text(
                    lang, "process.field.choice", "label", o.label().text(lang)));
        }
        return String.join(FieldTexts.text(lang, "process.field.choiceSeparator"), labels);
    }
}
