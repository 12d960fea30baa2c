package org.onewindow.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.Inputs;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;

/**
 * The short "what subsidies can I get?" dialogue, as a pure state machine like the process runner:
 * it asks only for missing facts, the one that decides the most still-undecided incentives first
 * (ties in {@code facts.yaml} order), never a fact it already has or one the user could not give,
 * validates each answer like a process field, and ends with the eligible incentives (benefit,
 * reason, citation, a {@code process:start:<id>} quick reply where a process applies) and those
 * that need one more fact. Time comes from the injected clock; the catalog from the supplier (so a
 * reload takes effect at the next turn).
 *
 * <p>Actions: {@code policy:answer:<value>} (an option of the current question),
 * {@code policy:skip} (don't know), {@code policy:cancel}. Typed equivalents: "don't know"/"不知道",
 * "skip"/"跳过", "cancel"/"取消".
 */
public final class EligibilityDialogue {
    /** Not knowing and leaving, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/eligibility-dialogue.txt");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{P}&&[^'/]]+$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[。！？!?.，,]+$");

    public static final String ANSWER_PREFIX = "policy:answer:";
    public static final String SKIP = "policy:skip";
    public static final String CANCEL = "policy:cancel";
    /** A quick reply the caller may offer to start this dialogue. */
    public static final String START = "policy:start";
    /** The default source of learnt facts when the caller gives none. */
    public static final String DEFAULT_SOURCE = "eligibility-dialogue";

    static final int MAX_QUESTIONS = 12;

    private static final Set<String> SKIP_WORDS = WORDS.set("skip.en", "skip.zh");
    private static final Set<String> CANCEL_WORDS = WORDS.set("cancel.en", "cancel.zh");

    private final Supplier<IncentiveCatalog> catalog;
    private final Clock clock;
    private final ValidationContext context;

    public EligibilityDialogue(Supplier<IncentiveCatalog> catalog, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.context = ValidationContext.of(clock);
    }

    /**
     * Whether {@code text} asks which incentives the enterprise can get (en or zh); a question about
     * one policy by name is no such request unless it asks about the user's own enterprise.
     */
    public boolean asksWhichApply(String text) {
        return PolicyIntent.asksWhichApply(text, catalog.get().incentives());
    }

