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
    /** Words that keep the question here: the province, its capital, this park. */
    private static final List<String> HERE = WORDS.list("here.zh", "here.en");

    /** "The park", "here": they keep the question here unless they come right after the place. */
    private static final List<String> HERE_GENERIC = WORDS.list("here-generic.zh", "here-generic.en");

    /** What may stand between a place and a generic "park" that belongs to it ("湖北那边的园区", "广东省园区"). */
    private static final java.util.regex.Pattern OF_THE_PLACE = WORDS.pattern("of-the-place");

    /** Where the user is, said just before the place: that place is not what they ask about. */
    private static final java.util.regex.Pattern USER_IS_IN = WORDS.pattern("user-is-in");

    /** Who comes from the place, said right after it ("a Singapore company"): not the place asked about. */
    private static final java.util.regex.Pattern SOMEONE_FROM = WORDS.pattern("someone-from");

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
            int at = lower.indexOf(place[0]);
            int length = place[0].length();
            if (at < 0) {
                at = lower.indexOf(place[1]);
                length = place[1].length();
                boolean word = at >= 0
                        && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                        && (at + length == lower.length() || !Character.isLetter(lower.charAt(at + length)));
                at = word ? at : -1;
            }
            if (at >= 0
                    && !USER_IS_IN
                            .matcher(lower.substring(Math.max(0, at - 24), at))
                            .find()
                    && !SOMEONE_FROM.matcher(lower.substring(at + length)).find()) {
                return hereOtherThan(lower, at + length) ? null : text.substring(at, at + length);
            }
        }
        return null;
    }

    /** Whether a generic word for the park stands apart from the place that ends at {@code placeEnd}. */
    private static boolean hereOtherThan(String lower, int placeEnd) {
        for (String here : HERE_GENERIC) {
            int at = lower.indexOf(here);
            while (at >= 0) {
                if (at < placeEnd
                        || !OF_THE_PLACE.matcher(lower.substring(placeEnd, at)).matches()) {
                    return true;
                }
                at = lower.indexOf(here, at + 1);
            }
        }
        return false;
    }
}
