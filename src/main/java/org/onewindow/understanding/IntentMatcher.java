package org.onewindow.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onewindow.process.ProcessDefinition;

/**
 * The process an utterance is about, from the definitions' trigger phrases.
 * Whether the message asks to start it or asks about it is {@link Requests}' to say.
 * <ol>
 *   <li>A trigger matches when all its parts occur in the text: Chinese parts (split on spaces)
 *       as substrings ("注销 公司" matches "我要注销我们公司"); English words as light stems
 *       ("register company" matches "registering a new company"), ignoring filler words.</li>
 *   <li>The process with the longest matching trigger (in characters) wins; a tie between two
 *       processes is ambiguous and starts nothing.</li>
 * </ol>
 * Triggers of both languages are tried whatever the conversation language. They are prepared
 * (normalised, split and stemmed) once per catalog, since every typed message is matched.
 */
final class IntentMatcher {

    private static final Set<String> FILLER = Set.of(
            "a", "an", "the", "my", "our", "your", "to", "for", "of", "in", "on", "at", "here", "i", "we", "me", "us",
            "please", "new", "this", "that", "with", "and");

    /** One trigger, prepared: the stems (English) or parts (Chinese) that must all occur, and its score. */
    private record Trigger(boolean english, List<String> required, int score) {
        int scoreFor(String text, Set<String> textStems) {
            for (String r : required) {
                if (english ? !textStems.contains(r) : !text.contains(r)) {
                    return 0;
                }
            }
            return score;
        }
    }

    private record Prepared(ProcessDefinition definition, List<Trigger> triggers) {}

    private final List<Prepared> definitions;

    private IntentMatcher(List<Prepared> definitions) {
        this.definitions = definitions;
    }

    static IntentMatcher of(java.util.Collection<ProcessDefinition> definitions) {
        List<Prepared> prepared = new ArrayList<>();
        for (ProcessDefinition d : definitions) {
            List<Trigger> triggers = new ArrayList<>();
            for (String trigger : d.triggersEn()) {
                List<String> stems = new ArrayList<>();
                int score = 0;
                for (String word : words(Utterances.normalize(trigger))) {
                    if (!FILLER.contains(word)) {
                        stems.add(stem(word));
                        score += word.length();
                    }
                }
                if (!stems.isEmpty()) {
                    triggers.add(new Trigger(true, List.copyOf(stems), score));
                }
            }
            for (String trigger : d.triggersZh()) {
                List<String> parts = new ArrayList<>();
                int score = 0;
                for (String part : Utterances.normalize(trigger).split(" ")) {
                    if (!part.isEmpty()) {
                        parts.add(part);
                        score += part.length() * 2; // a Chinese character says about as much as two Latin letters
                    }
                }
                triggers.add(new Trigger(false, List.copyOf(parts), score));
            }
            prepared.add(new Prepared(d, List.copyOf(triggers)));
        }
        return new IntentMatcher(List.copyOf(prepared));
    }

    Optional<ProcessDefinition> match(String text) {
        String t = Utterances.normalize(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Set<String> stems = stems(t);
        ProcessDefinition best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Prepared p : definitions) {
            ProcessDefinition d = p.definition();
            int score = 0;
            for (Trigger trigger : p.triggers()) {
                score = Math.max(score, trigger.scoreFor(t, stems));
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

    /** The runs of [a-z0-9] in a normalised (lower-case) text: its English words and numbers. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean inWord = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : words(text)) {
            stems.add(stem(word));
        }
        return stems;
    }

    private static final String[] SUFFIXES = {
        "ations", "ation", "ings", "ing", "ions", "ion", "ies", "ers", "er", "ed", "es", "s", "e", "y"
    };

    /** A deliberately light stemmer: registration/registering/register → regist, companies → compan. */
    static String stem(String word) {
        String w = word;
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }
}
