package org.onewindow.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates criteria over facts in three-valued logic: a comparison of a missing fact is unknown;
 * {@code all} is false as soon as one item is false (whatever is missing), {@code any} true as
 * soon as one item is true; {@code not} swaps true and false. A stored value that no longer
 * parses as its fact's type counts as missing. Pure; {@code today} resolves relative dates.
 */
public final class Evaluator {

    private Evaluator() {}

    /** Evaluates {@code incentive}; whether it is in force is the caller's concern (see {@link IncentiveCatalog#evaluate}). */
    public static Evaluation evaluate(Incentive incentive, Map<String, Fact> facts, LocalDate today) {
        Verdict v = verdict(incentive.eligibility(), facts, today);
        return switch (v.truth) {
            case TRUE -> new Evaluation(incentive, Outcome.ELIGIBLE, v.held, List.of(), List.of(), v.unverified);
            case FALSE -> new Evaluation(incentive, Outcome.NOT_ELIGIBLE, List.of(), v.failed, List.of(), v.unverified);
            case UNKNOWN ->
                new Evaluation(incentive, Outcome.UNKNOWN, List.of(), List.of(), List.copyOf(v.missing), v.unverified);
        };
    }

    enum Truth {
        TRUE,
        FALSE,
        UNKNOWN
    }

    /** Held comparisons when true, failed ones when false, missing facts when unknown. */
    record Verdict(
            Truth truth,
            List<Criterion.Compare> held,
            List<Criterion.Compare> failed,
            Set<String> missing,
            boolean unverified) {}

    static Verdict verdict(Criterion c, Map<String, Fact> facts, LocalDate today) {
        if (c instanceof Criterion.Compare cmp) {
            return compare(cmp, facts, today);
        }
        if (c instanceof Criterion.Not not) {
            Verdict inner = verdict(not.item(), facts, today);
            return switch (inner.truth) {
                case TRUE -> new Verdict(Truth.FALSE, List.of(), inner.held, Set.of(), inner.unverified);
                case FALSE -> new Verdict(Truth.TRUE, inner.failed, List.of(), Set.of(), inner.unverified);
                case UNKNOWN -> inner;
            };
        }
        if (c instanceof Criterion.All all) {
            return combine(all.items(), facts, today, Truth.FALSE);
        }
        return combine(((Criterion.Any) c).items(), facts, today, Truth.TRUE);
    }

    /** {@code all} when {@code decisive} is FALSE, {@code any} when it is TRUE. */
    private static Verdict combine(List<Criterion> items, Map<String, Fact> facts, LocalDate today, Truth decisive) {
        List<Verdict> vs = items.stream().map(i -> verdict(i, facts, today)).toList();
        List<Verdict> deciding = vs.stream().filter(v -> v.truth == decisive).toList();
        if (!deciding.isEmpty()) {
            return merge(decisive, deciding);
        }
        List<Verdict> unknown =
                vs.stream().filter(v -> v.truth == Truth.UNKNOWN).toList();
        if (!unknown.isEmpty()) {
            return merge(Truth.UNKNOWN, unknown);
        }
        return merge(decisive == Truth.FALSE ? Truth.TRUE : Truth.FALSE, vs);
    }

    private static Verdict merge(Truth truth, List<Verdict> vs) {
        List<Criterion.Compare> held = new ArrayList<>();
        List<Criterion.Compare> failed = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        boolean unverified = false;
        for (Verdict v : vs) {
            held.addAll(v.held);
            failed.addAll(v.failed);
            missing.addAll(v.missing);
            unverified |= v.unverified;
        }
        return new Verdict(truth, held, failed, missing, unverified);
    }

    private static Verdict compare(Criterion.Compare c, Map<String, Fact> facts, LocalDate today) {
        Fact fact = facts == null ? null : facts.get(c.fact().key());
        Object value;
        try {
            value = fact == null ? null : c.fact().type().parse(fact.value());
        } catch (IllegalArgumentException e) {
            value = null;
        }
        if (value == null || (c.fact().type() == FactType.ENUM && !c.fact().hasOption((String) value))) {
            return new Verdict(
                    Truth.UNKNOWN, List.of(), List.of(), Set.of(c.fact().key()), !c.verified());
        }
        boolean ok = holds(c, value, today);
        return new Verdict(
                ok ? Truth.TRUE : Truth.FALSE,
                ok ? List.of(c) : List.of(),
                ok ? List.of() : List.of(c),
                Set.of(),
                !c.verified());
    }

    static boolean holds(Criterion.Compare c, Object value, LocalDate today) {
        List<Object> vs = c.values().stream()
                .map(v -> v instanceof Period p ? today.minus(p) : v)
                .toList();
        return switch (c.op()) {
            case EQUALS -> same(value, vs.get(0));
            case IN -> vs.stream().anyMatch(v -> same(value, v));
            case NOT_IN -> vs.stream().noneMatch(v -> same(value, v));
            case GE -> order(value, vs.get(0)) >= 0;
            case LE -> order(value, vs.get(0)) <= 0;
            case GT -> order(value, vs.get(0)) > 0;
            case LT -> order(value, vs.get(0)) < 0;
            case BETWEEN -> order(value, vs.get(0)) >= 0 && order(value, vs.get(1)) <= 0;
        };
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int order(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }
}
