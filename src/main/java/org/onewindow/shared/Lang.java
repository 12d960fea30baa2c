package org.onewindow.shared;

import java.util.Locale;

/** The two languages OneWindow speaks. */
public enum Lang {
    EN,
    ZH;

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
     * The language a text is written in, or {@code fallback} when it does not say. Chinese when it
     * holds CJK ideographs and fewer than three Latin words per ideograph; English when it holds
     * Latin words. Codes, numbers, e-mail addresses and URLs (tokens with digits, '@', '/' or an
     * inner '.') say nothing, so "91350100M000100Y43" keeps the conversation's language.
     */
    public static Lang detect(String text, Lang fallback) {
        Lang lang = detectOrNull(text);
        return lang == null ? fallback : lang;
    }

    /** Like {@link #detect(String, Lang)}, with null when the text does not say. */
    public static Lang detectOrNull(String text) {
        if (text == null) {
            return null;
        }
        int han = 0;
        int latinWords = 0;
        int at = 0;
        while (at < text.length()) {
            while (at < text.length() && isSpace(text.charAt(at))) {
                at++;
            }
            int start = at;
            while (at < text.length() && !isSpace(text.charAt(at))) {
                at++;
            }
            boolean code = isCode(text, start, at);
            int run = 0;
            for (int i = start; i < at; ) {
                int cp = text.codePointAt(i);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
                if (!code && ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))) {
                    run++;
                } else {
                    latinWords += run >= 2 ? 1 : 0;
                    run = 0;
                }
                i += Character.charCount(cp);
            }
            latinWords += run >= 2 ? 1 : 0;
        }
        if (han > 0 && latinWords < 3 * han) {
            return ZH;
        }
        return latinWords > 0 ? EN : null;
    }

    /** Whether the token text[start, end) is a code, number, e-mail address or URL. */
    private static boolean isCode(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '@' || c == '/') {
                return true;
            }
            if (c == '.' && i > start && i < end - 1 && Character.isLetterOrDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The white space that separates tokens (as regex \s: ASCII space, tab, line breaks, form feed). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
