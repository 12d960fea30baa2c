package org.onewindow.understanding;

import java.util.Objects;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.Lang;

/**
 * A message at a choice step that names no option, which may describe one in other words ("it's
 * just me, and I answer for the debts myself"): weighed by {@link ChoiceMeanings} on a worker
 * thread. {@code lang} is the language the message is written in.
 */
public record ChoiceToWeigh(FieldSpec field, String text, Lang lang) {
    public ChoiceToWeigh {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
    }
}