    /**
     * The answer to whether one policy applies, when the question states facts about the enterprise
     * that decide it: "个体户能享受六税两费减半嘛" (yes, with what it gives), "we run a restaurant, can we
     * claim the R&D super deduction" (no, with the rule). The policy is the one the message names, or
     * else the one the last answer was about ({@code lastTopic}, null when it may not be used); a short
     * message stating a fact and asking nothing else ("那个体户呢", "要是一个月卖了12万呢") asks whether
     * it applies then. Only
     * policies in force are judged. Empty when the stated facts do not decide it: the question is then
     * the knowledge base's or the eligibility check's.
     */
    public Optional<EligibilityReply> verdict(
            String text, BooleanSupplier asksNothingElse, String lastTopic, Lang lang) {
        // Most questions neither ask whether nor continue a talk about a policy: they are let go
        // before the titles are looked for (this runs on every question turn).
        boolean asks = StatedFacts.asksWhether(text);
        boolean continues = !asks
                && lastTopic != null
                && lastTopic.startsWith(Incentive.DIR)
                && StatedFacts.continuesLastQuestion(text)
                && asksNothingElse.getAsBoolean();
        if (!asks && !continues) {
            return Optional.empty();
        }
        IncentiveCatalog cat = catalog.get();
        LocalDate today = today();
        List<Incentive> inForce = cat.inForce(today);
        List<Incentive> named = IncentiveNames.which(text, inForce);
        if (named.size() > 1) {
            // "六税两费减半，小规模纳税人能享受吗": words describing the enterprise name no policy.
            named = IncentiveNames.which(
                    StatedFacts.withoutPhrases(text, cat.facts().values()), inForce);
        }
        Optional<Incentive> about = Optional.empty();
        if (named.size() == 1 && asks) {
            about = Optional.of(named.get(0));
        } else if (named.isEmpty() && lastTopic != null) {
            about = inForce.stream()
                    .filter(i -> lastTopic.startsWith(Incentive.DIR + i.file() + " "))
                    .findFirst();
        }
        if (about.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Fact> stated =
                StatedFacts.read(text, cat.facts().values(), about.get(), DEFAULT_SOURCE, clock.instant());
        Evaluation evaluation = Evaluator.evaluate(about.get(), stated, today);
        return evaluation.outcome() == Outcome.UNKNOWN
                ? Optional.empty()
                : Optional.of(EligibilityText.verdict(evaluation, cat, stated, lang));
    }

    /**
     * The facts a message states about the enterprise in passing ("about 20 staff and taxable income
     * under 1 million"): the check started by it need not ask them.
     */
    public Map<String, Fact> statedIn(String text) {
        return StatedFacts.read(text, catalog.get().facts().values(), null, DEFAULT_SOURCE, clock.instant());
    }

    /** The question the check is waiting on, asked again (after an answer to a question put aside it), if any. */
    public Optional<EligibilityReply> pending(EligibilityProgress progress, Lang lang) {
        IncentiveCatalog cat = catalog.get();
        return progress.asking().isEmpty() || progress.facts().containsKey(progress.asking())
                ? Optional.empty()
                : cat.fact(progress.asking())
                        .map(f -> EligibilityText.question(f, undecidedBy(cat, progress.facts(), f.key()), lang));
    }

    /** Starts with the facts already known; learnt facts get the source {@value #DEFAULT_SOURCE}. */
    public EligibilityTurn start(Map<String, Fact> knownFacts, Lang lang) {
        return start(knownFacts, lang, DEFAULT_SOURCE);
    }

    /** Starts with the facts already known; learnt facts get {@code source} (e.g. "conversation:<id>"). */
    public EligibilityTurn start(Map<String, Fact> knownFacts, Lang lang, String source) {
        Map<String, Fact> known = knownFacts == null ? Map.of() : knownFacts;
        EligibilityProgress p = new EligibilityProgress(
                EligibilityProgress.SCHEMA_VERSION, known, Map.of(), List.of(), "", 0, 0, source);
        List<EligibilityReply> replies = new ArrayList<>();
        replies.add(EligibilityReply.of(EligibilityText.intro(known.size(), lang)));
        return next(p, replies, Map.of(), lang);
    }

    /** Handles typed text or a quick-reply action. Never throws for anything the user sends. */
    public EligibilityTurn handle(EligibilityProgress progress, String input, Lang lang) {
        Objects.requireNonNull(progress, "progress");
        IncentiveCatalog cat = catalog.get();
        String text = input == null ? "" : input.trim();
        String key = normalize(text);
        if (text.equals(CANCEL) || CANCEL_WORDS.contains(key)) {
            return new EligibilityTurn(
                    List.of(EligibilityText.cancelled(lang)),
                    null,
                    Map.of(),
                    true,
                    cat.evaluate(progress.facts(), today()));
        }
        FactDefinition asking =
                progress.asking().isEmpty() ? null : cat.fact(progress.asking()).orElse(null);
        if (asking == null || progress.facts().containsKey(asking.key())) {
            return next(progress, new ArrayList<>(), Map.of(), lang); // the catalog was reloaded without it
        }
        if (text.equals(SKIP) || SKIP_WORDS.contains(key)) {
            List<String> skipped = new ArrayList<>(progress.skipped());
            skipped.add(asking.key());
            EligibilityProgress p = new EligibilityProgress(
                    progress.schemaVersion(),
                    progress.known(),
                    progress.learnt(),
                    skipped,
                    "",
                    0,
                    progress.asked(),
                    progress.source());
            List<EligibilityReply> replies = new ArrayList<>();
            replies.add(EligibilityText.skipped(lang));
            return next(p, replies, Map.of(), lang);
        }
        if (text.startsWith(ANSWER_PREFIX)) {
            text = text.substring(ANSWER_PREFIX.length());
        } else if (text.startsWith("answer:")) {
            text = text.substring("answer:".length());
        }
        ValidationResult r = text.isBlank()
                ? EligibilityText.noAnswer()
                : FieldValidators.validate(text, asking.fieldView(), context);
        if (!r.isOk()) {
            EligibilityProgress p = new EligibilityProgress(
                    progress.schemaVersion(),
                    progress.known(),
                    progress.learnt(),
                    progress.skipped(),
                    asking.key(),
                    progress.attempts() + 1,
                    progress.asked(),
                    progress.source());
            List<EligibilityReply> replies = new ArrayList<>();
            replies.add(EligibilityReply.of(r.reason(lang)));
            replies.add(EligibilityText.question(asking, undecidedBy(cat, p.facts(), asking.key()), lang));
            return new EligibilityTurn(replies, p, Map.of(), false, cat.evaluate(p.facts(), today()));
        }
        Fact fact = new Fact(asking.key(), asking.type().canonical(r.value()), progress.source(), clock.instant());
        Map<String, Fact> learnt = new HashMap<>(progress.learnt());
        learnt.put(fact.key(), fact);
        EligibilityProgress p = new EligibilityProgress(
                progress.schemaVersion(),
                progress.known(),
                learnt,
                progress.skipped(),
                "",
                0,
                progress.asked(),
                progress.source());
        return next(p, new ArrayList<>(), Map.of(fact.key(), fact), lang);
    }

    /** The facts worth asking, most decisive first: each with the number of undecided incentives it appears in. */
    public Map<String, Integer> rankMissing(Map<String, Fact> facts, Set<String> skipped) {
        IncentiveCatalog cat = catalog.get();
        Map<String, Integer> counts = new HashMap<>();
        for (Evaluation e : cat.evaluate(facts, today())) {
            if (e.outcome() != Outcome.UNKNOWN) {
                continue;
            }
            for (String k : e.missing()) {
                if (!facts.containsKey(k) && !skipped.contains(k) && cat.fact(k).isPresent()) {
                    counts.merge(k, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> ranked = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(cat.facts().keySet());
        counts.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(order.indexOf(a.getKey()), order.indexOf(b.getKey()))
                        : Integer.compare(b.getValue(), a.getValue()))
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return ranked;
    }

    /** The API view of every incentive in force for {@code facts}. */
    public List<EligibilityView> views(Map<String, Fact> facts, Lang lang) {
        return EligibilityView.list(catalog.get(), facts, today(), lang);
    }

    private EligibilityTurn next(
            EligibilityProgress p, List<EligibilityReply> replies, Map<String, Fact> learntNow, Lang lang) {
        IncentiveCatalog cat = catalog.get();
        Map<String, Fact> facts = p.facts();
        Map<String, Integer> ranked = rankMissing(facts, Set.copyOf(p.skipped()));
        List<Evaluation> evaluation = cat.evaluate(facts, today());
        if (ranked.isEmpty() || p.asked() >= MAX_QUESTIONS) {
            replies.add(EligibilityText.results(evaluation, cat, lang));
            return new EligibilityTurn(replies, null, learntNow, true, evaluation);
        }
        Map.Entry<String, Integer> top = ranked.entrySet().iterator().next();
        FactDefinition f = cat.fact(top.getKey()).orElseThrow();
        EligibilityProgress asking = new EligibilityProgress(
                p.schemaVersion(), p.known(), p.learnt(), p.skipped(), f.key(), 0, p.asked() + 1, p.source());
        replies.add(EligibilityText.question(f, top.getValue(), lang));
        return new EligibilityTurn(replies, asking, learntNow, false, evaluation);
    }

    private int undecidedBy(IncentiveCatalog cat, Map<String, Fact> facts, String key) {
        return (int) cat.evaluate(facts, today()).stream()
                .filter(e -> e.outcome() == Outcome.UNKNOWN && e.missing().contains(key))
                .count();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ValidationContext.SHANGHAI));
    }

    static String normalize(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        String bare = TRAILING_STOPS
                .matcher(TRAILING_PUNCTUATION.matcher(lower).replaceAll(""))
                .replaceAll("");
        return Inputs.collapseSpaces(bare).trim();
    }
}
