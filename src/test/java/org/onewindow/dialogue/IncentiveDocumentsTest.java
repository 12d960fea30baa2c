package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.policy.IncentiveCatalog;
import org.onewindow.shared.Lang;

final class IncentiveDocumentsTest {

    private static final List<SyntheticDocument> DOCUMENTS = documents();

    private static List<SyntheticDocument> documents() {
        try {
            return IncentiveDocuments.of(IncentiveCatalog.load(Path.of("knowledge-base/incentives")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String section(String file, Lang lang, String headingKey) {
        return DOCUMENTS.stream()
                .filter(d -> d.source().equals("knowledge-base/incentives/" + file) && d.lang() == lang)
                .findFirst()
                .orElseThrow()
                .sections()
                .stream()
                .filter(s -> s.heading().equals(Texts.get(lang, headingKey)))
                .findFirst()
                .orElseThrow()
                .text();
    }

    @Test
    void of_everyIncentiveHasADocumentInEachLanguage() throws Exception {
        int incentives = IncentiveCatalog.load(Path.of("knowledge-base/incentives"))
                .incentives()
                .size();
        assertThat(DOCUMENTS).hasSize(incentives * 2);
        assertThat(DOCUMENTS).allSatisfy(d -> assertThat(d.sections()).hasSize(3));
    }

    @Test
    void of_whoItIsFor_statesEveryConditionOfTheRule() {
        assertThat(section("small-low-profit-cit.yaml", Lang.EN, "dialogue.incentiveDoc.eligibility"))
                .contains("annual taxable income ≤ ¥3,000,000")
                .contains("headcount ≤ 300")
                .contains("total assets ≤ ¥50,000,000");
        assertThat(section("small-low-profit-cit.yaml", Lang.ZH, "dialogue.incentiveDoc.eligibility"))
                .contains("从业人数 ≤ 300");
    }

    @Test
    void of_whoItIsFor_readsAnAlternativeAsOneOf() {
        assertThat(section("six-taxes-two-fees-halved.yaml", Lang.EN, "dialogue.incentiveDoc.eligibility"))
                .contains("one of: small-scale VAT taxpayer: yes or ");
    }

    @Test
    void of_period_givesTheEndDateInTheLanguagesOwnWay() {
        assertThat(section("six-taxes-two-fees-halved.yaml", Lang.EN, "dialogue.incentiveDoc.period"))
                .contains("applies from 1 January 2023 to 31 December 2027");
        assertThat(section("six-taxes-two-fees-halved.yaml", Lang.ZH, "dialogue.incentiveDoc.period"))
                .contains("自2023年1月1日起执行，至2027年12月31日止");
    }

    @Test
    void of_benefit_isTheIncentivesOwnText() {
        assertThat(section("high-tech-15-percent-cit.yaml", Lang.EN, "dialogue.incentiveDoc.benefit"))
                .contains("Corporate income tax at 15% instead of 25%");
    }

    @Test
    void of_anIncentive_isSupersededTheDayAfterItsPeriodEnds() {
        assertThat(DOCUMENTS)
                .filteredOn(d -> d.source().endsWith("small-scale-vat-150k-2021.yaml"))
                .allSatisfy(d -> assertThat(d.superseded()).isEqualTo(java.time.LocalDate.of(2023, 1, 1)));
        assertThat(DOCUMENTS)
                .filteredOn(d -> d.source().endsWith("small-scale-vat-exemption.yaml"))
                .allSatisfy(d -> assertThat(d.superseded()).isEqualTo(java.time.LocalDate.of(2028, 1, 1)));
    }
}
