package org.onewindow.form;

import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.Lang;

/**
 * The validators' sentences: the {@code process.field.*} messages of the catalogue. An argument given
 * as a {@link LocalizedText} (a field's label) is filled in in each language's own words.
 */
final class FieldTexts {

    private static final MessageCatalog MESSAGES = MessageCatalog.bundled();

    private FieldTexts() {}

    /** A refusal saying {@code key} in every language; arguments as name, value, name, value… */
    static ValidationResult error(String key, Object... namesAndValues) {
        LocalizedText reason = localized(key, namesAndValues);
        return ValidationResult.error(reason.en(), reason.zh());
    }

    /** The message {@code key} in every language. */
    static LocalizedText localized(String key, Object... namesAndValues) {
        return new LocalizedText(text(Lang.EN, key, namesAndValues), text(Lang.ZH, key, namesAndValues));
    }

    static String text(Lang lang, String key, Object... namesAndValues) {
        Object[] args = namesAndValues.clone();
        for (int i = 1; i < args.length; i += 2) {
            if (args[i] instanceof LocalizedText localized) {
                args[i] = localized.text(lang);
            }
        }
        return MESSAGES.text(lang, key, args);
    }
}
