package org.onewindow.form;

import java.util.Objects;
import org.onewindow.shared.Lang;

/** A text in both languages OneWindow speaks. Both are required and non-blank. */
public record LocalizedText(String en, String zh) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        if (en.isBlank() || zh.isBlank()) {
            throw new IllegalArgumentException("both en and zh texts are required");
        }
    }

    public static LocalizedText of(String en, String zh) {
        return new LocalizedText(en, zh);
    }

    /** The same text in both languages (numbers, codes, names). */
    public static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }

    public String text(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
