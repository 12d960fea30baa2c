package org.onewindow.policy;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.Inputs;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
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
    private static final Pattern ASKS_WHETHER_ZH = WORDS.pattern("asks-whether.zh");
    private static final Pattern NEGATED_EN = WORDS.pattern("negated-before.en", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED_ZH = WORDS.pattern("negated-before.zh");
    private static final Pattern AMOUNT = WORDS.pattern("amount", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE_BEFORE = WORDS.pattern("more-than-before", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE_AFTER = WORDS.pattern("more-than-after", Pattern.CASE_INSENSITIVE);
    private static final Pattern LESS_BEFORE = WORDS.pattern("less-than-before", Pattern.CASE_INSENSITIVE);
    private static final Pattern LESS_AFTER = WORDS.pattern("less-than-after", Pattern.CASE_INSENSITIVE);
    /** Amounts are read as of no particular day: dates are never stated in passing. */
    private static final ValidationContext CONTEXT = ValidationContext.of(java.time.Clock.systemUTC());
    /**
     * At most this long, a message stating a fact and asking nothing else continues the talk about the
     * last policy ("那个体户呢", "and sole traders?"): it asks whether the policy applies then.
     */
    private static final int FOLLOW_UP_MAX_CHARS = 24;

    private StatedFacts() {}

    /** Whether the message asks if something applies: "can a restaurant claim it", "个体户能享受吗". */
    static boolean asksWhether(String text) {
        String t = normalized(text);
        return ASKS_WHETHER_EN.matcher(t).find() || ASKS_WHETHER_ZH.matcher(t).find();
    }

    /** Short enough to be the last question asked again of another enterprise. */
    static boolean continuesLastQuestion(String text) {
        return text.strip().length() <= FOLLOW_UP_MAX_CHARS;
    }

    /** The facts {@code text} states about the enterprise, read for the policy {@code about} (or for none: null). */
    static Map<String, Fact> read(
            String text, Collection<FactDefinition> definitions, Incentive about, String source, Instant at) {
        String t = normalized(text);
        String titles = about == null
                ? ""
                : normalized(about.title().text(Lang.EN) + " " + about.title().text(Lang.ZH));
        // "能享受月销售额10万元以下免征增值税吗": an amount in words of the title is the rule's, not the enterprise's.
        String withoutTitles = about == null
                ? t
                : withoutPartsOf(
                        withoutPartsOf(t, normalized(about.title().text(Lang.ZH)), TITLE_RUN_ZH),
                        normalized(about.title().text(Lang.EN)),
                        TITLE_RUN_EN);
        Map<String, Fact> facts = new LinkedHashMap<>();
        Map<String, String> conflicting = new LinkedHashMap<>();
        for (FactDefinition definition : definitions) {
            if (definition.type() == FactType.NUMBER || definition.type() == FactType.MONEY) {
                amountSaid(withoutTitles, definition)
                        .ifPresent(
                                amount -> facts.put(definition.key(), new Fact(definition.key(), amount, source, at)));
                continue;
            }
            for (Map.Entry<String, List<String>> value : definition.stated().entrySet()) {
                for (String phrase : value.getValue()) {
                    String p = normalized(phrase);
                    if ((titles.isEmpty() || !titles.contains(p)) && saidPlainly(t, p)) {
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

    /**
     * The amount said with one of the fact's words, nearest after them, else just before ("about 20
     * staff"), as canonical text; "over 100k" is a yuan more, "under 1 million" one less, so that the
     * rule's bound is judged as said.
     */
    private static java.util.Optional<String> amountSaid(String text, FactDefinition fact) {
        for (String phrase : fact.stated().getOrDefault(FactDefinition.STATED_AMOUNT, List.of())) {
            String p = normalized(phrase);
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                int end = at + p.length();
                java.util.Optional<String> amount =
                        amountIn(text, end, Math.min(text.length(), end + AMOUNT_REACH), fact, false);
                if (amount.isEmpty()) {
                    amount = amountIn(text, Math.max(0, at - AMOUNT_REACH), at, fact, true);
                }
                if (amount.isPresent()) {
                    return amount;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** How far from a fact's words its amount may be said, in characters. */
    private static final int AMOUNT_REACH = 16;

    /** The first amount of {@code [from, to)}, or its last when {@code last} (said just before the words). */
    private static java.util.Optional<String> amountIn(
            String text, int from, int to, FactDefinition fact, boolean last) {
        Matcher m = AMOUNT.matcher(text).region(from, to);
        java.util.Optional<String> found = java.util.Optional.empty();
        while (m.find() && (last || found.isEmpty())) {
            ValidationResult read = FieldValidators.validate(m.group().strip(), fact.fieldView(), CONTEXT);
            if (read.isOk() && read.value() instanceof java.math.BigDecimal amount) {
                String before = text.substring(0, m.start());
                String after = text.substring(m.end());
                if (MORE_BEFORE.matcher(before).find()
                        || MORE_AFTER.matcher(after).find()) {
                    amount = amount.add(java.math.BigDecimal.ONE);
                } else if (LESS_BEFORE.matcher(before).find()
                        || LESS_AFTER.matcher(after).find()) {
                    amount = amount.subtract(java.math.BigDecimal.ONE).max(java.math.BigDecimal.ZERO);
                }
                found = java.util.Optional.of(fact.type().canonical(amount));
            }
        }
        return found;
    }

    /** The text with every run of {@code run} or more characters it shares with {@code title} blanked. */
    private static String withoutPartsOf(String text, String title, int run) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            int longest = 0;
            for (int j = i + run; j <= text.length() && title.contains(text.substring(i, j)); j++) {
                longest = j - i;
            }
            if (longest > 0) {
                for (int k = i; k < i + longest; k++) {
                    out.setCharAt(k, ' ');
                }
                i += longest;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** Characters a text must share with a policy's title in a row to be quoting it: some words' worth. */
    private static final int TITLE_RUN_ZH = 6;

    private static final int TITLE_RUN_EN = 18;

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
