package org.onewindow.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * What kind of fact a question asks for — a time limit, materials, a fee, who handles it, where or
 * how to apply, what something means, which numbered measure it is — read from its words, and whether a sentence states such a
 * fact. Answers are chosen by it: the passage and sentences that state what was asked.
 */
public enum QuestionType {
    TIME_LIMIT("time-limit"),
    FEE("fee"),
    MATERIALS("materials"),
    WHO("who"),
    WHERE("where"),
    STEPS("steps"),
    COVERS("covers"),
    CONDITIONS("conditions"),
    ELIGIBILITY("eligibility"),
    MEANING("meaning"),
    ISSUED("issued"),
    TITLE("title"),
    MEASURE("measure"),
    CONTACT("contact"),
    RATE("rate"),
    PERIOD("period"),
    ELSEWHERE("elsewhere");

    private final String key;
    private final String wordsEn;
    private final String wordsZh;
    private final Pattern asks;
    /** The words that ask for this kind and say nothing of the subject, taken out of it ({@link #subjectOf}). */
    private final Pattern asking;

    /** What makes words that would ask for this kind ask for something else ("which days are worked?": dates). */
    private final Pattern unless;

    private final Pattern states;
    private final Pattern section;

    /** What asks for this kind's section, where narrower than {@link #asks} ("who signs" asks for a person, not the departments). */
    private final Pattern asksSection;

    /** A narrower question of this kind and what alone answers it ("几个工作日": a number of working days). */
    private final Pattern asksExactly;

    private final Pattern statesExactly;

    QuestionType(String key) {
        this.key = key;
        WordLists words = Words.LISTS;
        this.wordsEn = words.text(key + ".words.en");
        this.wordsZh = words.text(key + ".words.zh");
        // Naming one item of the kind asks for it too ("股东会决议要不要"), but the item is what the
        // question is about: it stays in the subject, unlike the asking words.
        this.asking = words.pattern(key + ".asks", Pattern.CASE_INSENSITIVE);
        this.asks = words.has(key + ".asks-naming")
                ? Pattern.compile(
                        words.regex(key + ".asks") + "|" + words.regex(key + ".asks-naming"), Pattern.CASE_INSENSITIVE)
                : asking;
        this.unless = words.has(key + ".unless") ? words.pattern(key + ".unless", Pattern.CASE_INSENSITIVE) : null;
        this.states = words.has(key + ".states") ? words.pattern(key + ".states", Pattern.CASE_INSENSITIVE) : null;
        this.section = words.has(key + ".section") ? words.pattern(key + ".section", Pattern.CASE_INSENSITIVE) : null;
        this.asksExactly = words.has(key + ".asks-exactly")
                ? words.pattern(key + ".asks-exactly", Pattern.CASE_INSENSITIVE)
                : null;
        this.statesExactly = words.has(key + ".states-exactly")
                ? words.pattern(key + ".states-exactly", Pattern.CASE_INSENSITIVE)
                : null;
        this.asksSection = words.has(key + ".asks-section")
                ? words.pattern(key + ".asks-section", Pattern.CASE_INSENSITIVE)
                : asks;
    }

    /** The words of each kind, read before the constants are built (an enum's own statics come after them). */
    private static final class Words {
        static final WordLists LISTS = WordLists.load("understanding/question-types.txt");
    }

    /**
     * Whether a passage's section heading is the one procedures use for this kind of fact ("Committed
     * time limit", "涉及部门"); false for kinds no section is dedicated to.
     */
    public boolean isSection(String heading) {
        return section != null
                && heading != null
                && section.matcher(heading.strip()).find();
    }

    /** Whether procedures have a section dedicated to this kind of fact. */
    public boolean hasSection() {
        return section != null;
    }

    /** Whether a question (an FAQ entry's title) asks for what this kind's section holds. */
    public boolean askedIn(String question) {
        return section != null
                && question != null
                && asksSection.matcher(question.toLowerCase(Locale.ROOT)).find()
                && !otherwise(question.toLowerCase(Locale.ROOT));
    }

    /**
     * The kinds asked that a dedicated section answers, in the order the question asks them ("how long
     * and what does it cost": time limit, then fee).
     */
    public static List<QuestionType> sectionKinds(String question) {
        String q = mainClause(question.toLowerCase(Locale.ROOT));
        record At(QuestionType type, int at) {}
        List<At> found = new ArrayList<>();
        if (q.isEmpty()) {
            return List.of();
        }
        for (QuestionType t : values()) {
            Matcher m = t.asksSection.matcher(q);
            if (t.section != null && m.find() && !t.otherwise(q)) {
                found.add(new At(t, m.start()));
            }
        }
        found.sort(Comparator.comparingInt(At::at));
        List<QuestionType> kinds = found.stream().map(At::type).toList();
        return kinds.stream()
                .filter(t -> !t.onlySetsTheScene(t.asksSection, q, kinds))
                .toList();
    }

    /** The kind's name in the word lists and in records: "time-limit", "fee", "contact". */
    public String key() {
        return key;
    }

    /** Plain words that ask for this kind of fact, to look it up in English. */
    public String wordsEn() {
        return wordsEn;
    }

    /** The same in Chinese. */
    public String wordsZh() {
        return wordsZh;
    }

    /** The kinds of fact the question asks for (none when it asks nothing of these kinds). */
    public static Set<QuestionType> of(String question) {
        String q = mainClause(question.toLowerCase(Locale.ROOT));
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        for (QuestionType t : values()) {
            if (t.asks.matcher(q).find() && !t.otherwise(q)) {
                types.add(t);
            }
        }
        Set<QuestionType> asked = EnumSet.copyOf(types);
        types.removeIf(t -> t.onlySetsTheScene(t.asks, q, asked));
        return types;
    }

