package org.onewindow.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.Inputs;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;

/**
 * Whether a message names one incentive policy by its title: four Chinese characters of a title in
 * a row ("小型微利企业所得税"), or two English title words in a row ("super deduction"), not all of
 * them words any incentive is called by ("tax relief"). "What is the R&D super deduction?" asks about
 * that policy; "what tax relief can we get?" asks which apply.
 */
final class IncentiveNames {

    private static final WordLists WORDS = WordLists.load("understanding/policy-intent.txt");
    /** Title words that name no policy in particular: "tax", "relief"; "税收", "优惠". */
    private static final Set<String> GENERIC_EN = WORDS.set("generic-title-words.en");

    private static final List<String> GENERIC_ZH = WORDS.list("generic-title-words.zh");
    private static final Set<String> STOP_EN = WORDS.set("title-stop-words.en");
    private static final Pattern EN_WORD = Pattern.compile("[a-z0-9&]+(?:-[a-z0-9&]+)*");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{4,}");
    private static final int HAN_RUN_LENGTH = 4;

    private IncentiveNames() {}

    static boolean named(String text, List<Incentive> incentives) {
        return !which(text, incentives).isEmpty();
    }

    /** The incentives the message names by their titles. */
    static List<Incentive> which(String text, List<Incentive> incentives) {
        String t = Inputs.foldWidth(text).toLowerCase(Locale.ROOT);
        return incentives.stream()
                .filter(incentive -> sharesHanRun(t, incentive.title().text(Lang.ZH))
                        || sharesWordPair(t, incentive.title().text(Lang.EN)))
                .toList();
    }

    private static boolean sharesHanRun(String text, String title) {
        Matcher runs = HAN_RUN.matcher(title);
        while (runs.find()) {
            String run = runs.group();
            for (int i = 0; i + HAN_RUN_LENGTH <= run.length(); i++) {
                String piece = run.substring(i, i + HAN_RUN_LENGTH);
                if (text.contains(piece) && !generic(piece)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Made of words any incentive is called by ("税收优惠", "企业所得税"). */
    private static boolean generic(String piece) {
        String rest = piece;
        for (String word : GENERIC_ZH) {
            rest = rest.replace(word, "");
        }
        return rest.length() < 2;
    }

    private static boolean sharesWordPair(String text, String title) {
        List<String> own = words(text);
        List<String> named = words(title.toLowerCase(Locale.ROOT));
        for (int i = 0; i + 1 < named.size(); i++) {
            String a = named.get(i);
            String b = named.get(i + 1);
            if (GENERIC_EN.contains(a) && GENERIC_EN.contains(b)) {
                continue;
            }
            for (int j = 0; j + 1 < own.size(); j++) {
                if (own.get(j).equals(a) && own.get(j + 1).equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words, stop words left out so that "high and new technology" pairs "new technology". */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = EN_WORD.matcher(text);
        while (m.find()) {
            if (!STOP_EN.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
