package org.onewindow.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.Lang;

/**
 * Turns the hits for a question into an answer. Pure: the same hits, policy and day give the same
 * answer.
 *
 * <ul>
 *   <li>UNKNOWN when the best hit's confidence is below {@link AnswerPolicy#answerThreshold()};</li>
 *   <li>CLARIFY when a hit from another document is about as good (score and confidence);</li>
 *   <li>ANSWER otherwise: an FAQ's answer, or the 1–3 sentences of the passage that hold most of the
 *       matched words, with the citation. A superseded or repealed passage is never given as the current
 *       rule: a current passage above the threshold wins; otherwise it is cited as history, saying so.</li>
 * </ul>
 */
public final class AnswerComposer {

    private static final MessageCatalog MESSAGES = MessageCatalog.bundled();

    private static final int MAX_ANSWER_CHARS = 600;
    private static final java.util.regex.Pattern LIST_MARKER =
            java.util.regex.Pattern.compile("^([-*•]|\\d+[.)、])\\s*");

    private final AnswerPolicy policy;
    private final Clock clock;

    public AnswerComposer(AnswerPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public AnswerPolicy policy() {
        return policy;
    }

    /** Composes from hits that carry their {@link SearchHit#matchedTerms()}, without a topic's other passages. */
    public KnowledgeAnswer compose(String question, Lang lang, List<SearchHit> hits) {
        return compose(question, lang, hits, SearchHit::matchedTerms, hit -> List.of());
    }

    /**
     * Composes an answer; {@code matchedTerms} gives the question's words found in a hit (asked only
     * for the hits whose sentences are chosen, and for two of a topic's passages ranked alike, to see
     * which heading the question names), {@code topicPassages} every passage of a hit's topic in
     * its language (asked only when the question wants a kind of fact the best hit's section is not
     * about: "注销现在多久能办完" answered from the time-limit section, not from "who it is for").
     */
    public KnowledgeAnswer compose(
            String question,
            Lang lang,
            List<SearchHit> hits,
            Function<SearchHit, List<String>> matchedTerms,
            Function<SearchHit, List<SearchHit>> topicPassages) {
        LocalDate today = LocalDate.now(clock);
        hits = sureBeforeUnsure(hits);
        if (hits.isEmpty() || hits.get(0).confidence() < policy.answerThreshold() || QuestionType.offTopic(question)) {
            return unknown(lang, hits.isEmpty() ? 0 : hits.get(0).confidence());
        }
        SearchHit top = hits.get(0);
        java.util.Optional<String> matter = Matters.unnamedIn(question, () -> textsOfTopic(top, topicPassages));
        if (matter.isPresent()) {
            // "How long does a patent take?" shares "how long" with every procedure, not its subject.
            return uncovered(lang, matter.get(), top.confidence());
        }
        SearchHit best = top;
        if (best.isHistorical(today) && !YearsAsked.asksAboutThePast(question, best.superseded())) {
            for (SearchHit h : hits) {
                if (!h.isHistorical(today)
                        && h.confidence() >= policy.answerThreshold()
                        && h.score() >= best.score() * 0.5) {
                    best = h;
                    break;
                }
            }
        }
        String asking = withoutTitledName(question, top);
        Set<QuestionType> asked = QuestionType.of(asking);
        best = notAnotherFact(best, hits, asked, today);
        List<QuestionType> kinds = QuestionType.sectionKinds(asking);
        best = onTheKindAsked(best, hits, kinds, today);
        best = surerInTopic(best, hits, today, matchedTerms);
        best = exactlyAsAsked(best, hits, question, today);
        best = definingTheTermAsked(best, hits, asked, question, today);
        SearchHit runnerUp = runnerUp(best, hits, today);
        if (runnerUp != null && !bothAbout(kinds, best, runnerUp)) {
            // "Which one?" only between two as much on point: when one of them states the kind of fact
            // asked ("when were the measures issued?") and the other does not, it is the answer.
            // Likewise when the kind asked has its section in the topic of one of them only ("which
            // department handles it?": the procedure has one, the policy measure does not).
            // A passage that is itself the section for the kind asked counts above one whose topic has it,
            // and one stating the fact asked above one whose topic merely has a section for it.
            int bestStates = 2 * QuestionType.stated(asked, best.text())
                    + sectionFor(kinds, best, topicPassages)
                    + (isSectionAsked(kinds, best) ? 1 : 0);
            int otherStates = 2 * QuestionType.stated(asked, runnerUp.text())
                    + sectionFor(kinds, runnerUp, topicPassages)
                    + (isSectionAsked(kinds, runnerUp) ? 1 : 0);
            if (bestStates == otherStates) {
                return clarify(lang, best, runnerUp);
            }
            best = otherStates > bestStates ? runnerUp : best;
        }
        List<SearchHit> sections = sectionsAsked(kinds, best, hits, topicPassages, today);
        if (!sections.isEmpty()) {
            QuestionType missing = unstatedKind(question, asked, sections.get(0), matchedTerms);
            if (missing != null
                    && sections.stream().allMatch(h -> unstatedKind(question, asked, h, matchedTerms) != null)) {
                // The section for the fee says only that it is not verified: unknown, said plainly.
                return unstated(lang, sections.get(0), missing, topicPassages);
            }
            return answer(lang, sections, today, matchedTerms, asked);
        }
        // "Who has to sign?" asks for a person: a passage naming a department states nothing asked.
        Set<QuestionType> stating = EnumSet.noneOf(QuestionType.class);
        stating.addAll(asked);
        stating.removeIf(k -> k.hasSection() && !kinds.contains(k));
        best = statingWhatWasAsked(best, hits, stating, today);
        QuestionType missing = unstatedKind(question, asked, best, matchedTerms);
        if (missing != null) {
            return unstated(lang, best, missing, topicPassages);
        }
        return answer(lang, List.of(best), today, matchedTerms, asked);
    }

    /**
     * The passages that answer the kinds of fact asked (at most two, in the order asked) when the best
     * hit is dedicated to another kind — a procedure's section or an FAQ entry about, say, who may
     * apply, while the question asks how long it takes: then the same topic's section for each kind
     * asked. Empty (the best hit's sentences are chosen as before) when the best hit states what was
     * asked, or when the topic has no such section (a policy measure).
     */
    private List<SearchHit> sectionsAsked(
            List<QuestionType> kinds,
            SearchHit best,
            List<SearchHit> hits,
            Function<SearchHit, List<SearchHit>> topicPassages,
            LocalDate today) {
        java.util.Optional<QuestionType> own = java.util.Arrays.stream(QuestionType.values())
                .filter(k -> about(k, best))
                .findFirst();
        // An FAQ entry or a section on something else ("Two routes") answers its own question: asked
        // for a kind of fact it does not state (the departments after the conditions; the steps), the
        // section for that kind is the answer — for an FAQ entry, in a procedure on the same matter,
        // as FAQ files have no sections. A kind no sentence pattern tells (the steps) is lacking from a
        // section not about it; an FAQ entry may answer it in its own words ("can a company with frozen
        // equity use it?" is answered by the entry on its conditions).
        boolean faq = best.kind() == Passage.Kind.FAQ;
        boolean lacks =
                kinds.stream().anyMatch(k -> k.hasStatement() ? !k.statedIn(best.text()) : !faq && !about(k, best));
        if (kinds.isEmpty() || own.isEmpty() && !lacks) {
            return List.of();
        }
        List<SearchHit> siblings = null;
        List<SearchHit> out = new ArrayList<>();
        for (QuestionType kind : kinds) {
            boolean bestIsIt = own.isPresent()
                    ? kind == own.get()
                    : kind.hasStatement() ? kind.statedIn(best.text()) : faq || about(kind, best);
            SearchHit found = bestIsIt || statesItself(kind, best) ? best : null;
            for (int i = 0; found == null && i < hits.size(); i++) {
                SearchHit h = hits.get(i);
                boolean sameMatter = sameTopic(h, best) || faq && h.confidence() >= policy.answerThreshold();
                if (about(kind, h) && sameMatter && h.lang() == best.lang() && !h.isHistorical(today)) {
                    found = h;
                }
            }
            if (found == null) {
                if (siblings == null) {
                    siblings = topicPassages.apply(best);
                }
                for (SearchHit h : siblings) {
                    if (kind.isSection(h.section()) && !h.isHistorical(today)) {
                        found = h.withConfidence(best.confidence());
                        break;
                    }
                }
            }
            if (found != null && !containsPassage(out, found) && out.size() < 2) {
                out.add(found);
            }
        }
        return out.equals(List.of(best)) ? List.of() : out;
    }

    /** How much less sure a passage dedicated to the kind of fact asked may be than the best hit and still win. */
    private static final double KIND_MARGIN = 0.02;

    /**
     * The best hit, unless it neither is about nor states the kind of fact asked and a hit about it is
     * about as sure: "小规模纳税人多久报一次税" is answered by the tax filing time limit, not by the
     * period of a VAT exemption that shares its words.
     */
    private SearchHit onTheKindAsked(SearchHit best, List<SearchHit> hits, List<QuestionType> kinds, LocalDate today) {
        if (kinds.isEmpty()
                || kinds.stream().anyMatch(k -> about(k, best) || k.hasStatement() && k.statedIn(best.text()))) {
            return best;
        }
        for (SearchHit h : hits) {
            if (h != best
                    && h.lang() == best.lang()
                    && !h.isHistorical(today)
                    && h.confidence() >= policy.answerThreshold()
                    && h.confidence() >= best.confidence() - KIND_MARGIN
                    && kinds.stream().anyMatch(k -> about(k, h))) {
                return h;
            }
        }
        return best;
    }

    /**
     * Between two passages of one topic that rank about the same, the one surer to answer the question
     * (more of its words, nearer in meaning): "how many linked items does the start-up step handle?" is
     * answered by what the step covers, not by whom it is for.
     */
    private static SearchHit surerInTopic(
            SearchHit best, List<SearchHit> hits, LocalDate today, Function<SearchHit, List<String>> matchedTerms) {
        Boolean bestNamed = null;
        for (SearchHit h : hits) {
            if (h != best
                    && sameTopic(h, best)
                    && h.lang() == best.lang()
                    && !h.isHistorical(today)
                    && h.score() >= best.score() * 0.97
                    && h.confidence() >= best.confidence() + 0.02) {
                // "cny 2026 days off": the passage headed by the holiday asked, not a surer-sounding sibling.
                bestNamed = bestNamed == null ? namedAsHeading(best, matchedTerms) : bestNamed;
                if (!bestNamed || namedAsHeading(h, matchedTerms)) {
                    return h;
                }
            }
        }
        return best;
    }

    /**
     * Whether a word of the search found in the passage ("Spring Festival" for "cny") also stands in its
     * section heading: the passage is about the thing asked.
     */
    private static boolean namedAsHeading(SearchHit hit, Function<SearchHit, List<String>> matchedTerms) {
        return MatchedWords.standingIn(matchedTerms.apply(hit), hit.section()) >= 1;
    }

    /**
     * A fact asked in a narrower way answered by a passage of the same topic stating it so: "竣工验收一件事
     * 园区承诺几个工作日办完" by the park's commitment in working days, not by the filing deadline in days.
     */
    private SearchHit exactlyAsAsked(SearchHit best, List<SearchHit> hits, String question, LocalDate today) {
        for (QuestionType kind : QuestionType.values()) {
            if (!kind.asksExactly(question) || kind.statesExactly(best.text())) {
                continue;
            }
            for (SearchHit h : hits) {
                if (h != best
                        && sameTopic(h, best)
                        && h.lang() == best.lang()
                        && !h.isHistorical(today)
                        && h.confidence() >= policy.answerThreshold()
                        && kind.statesExactly(h.text())) {
                    return h;
                }
            }
        }
        return best;
    }

    /**
     * What a term means is answered by a passage defining it: "签约即供地 里面说的标准地是啥" by the one
     * opening with "标准地：", not by the description of land supply upon signing; of several terms
     * defined, the one nearest the words asking what it means.
     */
    private SearchHit definingTheTermAsked(
            SearchHit best, List<SearchHit> hits, Set<QuestionType> asked, String question, LocalDate today) {
        if (!asked.contains(QuestionType.MEANING)) {
            return best;
        }
        SearchHit chosen = best;
        int nearest = Definitions.lastTermAsked(best.text(), question)
                .map(Definitions.Term::end)
                .orElse(-1);
        for (SearchHit h : hits) {
            if (h == best
                    || h.lang() != best.lang()
                    || h.isHistorical(today)
                    || h.confidence() < policy.answerThreshold()
                    || h.score() < best.score() * 0.5) {
                continue;
            }
            var term = Definitions.lastTermAsked(h.text(), question);
            // An FAQ entry or section titled for the term ("园区事园区办是什么") already answers it.
            if (term.isPresent()
                    && term.get().end() > nearest
                    && !best.title()
                            .toLowerCase(Locale.ROOT)
                            .contains(term.get().term())) {
                chosen = h;
                nearest = term.get().end();
            }
        }
        return chosen;
    }

    /** Whether the hit is the section for the first kind of fact asked that has one. */
    private static boolean isSectionAsked(List<QuestionType> kinds, SearchHit hit) {
        return !kinds.isEmpty() && about(kinds.get(0), hit);
    }

    /** 1 when the hit's topic has a section for the first kind of fact asked that has one, else 0. */
    private static int sectionFor(
            List<QuestionType> kinds, SearchHit hit, Function<SearchHit, List<SearchHit>> topicPassages) {
        if (kinds.isEmpty()) {
            return 0;
        }
        QuestionType kind = kinds.get(0);
        return about(kind, hit) || topicPassages.apply(hit).stream().anyMatch(h -> kind.isSection(h.section())) ? 1 : 0;
    }

    /** Kinds of fact so narrow that a passage about one answers nothing else ("the licence is free"). */
    private static final Set<QuestionType> NARROW = EnumSet.of(QuestionType.FEE, QuestionType.TIME_LIMIT);

    /**
     * The best hit unless it is about a fee or time limit the question does not ask for ("do I get the
     * licence before or after registration?" is not answered by "the licence is free"): then the next
     * close hit that is not, if it is at least as sure to answer the question.
     */
    private SearchHit notAnotherFact(SearchHit best, List<SearchHit> hits, Set<QuestionType> asked, LocalDate today) {
        if (!aboutAnotherFact(best, asked) || QuestionType.stated(asked, best.text()) > 0) {
            return best; // "who issues permits?" is answered by "the housing department issues it in 7 days"
        }
        for (SearchHit h : hits) {
            if (h != best
                    && !aboutAnotherFact(h, asked)
                    && !h.isHistorical(today)
                    && h.lang() == best.lang()
                    && h.confidence() >= best.confidence()
                    && h.score() >= best.score() * 0.5) {
                return h;
            }
        }
        return best;
    }

    private static boolean aboutAnotherFact(SearchHit h, Set<QuestionType> asked) {
        return NARROW.stream().anyMatch(k -> !asked.contains(k) && about(k, h));
    }

    /** A time limit or fee asked and stated by the passage itself ("approves within 5 working days" in the steps). */
    private static boolean statesItself(QuestionType kind, SearchHit h) {
        return (kind == QuestionType.TIME_LIMIT || kind == QuestionType.FEE) && kind.statedIn(h.text());
    }

    /** Two passages about the kind of fact asked ("bldg permit days?": an FAQ entry and a time-limit section) need no "which one?". */
    private static boolean bothAbout(List<QuestionType> kinds, SearchHit a, SearchHit b) {
        return kinds.stream().anyMatch(k -> about(k, a) && about(k, b));
    }

    private static boolean containsPassage(List<SearchHit> hits, SearchHit h) {
        return hits.stream().anyMatch(x -> x.passageId().equals(h.passageId()));
    }

    /** Whether a hit is about a kind of fact: its section is the one for it, or it is an FAQ entry asking for it. */
    private static boolean about(QuestionType kind, SearchHit h) {
        return kind.isSection(h.section()) || h.kind() == Passage.Kind.FAQ && kind.askedIn(h.title());
    }

    /**
     * The passage that states the kind of fact asked for ("注销现在多久能办完": the time limit, not who
     * the procedure is for): the best hit unless it is the section for that kind, or a close one states
     * more of it.
     */
    private SearchHit statingWhatWasAsked(
            SearchHit best, List<SearchHit> hits, Set<QuestionType> asked, LocalDate today) {
        if (asked.isEmpty()
                || asked.equals(Set.of(QuestionType.MEANING))
                || asked.stream().anyMatch(k -> k.isSection(best.section()))) {
            // The best hit is the section for what was asked: its items need not say "department".
            return best;
        }
        SearchHit chosen = best;
        int most = QuestionType.stated(asked, best.text());
        for (SearchHit h : hits) {
            if (h == best
                    || h.isHistorical(today)
                    || h.lang() != best.lang()
                    || h.confidence() < policy.answerThreshold()
                    || h.score() < best.score() * 0.5) {
                continue;
            }
            int n = QuestionType.stated(asked, h.text());
            if (n > most) {
                chosen = h;
                most = n;
            }
        }
        return chosen;
    }

    /**
     * The kind of fact asked that the passage does not state and the knowledge base may not hold: office
     * hours or a telephone number (it gives none), a rate without a percentage, or a fee or time limit
     * when the passage states none of what was asked — for a fee, counting only its sentences about
     * what the question names, where some are ("how much is the yearly fee for the tax ukey": its fee is
     * "not verified", whatever the licence costs), and none that says the fact is not verified; null
     * when the passage answers.
     */
    private static QuestionType unstatedKind(
            String question, Set<QuestionType> asked, SearchHit best, Function<SearchHit, List<String>> matchedTerms) {
        for (QuestionType specific : List.of(QuestionType.CONTACT, QuestionType.RATE)) {
            if (asked.contains(specific) && !specific.statedIn(best.text())) {
                return specific;
            }
        }
        boolean factAsked = asked.contains(QuestionType.FEE) || asked.contains(QuestionType.TIME_LIMIT);
        // "六税两费减半 到啥时候截止": a policy's end date is the time asked for.
        boolean endDate = asked.contains(QuestionType.TIME_LIMIT) && QuestionType.PERIOD.isSection(best.section());
        // A fee is told per item ("the licence is free; whether the seal is free was not verified"), a
        // time limit per matter: only the fee asked is looked for in the sentences about its item.
        String stating = asked.contains(QuestionType.FEE) ? statements(question, best, matchedTerms) : best.text();
        if (!factAsked || endDate || QuestionType.stated(asked, stating) > 0) {
            return null;
        }
        return asked.contains(QuestionType.FEE) ? QuestionType.FEE : QuestionType.TIME_LIMIT;
    }

    /** Words of a question that may name a thing (not "in", not "按"); those asking for or stating a fee or time ("charged", "工本费") do not. */
    private static final java.util.regex.Pattern NAMING_TERM =
            java.util.regex.Pattern.compile("\\p{IsHan}{2,}|[\\p{L}\\p{N}]{3,}");

    /** Whether a word is one of the title's, or of its family ("enterprises" of "enterprise"). */
    private static boolean inTitle(String term, String title) {
        for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && (term.startsWith(word) || word.startsWith(term))) {
                return true;
            }
        }
        return title.toLowerCase(Locale.ROOT).contains(term);
    }

    /**
     * The passage's sentences that can state what was asked: those about what the question names beyond
     * the passage's own title when some are, leaving out those saying a fact is not verified ("Seals,
     * tax UKey: not verified whether they are free" states no fee).
     */
    private static String statements(String question, SearchHit hit, Function<SearchHit, List<String>> matchedTerms) {
        List<String> matched = matchedTerms.apply(hit);
        List<String> terms = java.util.stream.Stream.concat(
                        matched.stream(), joinedCharacters(question, matched, hit.text()))
                .filter(t -> NAMING_TERM.matcher(t).matches()
                        && QuestionType.of(t).isEmpty()
                        && QuestionType.stated(NARROW, t) == 0
                        && !QuestionType.namesNothing(t)
                        && !inTitle(t, hit.title()))
                .toList();
        List<String> sentences = Sentences.split(hit.text());
        List<String> about = sentences.stream()
                .filter(sentence -> terms.stream()
                        .anyMatch(t -> sentence.toLowerCase(Locale.ROOT).contains(t)))
                .toList();
        return (about.isEmpty() ? sentences : about)
                .stream()
                        .filter(sentence -> !QuestionType.saysNotVerified(sentence))
                        .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * Two single characters of the search, at most two apart in the question, found side by side in the
     * text as the word they make there ("刻个公章多少钱" matches 刻 and 章 of "刻章"): a word the question
     * names, written another way.
     */
    private static java.util.stream.Stream<String> joinedCharacters(
            String question, List<String> matched, String text) {
        List<String> single = matched.stream()
                .filter(t -> t.length() == 1 && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN)
                .toList();
        return single.stream()
                .flatMap(a -> single.stream()
                        .filter(b -> !b.equals(a) && nearAfter(question, a.charAt(0), b.charAt(0)))
                        .map(b -> a + b))
                .filter(text::contains);
    }

    /** Whether {@code b} follows {@code a} in the text with at most two characters between them. */
    private static boolean nearAfter(String text, char a, char b) {
        for (int i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
            int j = text.indexOf(b, i + 1);
            if (j > i && j - i <= 3) {
                return true;
            }
        }
        return false;
    }

    private SearchHit runnerUp(SearchHit best, List<SearchHit> hits, LocalDate today) {
        for (SearchHit h : hits) {
            if (h == best || sameTopic(h, best) || h.title().equalsIgnoreCase(best.title())) {
                continue;
            }
            if (h.lang() != best.lang() || h.isHistorical(today)) {
                continue;
            }
            boolean close = h.score() >= best.score() * policy.clarifyScoreRatio()
                    && h.confidence() >= best.confidence() - policy.clarifyConfidenceMargin()
                    && h.confidence() >= policy.answerThreshold();
            return close ? h : null;
        }
        return null;
    }

    /**
     * Whether two hits are about the same thing, so that asking "which one?" makes no sense: the same
     * file, or files of the same name in different folders or languages
     * ({@code faq/deregistration.yaml}, {@code procedures/deregistration.zh.md}).
     */
    static boolean sameTopic(SearchHit a, SearchHit b) {
        return Topics.keyOf(a.source()).equals(Topics.keyOf(b.source()));
    }

    /** The answer from one passage, or from two when two kinds of fact were asked (each in its own paragraph). */
    private KnowledgeAnswer answer(
            Lang lang,
            List<SearchHit> passages,
            LocalDate today,
            Function<SearchHit, List<String>> matchedTerms,
            Set<QuestionType> asked) {
        StringBuilder body = new StringBuilder();
        List<KnowledgeCitation> citations = new ArrayList<>();
        boolean unverified = false;
        for (SearchHit hit : passages) {
            String text =
                    hit.kind() == Passage.Kind.FAQ ? hit.text() : bestSentences(hit, matchedTerms.apply(hit), asked);
            if (hit.kind() != Passage.Kind.FAQ
                    && MeasureReference.heading(hit.section()).isPresent()) {
                // "Measure 13: certificates upon completion — …": which measure says it is part of the answer.
                text = MESSAGES.text(
                        hit.lang(),
                        "knowledge.measure",
                        "heading",
                        hit.section().strip(),
                        "text",
                        text);
            }
            boolean historical = hit.isHistorical(today);
            if (historical) {
                text = MESSAGES.text(lang, "knowledge.historical", "superseded", hit.superseded(), "text", text);
            }
            body.append(body.length() == 0 ? "" : "\n\n").append(text);
            unverified |= !hit.verified();
            citations.add(citation(hit, historical));
        }
        if (unverified) {
            // The document says its facts are not yet checked against the official text: say so.
            body.append("\n\n").append(MESSAGES.text(lang, "knowledge.unverified"));
        }
        SearchHit first = passages.get(0);
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.ANSWER,
                body.toString(),
                citations,
                List.of(),
                topicOf(first),
                passages.stream().map(AnswerComposer::used).toList(),
                first.confidence());
    }

    /**
     * The answers to the two things a question asked at once, one after the other, with their
     * citations; the note that a document is not verified comes once, at the end.
     */
    public static KnowledgeAnswer together(Lang lang, KnowledgeAnswer first, KnowledgeAnswer second) {
        String note = "\n\n" + MESSAGES.text(lang, "knowledge.unverified");
        List<KnowledgeCitation> citations = new ArrayList<>(first.citations());
        citations.addAll(second.citations());
        String text = withoutSuffix(first.text(), note) + "\n\n" + withoutSuffix(second.text(), note);
        if (citations.stream().anyMatch(c -> !c.verified())) {
            text += note;
        }
        List<UsedPassage> used = new ArrayList<>(first.usedPassages());
        used.addAll(second.usedPassages());
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.ANSWER,
                text,
                citations,
                List.of(),
                first.topic() != null ? first.topic() : second.topic(),
                used,
                Math.min(first.confidence(), second.confidence()));
    }

    /**
     * The other language's name of a term ({@code nameLang}: the language of the name given), as the
     * passage {@code hit} gives it, said in {@code lang}.
     */
    public static KnowledgeAnswer named(List<OtherLanguageNames.Pair> pairs, Lang nameLang, Lang lang, SearchHit hit) {
        String key = nameLang == Lang.ZH ? "knowledge.name.inChinese" : "knowledge.name.inEnglish";
        String text = pairs.stream()
                .map(p -> MESSAGES.text(lang, key, "english", p.english(), "chinese", p.chinese()))
                .collect(Collectors.joining(" "));
        if (!hit.verified()) {
            text += "\n\n" + MESSAGES.text(lang, "knowledge.unverified");
        }
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.ANSWER,
                text,
                List.of(citation(hit, false)),
                List.of(),
                topicOf(hit),
                List.of(used(hit)),
                hit.confidence());
    }

    private static String withoutSuffix(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }

    private static KnowledgeAnswer clarify(Lang lang, SearchHit a, SearchHit b) {
        String la = label(a);
        String lb = label(b);
        String text = MESSAGES.text(lang, "knowledge.clarify", "a", la, "b", lb);
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.CLARIFY,
                text,
                List.of(),
                List.of(new KnowledgeAnswer.Option(la, la, a.source()), new KnowledgeAnswer.Option(lb, lb, b.source())),
                null,
                List.of(used(a), used(b)),
                a.confidence());
    }

    /**
     * What "not what I asked" offers: the best other documents for the question (not the one shown,
     * {@code shownTopic}), at most three, to pick from; none when nothing else matches.
     */
    static KnowledgeAnswer others(List<SearchHit> hits, String shownTopic, Lang lang) {
        java.util.LinkedHashMap<String, SearchHit> byLabel = new java.util.LinkedHashMap<>();
        for (SearchHit hit : hits) {
            if (shownTopic != null && (topicOf(hit).equals(shownTopic) || shownTopic.startsWith(hit.source() + " "))) {
                continue;
            }
            byLabel.putIfAbsent(label(hit), hit);
        }
        List<KnowledgeAnswer.Option> options = byLabel.entrySet().stream()
                .limit(3)
                .map(e -> new KnowledgeAnswer.Option(
                        e.getKey(), e.getKey(), e.getValue().source()))
                .toList();
        String text = MESSAGES.text(lang, "knowledge.others");
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.CLARIFY,
                text,
                List.of(),
                options,
                null,
                List.of(),
                byLabel.isEmpty() ? 0 : byLabel.values().iterator().next().confidence());
    }

    /**
     * How close in rank a sure passage must be to an unsure best one to answer in its place; 0.8 was
     * chosen on the answer evaluation's development part (0.7 answered no more of it).
     */
    static final double SURE_RANK_RATIO = 0.8;

    /**
     * The hits with the first sure one (confidence at the threshold or above) first when the best
     * ranked is unsure and it ranks close behind: "办完了会告诉我结果不" ranks an FAQ entry sharing
     * few of its words first and the procedure's steps, which hold them, next.
     */
    private List<SearchHit> sureBeforeUnsure(List<SearchHit> hits) {
        if (hits.isEmpty() || hits.get(0).confidence() >= policy.answerThreshold()) {
            return hits;
        }
        for (SearchHit h : hits) {
            if (h.confidence() >= policy.answerThreshold()
                    && h.score() >= hits.get(0).score() * SURE_RANK_RATIO) {
                List<SearchHit> reordered = new java.util.ArrayList<>(hits);
                reordered.remove(h);
                reordered.add(0, h);
                return reordered;
            }
        }
        return hits;
    }

    /** The texts of a hit's topic: its own and, where the caller has them, its topic's other passages. */
    private static List<String> textsOfTopic(SearchHit hit, Function<SearchHit, List<SearchHit>> topicPassages) {
        List<String> texts = new java.util.ArrayList<>(List.of(hit.title() + "\n" + hit.text()));
        for (SearchHit other : topicPassages.apply(hit)) {
            texts.add(other.title() + "\n" + other.text());
        }
        return texts;
    }

    /** A matter of government the knowledge base does not cover ("patents"): said so, with the offer of a person. */
    private static KnowledgeAnswer uncovered(Lang lang, String matter, double confidence) {
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.UNKNOWN,
                MESSAGES.text(lang, "knowledge.uncovered", "matter", matter),
                List.of(),
                List.of(),
                null,
                List.of(),
                confidence);
    }

    private static KnowledgeAnswer unknown(Lang lang, double confidence) {
        String text = MESSAGES.text(lang, "knowledge.unknown");
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.UNKNOWN, text, List.of(), List.of(), null, List.of(), confidence);
    }

    /** The knowledge base holds the topic but not the fee or time limit asked: said plainly, never a neighbouring fact. */
    private static KnowledgeAnswer unstated(
            Lang lang, SearchHit best, QuestionType fact, Function<SearchHit, List<SearchHit>> topicPassages) {
        // An FAQ entry's title is its question: the fact is missing from its topic, named by its document.
        String about = best.kind() != Passage.Kind.FAQ
                ? best.title()
                : topicPassages.apply(best).stream()
                        .filter(h -> h.kind() != Passage.Kind.FAQ)
                        .map(SearchHit::title)
                        .findFirst()
                        .orElse(best.title());
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.UNKNOWN,
                MESSAGES.text(lang, "knowledge.unstated." + fact.key(), "title", about),
                List.of(),
                List.of(),
                null,
                List.of(),
                best.confidence(),
                new KnowledgeAnswer.Unstated(fact.key(), about, best.department()));
    }

    private static String label(SearchHit h) {
        if (h.section() != null && !h.section().isBlank() && h.kind() != Passage.Kind.FAQ) {
            return h.title() + " – " + h.section();
        }
        return h.title();
    }

    /** What a follow-up question should be understood against: the source and title of the answer. */
    static String topicOf(SearchHit hit) {
        if (hit.kind() == Passage.Kind.FAQ) {
            // An FAQ entry's title is one specific question; the file's name says what the topic is.
            String name = hit.source().substring(hit.source().lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return hit.source() + " "
                    + (dot > 0 ? name.substring(0, dot) : name)
                            .replace('-', ' ')
                            .replace('_', ' ');
        }
        return hit.source() + " " + hit.title();
    }

    /**
     * What goes between two chosen sentences: a list item without a stop of its own gets one ("；" or
     * "; "), and words of Latin script are kept apart by a space ("…platform. One-step…").
     */
    private static String joint(CharSequence before, String next) {
        char last = before.charAt(before.length() - 1);
        boolean stopped = "。！？!?；;.:：…".indexOf(last) >= 0;
        boolean chinese = Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN || "）」』”".indexOf(last) >= 0;
        if (!stopped) {
            return chinese ? "；" : "; ";
        }
        boolean latinNext = !next.isEmpty() && next.charAt(0) < 0x3000;
        return chinese && !latinNext || "。！？；：".indexOf(last) >= 0 && !latinNext ? "" : " ";
    }

    private static KnowledgeCitation citation(SearchHit hit, boolean historical) {
        return new KnowledgeCitation(
                hit.title(),
                hit.source(),
                hit.section(),
                hit.effective(),
                hit.superseded(),
                historical,
                hit.verified());
    }

    /**
     * The question without the name it shares with the top passage's title: the "fees" of "the six
     * taxes and two fees relief" ask for no fee. A name is four Chinese characters or three words in
     * a row that the title quotes ("\"Six taxes and two fees\" halved"): "what are the fees for company
     * deregistration" under the title "Fees for company deregistration" keeps its words. The title of a
     * question-and-answer entry is a question itself and is left alone.
     */
    static String withoutTitledName(String question, SearchHit top) {
        if (top.kind() == Passage.Kind.FAQ || top.title() == null) {
            return question;
        }
        String title = top.title();
        int longest = 0;
        int end = 0;
        int[] previous = new int[title.length() + 1];
        for (int i = 0; i < question.length(); i++) {
            int[] current = new int[title.length() + 1];
            for (int j = 0; j < title.length(); j++) {
                if (Character.toLowerCase(question.charAt(i)) == Character.toLowerCase(title.charAt(j))) {
                    current[j + 1] = previous[j] + 1;
                    if (current[j + 1] > longest) {
                        longest = current[j + 1];
                        end = i + 1;
                    }
                }
            }
            previous = current;
        }
        String shared = question.substring(end - longest, end).strip();
        long han = shared.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        boolean name = (han >= 4 || han == 0 && shared.split("\\s+").length >= 3) && quotes(title, shared);
        if (!name) {
            return question;
        }
        String rest = question.substring(0, end - longest) + " " + question.substring(end);
        return QuestionType.of(rest).isEmpty() ? question : rest;
    }

    private static final Pattern QUOTED_NAME = Pattern.compile("[\"“《「]([^\"”》」]{2,80})[\"”》」]");

    private static boolean quotes(String title, String words) {
        Matcher quoted = QUOTED_NAME.matcher(title);
        while (quoted.find()) {
            String unquoted = words.replaceAll("[\"“”《》「」]", "").strip().toLowerCase(Locale.ROOT);
            if (quoted.group(1).toLowerCase(Locale.ROOT).contains(unquoted)) {
                return true;
            }
        }
        return false;
    }

    private static UsedPassage used(SearchHit h) {
        return new UsedPassage(h.passageId(), h.source(), h.contentHash(), h.confidence());
    }

    /**
     * The 1–{@code maxSentences} sentences holding most matched words, those stating the kind of
     * fact asked for first, in their original order; all of them from a section no longer than an
     * answer that is dedicated to the kind of fact asked.
     */
    private static boolean endsAsLeadIn(String sentence) {
        return sentence.endsWith(":") || sentence.endsWith("：");
    }

    String bestSentences(SearchHit hit, List<String> matchedTerms, Set<QuestionType> asked) {
        List<String> sentences = new ArrayList<>(Sentences.split(hit.text()));
        if (sentences.isEmpty()) {
            return hit.text().strip();
        }
        record Scored(int index, String text, int score) {}
        List<Scored> scored = new ArrayList<>();
        boolean[] listItem = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            listItem[i] = LIST_MARKER.matcher(sentences.get(i)).find();
            String sentence = LIST_MARKER.matcher(sentences.get(i)).replaceFirst("");
            sentences.set(i, sentence);
            String lower = sentence.toLowerCase(Locale.ROOT);
            int score = 0;
            for (String t : matchedTerms) {
                if (!t.isBlank() && lower.contains(t)) {
                    score++;
                }
            }
            score += 2 * QuestionType.stated(asked, sentence);
            scored.add(new Scored(i, sentences.get(i), score));
        }
        // A short section dedicated to what was asked ("Departments involved" for "which authorities?")
        // is the answer as a whole: a list cut to its best-matching items leaves out the ones asked for.
        boolean dedicated =
                hit.text().length() <= MAX_ANSWER_CHARS && asked.stream().anyMatch(k -> k.isSection(hit.section()));
        List<Scored> chosen = new ArrayList<>(scored.stream()
                .filter(s -> dedicated || s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::index))
                .limit(dedicated ? scored.size() : policy.maxSentences())
                .toList());
        if (chosen.isEmpty()) {
            chosen.addAll(scored.subList(0, Math.min(2, scored.size())));
        }
        chosen.sort(Comparator.comparingInt(Scored::index));
        // A lead-in ("Simplified route:") says nothing without what it introduces: the next sentence
        // comes with it, or it is left out.
        for (int i = 0; i < chosen.size(); i++) {
            Scored s = chosen.get(i);
            boolean leadIn = endsAsLeadIn(s.text());
            boolean followed = i + 1 < chosen.size() && chosen.get(i + 1).index() == s.index() + 1;
            if (leadIn && !followed) {
                if (s.index() + 1 < scored.size()) {
                    chosen.add(i + 1, scored.get(s.index() + 1));
                } else if (chosen.size() > 1) {
                    chosen.remove(i--);
                }
            }
        }
        // A list item says what it means only under its lead-in ("…not available to an enterprise
        // that:" / "- still has branches…"): the lead-in comes with it.
        for (int i = 0; i < chosen.size(); i++) {
            int at = chosen.get(i).index();
            if (!listItem[at]) {
                continue;
            }
            int lead = at - 1;
            while (lead >= 0 && listItem[lead]) {
                lead--;
            }
            String leadText = lead >= 0 ? scored.get(lead).text() : "";
            int leadAt = lead;
            boolean introduces = endsAsLeadIn(leadText);
            if (introduces && chosen.stream().noneMatch(c -> c.index() == leadAt)) {
                chosen.add(i, scored.get(lead));
                chosen.sort(Comparator.comparingInt(Scored::index));
                i = chosen.indexOf(scored.get(lead));
            }
        }
        // A short list under its lead-in ("三种方式：" / "- 上门服务…" / "- 代办服务…") is given whole: a
        // list cut to the items that share the question's words misses the one it asked about.
        for (int i = 0; i < chosen.size(); i++) {
            int at = chosen.get(i).index();
            if (!listItem[at]) {
                continue;
            }
            int from = at;
            while (from > 0 && listItem[from - 1]) {
                from--;
            }
            int to = at;
            while (to + 1 < listItem.length && listItem[to + 1]) {
                to++;
            }
            if (from == 0 || !endsAsLeadIn(scored.get(from - 1).text())) {
                continue;
            }
            int length = 0;
            for (int k = from - 1; k <= to; k++) {
                length += scored.get(k).text().length();
            }
            if (length > MAX_ANSWER_CHARS / 2) {
                continue;
            }
            for (int k = from; k <= to; k++) {
                int index = k;
                if (chosen.stream().noneMatch(c -> c.index() == index)) {
                    chosen.add(scored.get(k));
                }
            }
            chosen.sort(Comparator.comparingInt(Scored::index));
            i = chosen.indexOf(scored.get(to));
        }
        StringBuilder sb = new StringBuilder();
        for (Scored s : chosen) {
            if (sb.length() > 0 && sb.length() + s.text().length() > MAX_ANSWER_CHARS) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(joint(sb, s.text()));
            }
            sb.append(s.text());
        }
        String out = sb.toString();
        return out.length() > MAX_ANSWER_CHARS ? out.substring(0, MAX_ANSWER_CHARS) + "…" : out;
    }
}
