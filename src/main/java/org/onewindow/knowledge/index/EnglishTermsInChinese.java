package org.onewindow.knowledge.index;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onewindow.shared.Lang;

/**
 * English terms typed in a Chinese question, read as the knowledge base's Chinese term for them ("2026
 * National Day放几天" is about 国庆节): the Chinese search and its vectors know the Chinese word only.
 * The pairs come from the cross-language synonym lines (English phrases and a Chinese one on a line).
 */
final class EnglishTermsInChinese {

    private static final EnglishTermsInChinese NONE = new EnglishTermsInChinese(Map.of());

    private final Map<String, String> chineseFor;
    private final Pattern terms;

    private EnglishTermsInChinese(Map<String, String> chineseFor) {
        this.chineseFor = Map.copyOf(chineseFor);
        this.terms = chineseFor.isEmpty()
                ? null
                : Pattern.compile(
                        "(?<![a-zA-Z\\d])(?:"
                                + chineseFor.keySet().stream()
                                        .sorted(Comparator.comparingInt(String::length)
                                                .reversed()
                                                .thenComparing(Comparator.naturalOrder()))
                                        .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q"))
                                        .collect(Collectors.joining("|"))
                                + ")(?![a-zA-Z\\d])",
                        Pattern.CASE_INSENSITIVE);
    }

    /** English phrase (lower case) → the Chinese term of its synonym line. */
    static EnglishTermsInChinese of(Map<String, String> chineseFor) {
        return chineseFor.isEmpty() ? NONE : new EnglishTermsInChinese(chineseFor);
    }

    /** The text with each English term replaced by its Chinese term when the text is Chinese; else as is. */
    String inChinese(String text) {
        if (terms == null || text == null || Lang.detectOrNull(text) != Lang.ZH) {
            return text;
        }
        Matcher m = terms.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String chinese = chineseFor.get(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            m.appendReplacement(out, Matcher.quoteReplacement(chinese == null ? m.group() : chinese));
        }
        m.appendTail(out);
        return out.toString();
    }
}
