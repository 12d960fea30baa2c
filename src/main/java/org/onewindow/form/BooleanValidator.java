package org.onewindow.form;

import java.util.ArrayList;
import java.util.List;
import org.onewindow.shared.WordLists;

/**
 * Yes or no, typed in either language (是/否/对/不是/有/没有/yes/no/yep/nope…) or chosen by quick
 * reply; a field may declare its own options (values "true"/"false") with extra labels and synonyms.
 */
final class BooleanValidator implements FieldValidator {
    /** The words of yes and no, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/yes-no-words.txt");

    /** Labelled with the {@code process.field.boolean.yes} and {@code .no} messages; read with the word lists. */
    static final Option YES =
            new Option("true", FieldTexts.localized("process.field.boolean.yes"), WORDS.list("yes.en", "yes.zh"));

    static final Option NO =
            new Option("false", FieldTexts.localized("process.field.boolean.no"), WORDS.list("no.en", "no.zh"));

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        List<Option> options = options(field);
        Option o = Choices.exact(text, options);
        if (o == null) {
            o = Choices.longest(text, options, true);
        }
        if (o == null) {
            return FieldTexts.error("process.field.boolean.yesOrNo");
        }
        boolean value = o.value().equals("true");
        Option display = declared(field, o.value());
        return ValidationResult.ok(value, display == null ? (value ? YES.label() : NO.label()) : display.label());
    }

    /** The field's own options merged with the default yes/no synonyms. */
    static List<Option> options(FieldSpecView field) {
        List<Option> merged = new ArrayList<>();
        for (Option base : List.of(YES, NO)) {
            Option own = declared(field, base.value());
            if (own == null) {
                merged.add(base);
            } else {
                List<String> synonyms = new ArrayList<>(own.synonyms());
                synonyms.addAll(base.synonyms());
                synonyms.add(base.label().en());
                synonyms.add(base.label().zh());
                merged.add(new Option(base.value(), own.label(), synonyms));
            }
        }
        return merged;
    }

    private static Option declared(FieldSpecView field, String value) {
        return field.options().stream()
                .filter(x -> x.value().equals(value))
                .findFirst()
                .orElse(null);
    }
}
