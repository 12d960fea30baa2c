package org.onewindow.shared;

import java.util.Locale;

/** The two languages OneWindow speaks. */
public enum Lang {
    EN, ZH;

    /** Serialised as its API code. */
    @Override
    public String toString() {
        return code();
    }

    /** The language code used in the API ("en", "zh"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "en", "zh", "zh-CN", "en-US" (case-insensitive); null when not one of ours. */
    public static Lang parseOrNull(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        if (c.startsWith("zh")) {
            return ZH;
        }
        if (c.startsWith("en")) {
            return EN;
        }
        return null;
    }

    /**
     * The language a text is written in: Chinese when it holds any CJK ideograph and fewer
     * Latin letters than three per ideograph, English when it holds Latin letters,
     * otherwise {@code fallback} (digits, punctuation, emoji say nothing).
     */
    public static Lang detect(String text, Lang fallback) {
        if (text == null) {
            return fallback;
        }
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        if (han > 0 && latin < 3 * han) {
            return ZH;
        }
        if (latin > 0) {
            return EN;
        }
        return fallback;
    }
}
