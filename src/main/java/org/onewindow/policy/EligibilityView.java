package org.onewindow.policy;

import java.util.List;
import java.util.Objects;
import org.onewindow.shared.Citation;
import org.onewindow.shared.Lang;

/**
 * One incentive's evaluation as the API shows it ({@code GET /api/v1/conversations/{id}/eligibility}):
 * id, title, outcome (eligible | not_eligible | unknown), a reason sentence, the failed criteria,
 * the missing facts (keys and labels), the benefit, the citation, the process that applies for it
 * (null when none) and whether the outcome rests on an unverified criterion.
 */
public record EligibilityView(
        String policyId,
        String title,
        Outcome outcome,
        String reason,
        List<String> failedCriteria,
        List<MissingFact> missingFacts,
        String benefit,
        Citation citation,
        String process,
        boolean unverified) {

    /** A fact that would decide the incentive: its key, label and question. */
    public record MissingFact(String key, String label, String question) {}

    public EligibilityView {
        Objects.requireNonNull(policyId, "policyId");
        failedCriteria = List.copyOf(failedCriteria);
        missingFacts = List.copyOf(missingFacts);
    }

    public static EligibilityView of(Evaluation e, IncentiveCatalog catalog, Lang lang) {
        Incentive i = e.incentive();
        List<MissingFact> missing = e.missing().stream()
                .map(k -> catalog.fact(k)
                        .map(f -> new MissingFact(
                                k, f.label().text(lang), f.question().text(lang)))
                        .orElse(new MissingFact(k, k, k)))
                .toList();
        return new EligibilityView(
                i.id(),
                i.title().text(lang),
                e.outcome(),
                EligibilityText.reason(e, catalog, lang),
                e.failed().stream().map(c -> c.describe(lang)).toList(),
                missing,
                i.benefit().text(lang),
                i.citation(lang),
                i.process(),
                e.unverified());
    }

    /** The views of every incentive in force on {@code today} for {@code facts}: eligible first, then unknown, then the rest. */
    public static List<EligibilityView> list(
            IncentiveCatalog catalog, java.util.Map<String, Fact> facts, java.time.LocalDate today, Lang lang) {
        return catalog.evaluate(facts, today).stream()
                .sorted(java.util.Comparator.comparingInt(
                        e -> e.outcome().ordinal() == 0 ? 0 : e.outcome() == Outcome.UNKNOWN ? 1 : 2))
                .map(e -> of(e, catalog, lang))
                .toList();
    }
}
