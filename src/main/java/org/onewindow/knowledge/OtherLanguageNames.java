package org.onewindow.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;

/**
 * "What's the Chinese term for that?", "工程质量保修书 英文叫啥": a question for the other language's
 * name of a term. The English documents give the Chinese term in brackets after the English words
 * ("a quality warranty (工程质量保修书)"); those pairs answer it both ways. A question naming no term
 * ("…for that") asks about the last question's.
 */
public final class OtherLanguageNames {

    private static final WordLists WORDS = WordLists.load("understanding/other-language-names.txt");
    private static final Pattern NAMES_CHINESE = WORDS.pattern("names-chinese", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMES_ENGLISH = WORDS.pattern("names-english", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAYINGS_ENGLISH = WORDS.pattern("sayings-english");
    private static final Pattern MEANS_ENGLISH = WORDS.pattern("means-english", Pattern.CASE_INSENSITIVE);
    private static final Pattern POINTS_BACK = WORDS.pattern("points-back", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLERS_EN = WORDS.pattern("fillers.en", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLERS_ZH = WORDS.pattern("fillers.zh");
    private static final Set<String> STOP_EN = WORDS.set("stop-words.en");
    private static final Set<String> CLAUSE_EN = WORDS.set("clause-words.en");
    /** English words, then a bracket holding Chinese: the English words before it name what it names. */
    private static final Pattern PAIR =
            Pattern.compile("([A-Za-z][A-Za-z0-9'’/\\- ]{0,120}?)\\s*[(（]\\s*([^()（）]*?\\p{IsHan}[^()（）]*?)\\s*[)）]");

    /** A document's title in its brackets, spaces and all: 《深化"放管服"改革 助推"五好"园区建设二十条措施》. */
    private static final Pattern TITLE = Pattern.compile("《[^》]{2,80}》");

    private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}“”\"《》、·]+");
    /** Words in quotes; a plain apostrophe quotes only at a word's edge ("the company's licence" is no quote). */
    private static final Pattern QUOTED =
            Pattern.compile("(?:[\"“‘]|(?<![A-Za-z])')([^\"”'’]{2,80})(?:[\"”’]|'(?![A-Za-z]))");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The English words before a bracket that can name its term. */
    private static final int WORDS_BEFORE = 8;
    /** At least this share of the shorter side's words, the English term's or a pair's, must be the other's. */
    private static final double MIN_SHARE = 0.5;

    private OtherLanguageNames() {}

    /**
     * What is asked: the term as typed ("" when the question names none), the language of the name
     * wanted, and whether the question points back at what was just said ("that service").
     */
    public record Asked(String term, Lang wanted, boolean pointsBack) {}

    /** An English name and the Chinese term a document gives for it in brackets. */
    public record Pair(String english, String chinese) {}

    /**
     * Whether the question asks for a name in so many words ("what's it called in Chinese", "英文叫啥"):
     * a question, never a request for replies in the other language.
     */
    public static boolean asksForName(String question) {
        String q = lower(question);
        return NAMES_CHINESE.matcher(q).find() || NAMES_ENGLISH.matcher(q).find() || meansInEnglish(q);
    }

    /** "what does 园区事园区办 mean in english": the English name of the Chinese term typed. */
    private static boolean meansInEnglish(String q) {
        return MEANS_ENGLISH.matcher(q).find() && HAN.matcher(q).find();
    }

    /**
     * The name asked for, or empty when the question asks none: asked for in so many words, or "how is
     * X said in English" naming its X.
     */
    public static Optional<Asked> asked(String question) {
        String q = lower(question);
        Lang wanted = NAMES_CHINESE.matcher(q).find()
                ? Lang.ZH
                : NAMES_ENGLISH.matcher(q).find() || SAYINGS_ENGLISH.matcher(q).find() || meansInEnglish(q)
                        ? Lang.EN
                        : null;
        if (wanted == null) {
            return Optional.empty();
        }
        boolean pointsBack = POINTS_BACK.matcher(q).find();
        Matcher quoted = QUOTED.matcher(question);
        if (quoted.find()) {
            return Optional.of(new Asked(quoted.group(1).strip(), wanted, false));
        }
        // "how do you say construction permit in chinese": the words of asking go, the term stays.
        String rest = SAYINGS_ENGLISH
                .matcher(NAMES_ENGLISH.matcher(q).replaceAll(OtherLanguageNames::unlessEnglish))
                .replaceAll(" ");
        rest = FILLERS_ZH.matcher(FILLERS_EN.matcher(rest).replaceAll(" ")).replaceAll(" ");
        rest = rest.replaceAll("[[\\p{Punct}&&[^']]，。？！、：；“”‘’（）]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        boolean named = asksForName(question);
        return named || !rest.isEmpty() ? Optional.of(new Asked(rest, wanted, pointsBack)) : Optional.empty();
    }

    /** Chinese asking words go; English ones are left to the fillers. */
    private static String unlessEnglish(MatchResult m) {
        return HAN.matcher(m.group()).find() ? " " : Matcher.quoteReplacement(m.group());
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The term an earlier question asked about: its quoted words, or what it asks about. */
    public static String termOf(String earlier) {
        if (earlier == null) {
            return "";
        }
        Matcher quoted = QUOTED.matcher(earlier);
        return quoted.find()
                ? quoted.group(1).strip()
                : QuestionType.subjectOf(earlier).replaceAll("[?？。!！]+$", "").strip();
    }

    /** The English–Chinese pairs of an English text: "a quality warranty (工程质量保修书)". */
    public static List<Pair> pairsIn(String englishText) {
        List<Pair> pairs = new ArrayList<>();
        Matcher m = PAIR.matcher(englishText.replace('\n', ' '));
        while (m.find()) {
            Matcher title = TITLE.matcher(m.group(2));
            Matcher han = HAN_RUN.matcher(m.group(2));
            String chinese = title.find()
                    ? title.group()
                    : han.find() ? han.group().replaceAll("^[“”\"、·]+|[“”\"、·]+$", "") : "";
            List<String> words = Arrays.asList(m.group(1).strip().split("\\s+"));
            List<String> near = new ArrayList<>(words.subList(Math.max(0, words.size() - WORDS_BEFORE), words.size()));
            for (int i = near.size() - 1; i >= 0; i--) {
                if (CLAUSE_EN.contains(near.get(i).toLowerCase(Locale.ROOT))) {
                    // A name is no clause: "…and a quality warranty", not "…the contract is signed".
                    near = i <= near.size() - 3 ? new ArrayList<>(near.subList(i + 1, near.size())) : near;
                    break;
                }
            }
            while (!near.isEmpty() && STOP_EN.contains(near.get(0).toLowerCase(Locale.ROOT))) {
                near.remove(0);
            }
            if (!chinese.isEmpty() && !near.isEmpty()) {
                pairs.add(new Pair(String.join(" ", near), chinese));
            }
        }
        return pairs;
    }

    /**
     * The pairs that name {@code term} best: for a Chinese term those whose Chinese is it, else holds
     * it; for an English one those sharing most of its words (at least half). Two at most, when they
     * name it equally well.
     */
    public static List<Pair> naming(String term, List<Pair> pairs) {
        if (HAN.matcher(term).find()) {
            String t = term.replaceAll("\\s+", "");
            List<Pair> same =
                    pairs.stream().filter(p -> p.chinese().equals(t)).distinct().toList();
            if (!same.isEmpty()) {
                return same.subList(0, 1);
            }
            return pairs.stream()
                    .filter(p -> p.chinese().contains(t) || t.length() > 2 && t.contains(p.chinese()))
                    .distinct()
                    .limit(1)
                    .toList();
        }
        Set<String> asked = stems(term);
        record Scored(Pair pair, long shared, double fit) {}
        List<Scored> scored = new ArrayList<>();
        for (Pair whole : pairs) {
            Pair p = new Pair(fromFirstShared(whole.english(), asked), whole.chinese());
            Set<String> own = stems(p.english());
            long shared = asked.stream().filter(own::contains).count();
            // "20 measures (《…》)" names "the 20 measures for Five-good industrial parks" too.
            boolean enough =
                    shared >= Math.min(2, asked.size()) && shared >= MIN_SHARE * Math.min(asked.size(), own.size());
            if (shared > 0 && enough) {
                scored.add(new Scored(p, shared, shared / (double) Math.max(asked.size(), own.size())));
            }
        }
        // The most words in common; of those, the pair whose words are most nearly the term's.
        scored.sort(Comparator.comparingLong(Scored::shared)
                .thenComparingDouble(Scored::fit)
                .reversed());
        List<Pair> out = new ArrayList<>();
        for (Scored s : scored) {
            Scored top = scored.get(0);
            boolean tie = s.shared() == top.shared() && Math.abs(s.fit() - top.fit()) < 1e-9;
            if (tie
                    && out.size() < 2
                    && out.stream().noneMatch(o -> o.chinese().equals(s.pair().chinese()))) {
                out.add(s.pair());
            }
        }
        return out;
    }

    /** "central result is the construction permit" → "construction permit", for "construction permit". */
    private static String fromFirstShared(String english, Set<String> asked) {
        String[] words = english.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!Collections.disjoint(asked, stems(words[i]))) {
                return String.join(" ", Arrays.asList(words).subList(i, words.length));
            }
        }
        return english;
    }

    /** The words that carry meaning, each cut to a crude stem ("handled", "handles" → "handl"). */
    private static Set<String> stems(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !STOP_EN.contains(w))
                .map(OtherLanguageNames::stem)
                .collect(Collectors.toSet());
    }

    private static String stem(String word) {
        return word.length() > 4 ? word.replaceAll("(?:ing|ed|es|e|s)$", "") : word;
    }
}
