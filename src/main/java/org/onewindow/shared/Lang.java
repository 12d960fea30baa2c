package org.onewindow.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** The two languages OneWindow speaks. */
public enum Lang {
    EN, ZH;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
        for (String token : WHITESPACE.split(text)) {
            boolean code = isCode(token);
            int run = 0;
            for (int i = 0; i < token.length(); ) {
                int cp = token.codePointAt(i);
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

    private static boolean isCode(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if ((c >= '0' && c <= '9') || c == '@' || c == '/') {
                return true;
            }
            if (c == '.' && i > 0 && i < token.length() - 1 && Character.isLetterOrDigit(token.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
