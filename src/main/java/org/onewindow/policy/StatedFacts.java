package org.onewindow.policy;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.Inputs;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;

/**
 * What a question says in passing about the enterprise it asks for, and whether it asks if a policy
 * applies: "we run a restaurant, can we claim…" states {@code industry = accommodation-catering};
 * "个体户能享受…吗" states {@code entity_type = individual-business}. The phrases are each fact's
 * {@code stated} phrases in facts.yaml, whole words in English. A phrase said negated ("not a
 * small-scale taxpayer", "不是个体户") states nothing, and one inside the policy's own title
 * ("小规模纳税人…免征增值税") names the policy, not the enterprise. A fact stated two ways states
 * nothing.
 */
final class StatedFacts {

    private static final WordLists WORDS = WordLists.load("understanding/policy-intent.txt");
    private static final Pattern ASKS_WHETHER_EN = WORDS.pattern("asks-whether.en", Pattern.CASE_INSENSITIVE);
    private static final List<String> ASKS_WHETHER_ZH = WORDS.list("asks-whether.zh");
    private static final Pattern NEGATED_EN = WORDS.pattern("negated-before.en", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED_ZH = WORDS.pattern("negated-before.zh");
    /**
     * At most this long, a message stating a fact continues the last question ("那个体户呢", "and
     * sole traders?"): it asks that question again of the enterprise it describes.
     */
    private static final int FOLLOW_UP_MAX_CHARS = 24;

    private StatedFacts() {}

    /** Whether the message asks if something applies: "can a restaurant claim it", "个体户能享受吗". */
    static boolean asksWhether(String text) {
        String t = normalized(text);
        return ASKS_WHETHER_EN.matcher(t).find() || Inputs.containsAny(t, ASKS_WHETHER_ZH);
    }

    /** Short enough to be the last question asked again of another enterprise. */
    static boolean continuesLastQuestion(String text) {
        return text.strip().length() <= FOLLOW_UP_MAX_CHARS;
    }

    /** The facts {@code text} states about the enterprise, read for the policy {@code about}. */
    static Map<String, Fact> read(
            String text, Collection<FactDefinition> definitions, Incentive about, String source, Instant at) {
        String t = normalized(text);
        String titles =
                normalized(about.title().text(Lang.EN) + " " + about.title().text(Lang.ZH));
        Map<String, Fact> facts = new LinkedHashMap<>();
        Map<String, String> conflicting = new LinkedHashMap<>();
        for (FactDefinition definition : definitions) {
            for (Map.Entry<String, List<String>> value : definition.stated().entrySet()) {
                for (String phrase : value.getValue()) {
                    String p = normalized(phrase);
                    if (!titles.contains(p) && saidPlainly(t, p)) {
                        Fact fact = new Fact(definition.key(), value.getKey(), source, at);
                        Fact before = facts.putIfAbsent(definition.key(), fact);
                        if (before != null && !before.value().equals(fact.value())) {
                            conflicting.put(definition.key(), "");
                        }
                    }
                }
            }
        }
        facts.keySet().removeAll(conflicting.keySet());
        return facts;
    }

    /** The text with every stated phrase of {@code definitions} taken out. */
    static String withoutPhrases(String text, Collection<FactDefinition> definitions) {
        String t = normalized(text);
        for (FactDefinition definition : definitions) {
            for (List<String> phrases : definition.stated().values()) {
                for (String phrase : phrases) {
                    t = t.replace(normalized(phrase), " ");
                }
            }
        }
        return t;
    }

    /** The phrase occurs, as whole words (or their plural) when it is English, and not right after a negation. */
    private static boolean saidPlainly(String text, String phrase) {
        boolean han = phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        Matcher m = Pattern.compile(
                        han ? Pattern.quote(phrase) : "(?<![\\w-])" + Pattern.quote(phrase) + "s?(?![\\w-])")
                .matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            if (!(han ? NEGATED_ZH : NEGATED_EN).matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    private static String normalized(String text) {
        return Inputs.foldWidth(text).toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
