package org.onewindow.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    /** The words that make what follows them negated ("not a", "不是"), as the form reader knows them. */
    private static final Pattern NEGATED =
            WordLists.load("understanding/value-finder.txt").pattern("negated-before", Pattern.CASE_INSENSITIVE);

    private static final Pattern AMOUNT = WORDS.pattern("amount", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE_BEFORE = WORDS.pattern("more-than-before", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE_AFTER = WORDS.pattern("more-than-after", Pattern.CASE_INSENSITIVE);
    private static final Pattern LESS_BEFORE = WORDS.pattern("less-than-before", Pattern.CASE_INSENSITIVE);
    private static final Pattern LESS_AFTER = WORDS.pattern("less-than-after", Pattern.CASE_INSENSITIVE);
    /** Amounts are read as of no particular day: dates are never stated in passing. */
    private static final ValidationContext CONTEXT = ValidationContext.of(Clock.systemUTC());
    /** Where a clause ends: an amount is said with the words of its own clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,，;；。!！?？\\n]");
    /** How far from a fact's words its amount may be said, in characters. */
    private static final int AMOUNT_REACH = 16;
    /** Characters a text must share with a policy's title in a row to be quoting it: some words' worth. */
    private static final int TITLE_RUN_ZH = 6;
    /** The same in English, where words are longer. */
    private static final int TITLE_RUN_EN = 18;
    /** Each phrase's expression, compiled once: the phrases are the fact catalogue's, a bounded set. */
    private static final Map<String, Pattern> PHRASES = new ConcurrentHashMap<>();
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
        Set<String> conflicting = new HashSet<>();
        for (FactDefinition definition : definitions) {
            for (Map.Entry<String, List<String>> value : definition.stated().entrySet()) {
                if (value.getKey().equals(FactDefinition.STATED_AMOUNT)) {
                    continue;
                }
                for (String phrase : value.getValue()) {
                    String p = normalized(phrase);
                    if (!titles.contains(p) && saidPlainly(t, p)) {
                        Fact fact = new Fact(definition.key(), value.getKey(), source, at);
                        Fact before = facts.putIfAbsent(definition.key(), fact);
                        if (before != null && !before.value().equals(fact.value())) {
                            conflicting.add(definition.key());
                        }
                    }
                }
            }
        }
        facts.keySet().removeAll(conflicting);
        amountsSaid(withoutTitles, definitions)
                .forEach((key, amount) -> facts.put(key, new Fact(key, amount, source, at)));
        return facts;
    }

    /** A fact's words at {@code [start, end)} of the text, and an amount of their clause at {@code amountAt}. */
    private record Said(FactDefinition fact, int start, int end, int amountAt, int distance, String amount) {}

    /**
     * The amounts said with number and money facts' words, as canonical text: each fact takes the amount
     * of its words' clause nearest them ("20名员工，年销售收入50万": 20 staff, not 500,000), and an amount
     * goes to one fact only, the nearest. "over 100k" is a yuan more, "under 1 million" one less, so that
     * the rule's bound is judged as said.
     */
    private static Map<String, String> amountsSaid(String text, Collection<FactDefinition> definitions) {
        List<Said> candidates = new ArrayList<>();
        for (FactDefinition fact : definitions) {
            for (String phrase : fact.stated().getOrDefault(FactDefinition.STATED_AMOUNT, List.of())) {
                String p = normalized(phrase);
                for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                    candidates.addAll(amountsNear(text, fact, at, at + p.length()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Said::distance));
        Map<String, String> out = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Said said : candidates) {
            if (!out.containsKey(said.fact().key()) && taken.add(said.amountAt())) {
                out.put(said.fact().key(), said.amount());
            }
        }
        return out;
    }

    /** The amounts of the clause of the words at {@code [start, end)}, within reach of them. */
    private static List<Said> amountsNear(String text, FactDefinition fact, int start, int end) {
        int from = Math.max(0, start - AMOUNT_REACH);
        int to = Math.min(text.length(), end + AMOUNT_REACH);
        Matcher stop = CLAUSE_END.matcher(text).region(from, start);
        while (stop.find()) {
            from = stop.end();
        }
        Matcher next = CLAUSE_END.matcher(text).region(end, to);
        if (next.find()) {
            to = next.start();
        }
        List<Said> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text).region(from, to);
        while (m.find()) {
            if (m.end() > start && m.start() < end) {
                continue; // a number inside the words themselves
            }
            ValidationResult read = FieldValidators.validate(m.group().strip(), fact.fieldView(), CONTEXT);
            if (read.isOk() && read.value() instanceof BigDecimal amount) {
                int distance = m.start() >= end ? m.start() - end : start - m.end();
                out.add(new Said(
                        fact, start, end, m.start(), distance, fact.type().canonical(bound(text, m, amount))));
            }
        }
        return out;
    }

    /** The amount as said: "over 100k" is a yuan more, "under 1 million" a yuan less. */
    private static BigDecimal bound(String text, Matcher amount, BigDecimal value) {
        String before = text.substring(Math.max(0, amount.start() - AMOUNT_REACH), amount.start());
        String after = text.substring(amount.end(), Math.min(text.length(), amount.end() + AMOUNT_REACH));
        if (MORE_BEFORE.matcher(before).find() || MORE_AFTER.matcher(after).find()) {
            return value.add(BigDecimal.ONE);
        }
        if (LESS_BEFORE.matcher(before).find() || LESS_AFTER.matcher(after).find()) {
            return value.subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
        }
        return value;
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
        Matcher m = PHRASES.computeIfAbsent(phrase, StatedFacts::phrasePattern).matcher(text);
        while (m.find()) {
            if (!NEGATED.matcher(text.substring(Math.max(0, m.start() - AMOUNT_REACH), m.start()))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern phrasePattern(String phrase) {
        boolean han = phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return Pattern.compile(han ? Pattern.quote(phrase) : "(?<![\\w-])" + Pattern.quote(phrase) + "s?(?![\\w-])");
    }

    private static String normalized(String text) {
        return Inputs.foldWidth(text).toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
