package org.onewindow.understanding;

import java.util.List;
import java.util.Locale;
import org.onewindow.shared.WordLists;

/**
 * Places the knowledge base does not cover: the provinces and major cities of China outside
 * Hunan, and Hong Kong, Macao and Taiwan. A question about a procedure there ("深圳注销要几天",
 * "deregistering a company in Hong Kong") is declined with what the knowledge base does cover,
 * instead of being answered with Hunan's rule.
 */
final class Regions {
    /** Place names in Chinese and English. */
    private static final WordLists WORDS = WordLists.load("understanding/regions.txt");

    /** Names in the text's lower case (Chinese, then English), each for the place as people write it. */
    private static final List<String[]> ELSEWHERE = WORDS.pairs("elsewhere").stream()
            .map(place -> new String[] {place.getKey(), place.getValue()})
            .toList();
    /** Words that keep the question here: the province, its capital, the park. */
    private static final List<String> HERE = WORDS.list("here.zh", "here.en");

    private Regions() {}

    /** The place outside Hunan the text asks about, as written, or null. */
    static String elsewhere(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String here : HERE) {
            if (lower.contains(here)) {
                return null;
            }
        }
        for (String[] place : ELSEWHERE) {
            if (lower.contains(place[0])) {
                return place[0];
            }
            int at = lower.indexOf(place[1]);
            if (at >= 0
                    && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (at + place[1].length() == lower.length()
                            || !Character.isLetter(lower.charAt(at + place[1].length())))) {
                return text.substring(at, at + place[1].length());
            }
        }
        return null;
    }
}
