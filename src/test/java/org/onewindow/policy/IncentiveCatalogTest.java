package org.onewindow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class IncentiveCatalogTest {

    @TempDir
    Path dir;

    @Test
    void shipped_loadsEveryIncentiveWithoutProblems() {
        IncentiveCatalog c = Fixtures.shipped();
        assertEquals(List.of(), c.problems());
        assertEquals(8, c.incentives().size());
        for (Incentive i : c.incentives()) {
            assertFalse(i.sources().isEmpty(), i.id());
            assertTrue(i.sources().stream().allMatch(s -> s.startsWith("http")), i.id());
        }
    }

    @Test
    void shipped_expiredIncentive_isNeverInForce() {
        IncentiveCatalog c = Fixtures.shipped();
        LocalDate today = LocalDate.of(2026, 3, 2);
        Incentive expired = c.incentive("small-scale-vat-150k-2021").orElseThrow();
        assertTrue(expired.expiredOn(today));
        assertFalse(c.inForce(today).contains(expired));
        assertTrue(c.evaluate(Fixtures.facts("vat_small_scale", "true", "monthly_sales", "120000"), today).stream()
                .noneMatch(e -> e.id().equals(expired.id())));
        assertTrue(c.inForce(LocalDate.of(2022, 6, 1)).contains(expired));
    }

    @Test
    void shipped_smallLowProfitEnterprise_isEligibleAtTheThresholds() {
        IncentiveCatalog c = Fixtures.shipped();
        Evaluation e = Evaluator.evaluate(
                c.incentive("small-low-profit-cit").orElseThrow(),
                Fixtures.facts(
                        "restricted_industry",
                        "false",
                        "annual_taxable_income",
                        "3000000",
                        "headcount",
                        "300",
                        "total_assets",
                        "50000000"),
                LocalDate.of(2026, 3, 2));
        assertEquals(Outcome.ELIGIBLE, e.outcome());
    }

    @Test
    void shipped_highTechCertification_revenueTiers() {
        IncentiveCatalog c = Fixtures.shipped();
        Incentive i = c.incentive("high-tech-certification").orElseThrow();
        String[] base = {
            "high_tech_certified",
            "false",
            "registration_date",
            "2020-05-01",
            "core_ip_owned",
            "true",
            "tech_staff_ratio",
            "12",
            "high_tech_revenue_ratio",
            "65"
        };
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertEquals(
                Outcome.ELIGIBLE,
                Evaluator.evaluate(i, with(base, "annual_revenue", "80000000", "rd_ratio", "4"), today)
                        .outcome());
        assertEquals(
                Outcome.NOT_ELIGIBLE,
                Evaluator.evaluate(i, with(base, "annual_revenue", "30000000", "rd_ratio", "4"), today)
                        .outcome());
        assertEquals(
                Outcome.ELIGIBLE,
                Evaluator.evaluate(i, with(base, "annual_revenue", "300000000", "rd_ratio", "3"), today)
                        .outcome());
    }

    private static java.util.Map<String, Fact> with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Fixtures.facts(all);
    }

    @Test
    void malformedIncentive_isReportedWithFileAndCriterion_othersStayActive() {
        Fixtures.write(dir, "facts.yaml", Fixtures.FACTS);
        Fixtures.write(dir, "good.yaml", Fixtures.incentive("good", "{fact: x, equals: true}", ""));
        Fixtures.write(
                dir,
                "bad.yaml",
                Fixtures.incentive("bad", "all:\n  - {fact: x, equals: true}\n  - {fact: y, \">=\": lots}", ""));
        IncentiveCatalog c = load();
        assertEquals(List.of("good"), c.incentives().stream().map(Incentive::id).toList());
        assertEquals(1, c.problems().size());
        String m = c.problems().get(0).message();
        assertEquals("bad.yaml", c.problems().get(0).file());
        assertTrue(m.startsWith("bad.yaml: criterion eligibility.all[1] (y >=)"), m);
        assertTrue(m.contains("'lots' is not a number"), m);
    }

    @Test
    void loaderErrors_nameTheProblem() {
        Fixtures.write(dir, "facts.yaml", Fixtures.FACTS);
        Fixtures.write(dir, "0good.yaml", Fixtures.incentive("good", "{fact: x, equals: true}", ""));
        Fixtures.write(dir, "a.yaml", Fixtures.incentive("a", "{fact: nope, equals: true}", ""));
        Fixtures.write(dir, "b.yaml", Fixtures.incentive("b", "{fact: x, like: true}", ""));
        Fixtures.write(dir, "c.yaml", Fixtures.incentive("c", "{fact: kind, in: [a, zz]}", ""));
        Fixtures.write(dir, "d.yaml", Fixtures.incentive("d", "{fact: x, \">=\": 1}", ""));
        Fixtures.write(dir, "e.yaml", Fixtures.incentive("e", "{fact: y, between: [1]}", ""));
        Fixtures.write(dir, "f.yaml", Fixtures.incentive("f", "{fact: x, equals: true}", "expires: 2020-01-01\n"));
        Fixtures.write(dir, "g.yaml", "id: g\ntitle: [oops");
        Fixtures.write(dir, "h.yaml", Fixtures.incentive("good", "{fact: x, equals: true}", ""));
        Fixtures.write(dir, "i.yaml", Fixtures.incentive("i", "{fact: x, equals: true, verified: maybe}", ""));
        IncentiveCatalog c = load();
        List<String> m = c.problems().stream().map(LoadProblem::message).toList();
        assertEquals(List.of("good"), c.incentives().stream().map(Incentive::id).toList());
        assertTrue(m.get(0).contains("unknown fact 'nope'"), m.get(0));
        assertTrue(m.get(1).contains("unknown operator 'like'"), m.get(1));
        assertTrue(m.get(2).contains("'zz' is not an option of kind"), m.get(2));
        assertTrue(m.get(3).contains("'>=' needs a number, money or date fact"), m.get(3));
        assertTrue(m.get(4).contains("two values [low, high]"), m.get(4));
        assertTrue(m.get(5).contains("'expires' 2020-01-01 is before 'effective' 2023-01-01"), m.get(5));
        assertTrue(m.get(6).startsWith("g.yaml: not valid YAML"), m.get(6));
        assertTrue(m.get(7).contains("id 'good' is already used by 0good.yaml"), m.get(7));
        assertTrue(m.get(8).contains("'verified' must be true or false"), m.get(8));
    }

    @Test
    void holder_brokenFactsFile_keepsTheLastGoodCatalog() throws Exception {
        Fixtures.write(dir, "facts.yaml", Fixtures.FACTS);
        Fixtures.write(dir, "good.yaml", Fixtures.incentive("good", "{fact: x, equals: true}", ""));
        IncentiveCatalogHolder holder = IncentiveCatalogHolder.load(dir);
        IncentiveCatalog first = holder.current();
        Fixtures.write(dir, "facts.yaml", "facts: oops");
        IncentiveLoadException e = assertThrows(IncentiveLoadException.class, holder::reload);
        assertTrue(e.getMessage().startsWith("facts.yaml: "), e.getMessage());
        assertSame(first, holder.current());
        Fixtures.write(dir, "facts.yaml", Fixtures.FACTS);
        Fixtures.write(dir, "more.yaml", Fixtures.incentive("more", "{fact: y, \">\": 1}", ""));
        assertEquals(2, holder.reload().incentives().size());
    }

    @Test
    void statedPhrasesForAValueTheFactDoesNotHave_areRefusedNamingTheFact() throws Exception {
        Fixtures.write(
                dir,
                "facts.yaml",
                Fixtures.FACTS.replace(
                        "question: {en: \"Which kind?\", zh: \"哪一类？\"}",
                        "question: {en: \"Which kind?\", zh: \"哪一类？\"}\n    stated: {zz: [zed]}"));
        IncentiveLoadException e = assertThrows(IncentiveLoadException.class, () -> IncentiveCatalog.load(dir));
        assertTrue(e.getMessage().contains("fact 'kind'") && e.getMessage().contains("'zz'"), e.getMessage());
    }

    private IncentiveCatalog load() {
        try {
            return IncentiveCatalog.load(dir);
        } catch (IncentiveLoadException e) {
            throw new AssertionError(e);
        }
    }
}
