package org.onewindow.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes an utterance to the process it asks to start, from the definitions' trigger phrases.
 * <ol>
 *   <li>Information questions ("how long does deregistration take?", "注销需要什么材料") start
 *       nothing: the caller answers them from the knowledge base.</li>
 *   <li>A trigger matches when all its parts occur in the text: Chinese parts (split on spaces)
 *       as substrings ("注销 公司" matches "我要注销我们公司"); English words as light stems
 *       ("register company" matches "registering a new company"), ignoring filler words.</li>
 *   <li>The process with the longest matching trigger (in characters) wins; a tie between two
 *       processes is ambiguous and starts nothing.</li>
 * </ol>
 * Triggers of both languages are tried whatever the conversation language.
 */
final class IntentMatcher {

    private static final Set<String> FILLER = Set.of("a", "an", "the", "my", "our", "your", "to", "for", "of", "in",
            "on", "at", "here", "i", "we", "me", "us", "please", "new", "this", "that", "with", "and");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private IntentMatcher() {
    }

    static Optional<ProcessDefinition> match(List<ProcessDefinition> definitions, String text) {
        String t = Utterances.normalize(text);
        if (t.isEmpty() || Utterances.isInformationQuestion(t)) {
            return Optional.empty();
        }
        List<String> stems = stems(t);
        ProcessDefinition best = null;
        int bestScore = 0;
        boolean tie = false;
        for (ProcessDefinition d : definitions) {
            int score = 0;
            for (String trigger : d.triggersEn()) {
                score = Math.max(score, englishScore(Utterances.normalize(trigger), stems));
            }
            for (String trigger : d.triggersZh()) {
                score = Math.max(score, chineseScore(Utterances.normalize(trigger), t));
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(best);
    }

    static int chineseScore(String trigger, String text) {
        int score = 0;
        for (String part : trigger.split(" ")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!text.contains(part)) {
                return 0;
            }
            score += part.length() * 2; // a Chinese character says about as much as two Latin letters
        }
        return score;
    }

    static int englishScore(String trigger, List<String> textStems) {
        int score = 0;
        int matched = 0;
        for (String word : words(trigger)) {
            if (FILLER.contains(word)) {
                continue;
            }
            if (!textStems.contains(stem(word))) {
                return 0;
            }
            score += word.length();
            matched++;
        }
        return matched == 0 ? 0 : score;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> stems(String text) {
        return words(text).stream().map(IntentMatcher::stem).toList();
    }

    /** A deliberately light stemmer: registration/registering/register → regist, companies → compan. */
    static String stem(String word) {
        String w = word;
        for (String suffix : List.of("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ers", "er", "ed", "es", "s", "e", "y")) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }
}