    private static final Pattern SCENE_CLAUSE = Words.LISTS.pattern("scene-clause", Pattern.CASE_INSENSITIVE);

    /** The question without a leading clause that only sets the scene ("before we pay taxes online, …"). */
    private static String mainClause(String lowerCaseQuestion) {
        String rest = SCENE_CLAUSE.matcher(lowerCaseQuestion).replaceFirst("");
        return rest.isBlank() ? lowerCaseQuestion : rest;
    }

    /** The kinds whose question is a number: how long, how much, what rate. */
    private static final Set<QuestionType> NUMBERS = EnumSet.of(TIME_LIMIT, FEE, RATE);

    private static final Pattern CONTEXT_CUES = Words.LISTS.pattern("context-cues", Pattern.CASE_INSENSITIVE);

    /**
     * Whether this kind is named only by words setting the scene ("网上", "要先") while the question
     * asks for a number: "办简易注销之前要先在网上公示多少天" asks for days.
     */
    private boolean onlySetsTheScene(Pattern asking, String lowerCaseQuestion, Collection<QuestionType> asked) {
        if (NUMBERS.contains(this) || asked.stream().noneMatch(NUMBERS::contains)) {
            return false;
        }
        Matcher m = asking.matcher(lowerCaseQuestion);
        boolean found = false;
        while (m.find()) {
            found = true;
            if (!CONTEXT_CUES.matcher(m.group()).matches()) {
                return false;
            }
        }
        return found;
    }

    /** The words of the question that ask for this kind of fact ("多久", "how many days"), if it asks for it. */
    public java.util.Optional<String> askingWords(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        Matcher m = asks.matcher(q);
        return m.find() && !otherwise(q) ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    private boolean otherwise(String lowerCaseQuestion) {
        return unless != null && unless.matcher(lowerCaseQuestion).find();
    }

    /**
     * The question without its words that ask for a kind of fact: what it is about ("竣工验收要啥条件"
     * → "竣工验收"), so that a follow-up read with it asks its own kind of fact, not the earlier one.
     */
    public static String subjectOf(String question) {
        String q = question;
        for (QuestionType t : values()) {
            // Chinese words taken out leave a comma: with a space, the segmenter would join their
            // neighbours into a word nobody typed ("承诺书谁签" → "书签").
            q = t.asking.matcher(q).replaceAll(m -> HAN.matcher(m.group()).find() ? CHINESE_COMMA : " ");
        }
        return q.replaceAll("\\s+", " ")
                .replaceAll("\\s*(?:" + CHINESE_COMMA + "\\s*)+", CHINESE_COMMA)
                .replaceAll("^" + CHINESE_COMMA + "|" + CHINESE_COMMA + "$", "")
                .strip();
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String CHINESE_COMMA = "\uFF0C";

    /** Whether a sentence stating this kind of fact can be told by its words (a number of days, a fee, a department). */
    public boolean hasStatement() {
        return states != null;
    }

    /** Whether the sentence states a fact of this kind (MEANING: any sentence can). */
    public boolean statedIn(String sentence) {
        return states == null || states.matcher(sentence).find();
    }

    /**
     * Whether the question asks this kind of fact in the narrower way only some statements answer
     * ("园区承诺几个工作日": a number of working days, not a deadline in calendar days).
     */
    public boolean asksExactly(String question) {
        return asksExactly != null
                && asksExactly.matcher(question).find()
                && asks.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether the text answers the narrower question ({@link #asksExactly}). */
    public boolean statesExactly(String text) {
        return statesExactly != null && statesExactly.matcher(text).find();
    }

    private static final Pattern NOT_VERIFIED = Words.LISTS.pattern("not-verified", Pattern.CASE_INSENSITIVE);

    /** Whether a sentence says its fact is not verified ("是否免费未经核实"): it states none. */
    public static boolean saysNotVerified(String sentence) {
        return NOT_VERIFIED.matcher(sentence).find();
    }

    private static final Pattern NAMES_NOTHING = Words.LISTS.pattern("names-nothing", Pattern.CASE_INSENSITIVE);

    /** Whether a word names nothing a fact could be about ("园区", "here"). */
    public static boolean namesNothing(String word) {
        return NAMES_NOTHING.matcher(word).matches();
    }

    private static final Pattern OFF_TOPIC = Words.LISTS.pattern("off-topic", Pattern.CASE_INSENSITIVE);

    /** Whether the question asks for something no knowledge base of procedures holds (a joke, the weather). */
    public static boolean offTopic(String question) {
        return OFF_TOPIC.matcher(question).find();
    }

    private static final Pattern PLACE_SAID = Words.LISTS.pattern("place-said", Pattern.CASE_INSENSITIVE);

    /** The question without the words that only say it is about this park ("in the park", "here"). */
    public static String withoutPlaceSaid(String question) {
        String q = PLACE_SAID
                .matcher(question)
                .replaceAll(" ")
                .replaceAll("\\s+", " ")
                .strip();
        return q.isEmpty() ? question : q;
    }

    /** How many of the asked kinds the text states. */
    public static int stated(Set<QuestionType> asked, String text) {
        int n = 0;
        for (QuestionType t : asked) {
            if (t.states != null && t.statedIn(text)) {
                n++;
            }
        }
        return n;
    }
}
