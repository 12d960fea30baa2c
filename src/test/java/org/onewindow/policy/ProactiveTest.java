package org.onewindow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProactiveTest {

    @TempDir
    Path dir;

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void newlyEligible_addedIncentive_isReportedOnlyForProfilesItFits() throws Exception {
        Fixtures.write(dir, "facts.yaml", Fixtures.FACTS);
        Fixtures.write(dir, "old.yaml", Fixtures.incentive("old", "{fact: x, equals: true}", ""));
        IncentiveCatalog before = IncentiveCatalog.load(dir);
        Fixtures.write(dir, "new.yaml", Fixtures.incentive("new", "{fact: y, \">=\": 10}", ""));
        Fixtures.write(dir, "gone.yaml", Fixtures.incentive("gone", "{fact: y, \">=\": 0}", "expires: 2024-12-31\n"));
        IncentiveCatalog after = IncentiveCatalog.load(dir);

        Profile fits = new Profile("91430100MA4L000001", Fixtures.facts("x", "true", "y", "12"));
        Profile tooSmall = new Profile("91430100MA4L000002", Fixtures.facts("x", "true", "y", "9"));
        Profile unknown = new Profile("91430100MA4L000003", Fixtures.facts("x", "true"));

        assertEquals(List.of("new"), ids(Proactive.newlyEligible(before, after, fits, TODAY)));
        assertEquals(List.of(), ids(Proactive.newlyEligible(before, after, tooSmall, TODAY)));
        assertEquals(List.of(), ids(Proactive.newlyEligible(before, after, unknown, TODAY)));
    }

    @Test
    void newlyEligible_loosenedCriteria_counts_unchangedDoesNot() throws Exception {
        Fixtures.write(dir, "facts.yaml", Fixtures.FACTS);
        Fixtures.write(dir, "p.yaml", Fixtures.incentive("p", "{fact: y, \">=\": 10}", ""));
        IncentiveCatalog before = IncentiveCatalog.load(dir);
        Profile p = new Profile("91430100MA4L000001", Fixtures.facts("y", "5"));
        assertEquals(List.of(), ids(Proactive.newlyEligible(before, before, p, TODAY)));
        Files.delete(dir.resolve("p.yaml"));
        Fixtures.write(dir, "p.yaml", Fixtures.incentive("p", "{fact: y, \">=\": 5}", ""));
        assertEquals(List.of("p"), ids(Proactive.newlyEligible(before, IncentiveCatalog.load(dir), p, TODAY)));
    }

    private static List<String> ids(List<Evaluation> es) {
        return es.stream().map(Evaluation::id).toList();
    }
}
