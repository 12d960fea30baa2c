package org.onewindow.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What to tell an enterprise, unasked, when the incentive catalog changes. Pure. */
public final class Proactive {

    private Proactive() {}

    /**
     * The incentives {@code profile} is eligible for under {@code after} that it was not eligible
     * for under {@code before} on {@code today}: newly added incentives, and changed ones whose new
     * criteria now let it in. Incentives not in force on {@code today} are never included.
     */
    public static List<Evaluation> newlyEligible(
            IncentiveCatalog before, IncentiveCatalog after, Profile profile, LocalDate today) {
        Map<String, Fact> facts = profile.facts();
        Set<String> eligibleBefore = before == null
                ? Set.of()
                : before.evaluate(facts, today).stream()
                        .filter(e -> e.outcome() == Outcome.ELIGIBLE)
                        .map(Evaluation::id)
                        .collect(Collectors.toSet());
        return after.evaluate(facts, today).stream()
                .filter(e -> e.outcome() == Outcome.ELIGIBLE && !eligibleBefore.contains(e.id()))
                .toList();
    }
}
