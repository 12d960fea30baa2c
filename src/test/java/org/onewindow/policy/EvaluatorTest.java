package org.onewindow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.form.LocalizedText;
import org.onewindow.form.Option;
import org.onewindow.shared.Lang;

final class EvaluatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final FactDefinition NUM = def("n", FactType.NUMBER, List.of());
    private static final FactDefinition MONEY = def("m", FactType.MONEY, List.of());
    private static final FactDefinition BOOL = def("b", FactType.BOOLEAN, List.of());
    private static final FactDefinition KIND = def(
            "k",
            FactType.ENUM,
            List.of(
                    new Option("a", LocalizedText.of("A", "甲"), List.of()),
                    new Option("b", LocalizedText.of("B", "乙"), List.of()),
                    new Option("c", LocalizedText.of("C", "丙"), List.of())));
    private static final FactDefinition DATE = def("d", FactType.DATE, List.of());

    private static FactDefinition def(String key, FactType type, List<Option> options) {
        return new FactDefinition(
                key,
                type,
                LocalizedText.of(key, key),
                LocalizedText.of(key + "?", key + "？"),
                options,
                null,
                null,
                false,
                "");
    }

    private static Criterion.Compare cmp(FactDefinition f, Operator op, Object... values) {
        return new Criterion.Compare("eligibility", f, op, List.of(values), true);
    }

    private static Outcome eval(Criterion c, String... facts) {
        return evaluation(c, facts).outcome();
    }

    private static Evaluation evaluation(Criterion c, String... facts) {
        Incentive i = new Incentive(
                "t",
                "t.yaml",
                LocalizedText.of("T", "T"),
                LocalizedText.of("D", "D"),
                List.of("s"),
                LocalizedText.of("c", "c"),
                LocalDate.of(2020, 1, 1),
                null,
                LocalizedText.of("b", "b"),
                c,
                null);
        return Evaluator.evaluate(i, Fixtures.facts(facts), TODAY);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void equals_booleanAndEnumAndNumber_comparesByValue() {
        assertEquals(Outcome.ELIGIBLE, eval(cmp(BOOL, Operator.EQUALS, true), "b", "true"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(cmp(BOOL, Operator.EQUALS, true), "b", "false"));
        assertEquals(Outcome.ELIGIBLE, eval(cmp(KIND, Operator.EQUALS, "a"), "k", "a"));
        assertEquals(Outcome.ELIGIBLE, eval(cmp(NUM, Operator.EQUALS, d("5")), "n", "5.00"));
    }

    @Test
    void inAndNotIn_testMembership() {
        assertEquals(Outcome.ELIGIBLE, eval(cmp(KIND, Operator.IN, "a", "b"), "k", "b"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(cmp(KIND, Operator.IN, "a", "b"), "k", "c"));
        assertEquals(Outcome.ELIGIBLE, eval(cmp(KIND, Operator.NOT_IN, "a", "b"), "k", "c"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(cmp(KIND, Operator.NOT_IN, "a", "b"), "k", "a"));
    }

    @Test
    void orderedOperators_boundaryValues() {
        assertEquals(Outcome.ELIGIBLE, eval(cmp(MONEY, Operator.LE, d("3000000")), "m", "3000000"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(cmp(MONEY, Operator.LE, d("3000000")), "m", "3000000.01"));
        assertEquals(Outcome.ELIGIBLE, eval(cmp(NUM, Operator.GE, d("10")), "n", "10"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(cmp(NUM, Operator.GE, d("10")), "n", "9.99"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(cmp(NUM, Operator.GT, d("0")), "n", "0"));
        assertEquals(Outcome.ELIGIBLE, eval(cmp(NUM, Operator.GT, d("0")), "n", "0.1"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(cmp(NUM, Operator.LT, d("300")), "n", "300"));
        assertEquals(Outcome.ELIGIBLE, eval(cmp(NUM, Operator.LT, d("300")), "n", "299"));
    }

    @Test
    void between_isInclusiveAtBothEnds() {
        Criterion c = cmp(MONEY, Operator.BETWEEN, d("50000000"), d("200000000"));
        assertEquals(Outcome.ELIGIBLE, eval(c, "m", "50000000"));
        assertEquals(Outcome.ELIGIBLE, eval(c, "m", "200000000"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(c, "m", "49999999.99"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(c, "m", "200000000.01"));
    }

    @Test
    void dates_absoluteAndRelativeToToday() {
        assertEquals(Outcome.ELIGIBLE, eval(cmp(DATE, Operator.LE, Period.ofYears(1)), "d", "2025-03-02"));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(cmp(DATE, Operator.LE, Period.ofYears(1)), "d", "2025-03-03"));
        assertEquals(Outcome.ELIGIBLE, eval(cmp(DATE, Operator.GE, LocalDate.of(2020, 1, 1)), "d", "2020-01-01"));
    }

    @Test
    void missingFact_isUnknownAndNamesTheFact() {
        Evaluation e = evaluation(cmp(NUM, Operator.GE, d("1")));
        assertEquals(Outcome.UNKNOWN, e.outcome());
        assertEquals(List.of("n"), e.missing());
    }

    @Test
    void unparsableStoredValue_countsAsMissing() {
        assertEquals(Outcome.UNKNOWN, eval(cmp(NUM, Operator.GE, d("1")), "n", "lots"));
        assertEquals(Outcome.UNKNOWN, eval(cmp(KIND, Operator.EQUALS, "a"), "k", "zzz"));
    }

    @Test
    void all_falseWinsOverUnknown_andReportsTheFailedCriterion() {
        Criterion c =
                new Criterion.All("e", List.of(cmp(NUM, Operator.LE, d("300")), cmp(BOOL, Operator.EQUALS, true)));
        Evaluation e = evaluation(c, "n", "301");
        assertEquals(Outcome.NOT_ELIGIBLE, e.outcome());
        assertEquals("n ≤ 300", e.failed().get(0).describe(Lang.EN));
        Evaluation u = evaluation(c, "n", "3");
        assertEquals(Outcome.UNKNOWN, u.outcome());
        assertEquals(List.of("b"), u.missing());
        assertEquals(Outcome.ELIGIBLE, eval(c, "n", "3", "b", "true"));
    }

    @Test
    void any_trueWinsOverUnknown_falseOnlyWhenAllFalse() {
        Criterion c =
                new Criterion.Any("e", List.of(cmp(BOOL, Operator.EQUALS, true), cmp(KIND, Operator.EQUALS, "a")));
        assertEquals(Outcome.ELIGIBLE, eval(c, "b", "true"));
        Evaluation u = evaluation(c, "b", "false");
        assertEquals(Outcome.UNKNOWN, u.outcome());
        assertEquals(List.of("k"), u.missing());
        Evaluation f = evaluation(c, "b", "false", "k", "b");
        assertEquals(Outcome.NOT_ELIGIBLE, f.outcome());
        assertEquals(2, f.failed().size());
    }

    @Test
    void not_swapsTrueAndFalse_keepsUnknown() {
        Criterion c = new Criterion.Not("e", cmp(BOOL, Operator.EQUALS, true));
        assertEquals(Outcome.NOT_ELIGIBLE, eval(c, "b", "true"));
        assertEquals(Outcome.ELIGIBLE, eval(c, "b", "false"));
        assertEquals(Outcome.UNKNOWN, eval(c));
    }

    @Test
    void unverifiedCriterion_marksTheOutcome() {
        Criterion c = new Criterion.Compare("e", NUM, Operator.GE, List.of(d("1")), false);
        assertTrue(evaluation(c, "n", "2").unverified());
        assertFalse(evaluation(cmp(NUM, Operator.GE, d("1")), "n", "2").unverified());
    }

    @Test
    void describe_showsMoneyInBothLanguages() {
        Criterion.Compare c = cmp(MONEY, Operator.LE, d("3000000"));
        assertEquals("m ≤ ¥3,000,000", c.describe(Lang.EN));
        assertEquals("m ≤ 300万元", c.describe(Lang.ZH));
        assertEquals(Map.of(), Map.of());
    }

    @Test
    void describe_amountsAsTheFormShowsThem_yuan万亿AndFen() {
        assertEquals("m ≤ ¥8,000", cmp(MONEY, Operator.LE, d("8000")).describe(Lang.EN));
        assertEquals("m ≤ 8000元", cmp(MONEY, Operator.LE, d("8000")).describe(Lang.ZH));
        assertEquals("m > ¥200,000,000", cmp(MONEY, Operator.GT, d("200000000")).describe(Lang.EN));
        assertEquals("m > 2亿元", cmp(MONEY, Operator.GT, d("200000000")).describe(Lang.ZH));
        assertEquals("m ≤ ¥300,000.50", cmp(MONEY, Operator.LE, d("300000.50")).describe(Lang.EN));
    }

    @Test
    void describe_numbersGroupedWithTheirUnit() {
        FactDefinition ratio = new FactDefinition(
                "r",
                FactType.NUMBER,
                LocalizedText.of("r", "r"),
                LocalizedText.of("r?", "r？"),
                List.of(),
                null,
                null,
                false,
                "%");
        assertEquals("r ≥ 5%", cmp(ratio, Operator.GE, d("5")).describe(Lang.EN));
        assertEquals("n ≥ 1,000", cmp(NUM, Operator.GE, d("1000")).describe(Lang.ZH));
        assertEquals("r ≥ 3.50%", cmp(ratio, Operator.GE, d("3.50")).describe(Lang.EN));
    }
}
