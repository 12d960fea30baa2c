package org.onewindow.policy;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one incentive for one set of facts. {@code held}: the comparisons that made it
 * eligible; {@code failed}: those that rule it out (NOT_ELIGIBLE); {@code missing}: the keys of the
 * facts that would decide it (UNKNOWN), most relevant first; {@code unverified}: the outcome rests on
 * a criterion marked {@code verified: false}.
 */
public record Evaluation(
        Incentive incentive,
        Outcome outcome,
        List<Criterion.Compare> held,
        List<Criterion.Compare> failed,
        List<String> missing,
        boolean unverified) {

    public Evaluation {
        Objects.requireNonNull(incentive, "incentive");
        Objects.requireNonNull(outcome, "outcome");
        held = List.copyOf(held);
        failed = List.copyOf(failed);
        missing = List.copyOf(missing);
        if ((outcome == Outcome.UNKNOWN) == missing.isEmpty()) {
            throw new IllegalArgumentException("missing facts come exactly with UNKNOWN");
        }
        if ((outcome == Outcome.NOT_ELIGIBLE) == failed.isEmpty()) {
            throw new IllegalArgumentException("failed criteria come exactly with NOT_ELIGIBLE");
        }
    }

    public String id() {
        return incentive.id();
    }
}
