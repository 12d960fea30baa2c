package org.onewindow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.Lang;

/** Whether one policy applies, answered from what the question says of the enterprise (shipped catalogue). */
final class PolicyVerdictTest {

    private static final IncentiveCatalog SHIPPED = Fixtures.shipped();
    private static final EligibilityDialogue DIALOGUE = new EligibilityDialogue(() -> SHIPPED, Fixtures.CLOCK);
    private static final String SIX_TAXES_TOPIC = "knowledge-base/incentives/six-taxes-two-fees-halved.yaml “六税两费”减半征收";

    private static String verdict(String text, Lang lang) {
        return DIALOGUE.verdict(text, () -> false, null, lang)
                .map(EligibilityReply::text)
                .orElse("");
    }

    private static Map<String, Fact> stated(String text, String incentive) {
        return StatedFacts.read(
                text, SHIPPED.facts().values(), SHIPPED.incentive(incentive).orElseThrow(), "test", Instant.EPOCH);
    }

    @Test
    void anIndividualBusinessAskingAboutTheSixTaxesHalving_isToldYesWithWhatItGives() {
        String text = verdict("个体户能享受六税两费减半嘛", Lang.ZH);
        assertTrue(text.startsWith("可以。"), text);
        assertTrue(text.contains("个体工商户"), text);
        assertTrue(text.contains("印花税"), "what it gives: " + text);
    }

    @Test
    void aRestaurantAskingAboutTheRdSuperDeduction_isToldNoWithTheRuleAndThatItIsUnverified() {
        String text = verdict("we run a restaurant, can we claim the r&d super deduction or nah", Lang.EN);
        assertTrue(text.startsWith("No."), text);
        assertTrue(text.contains("Accommodation and catering (H)"), text);
        assertTrue(text.contains("could not be verified"), text);
    }

    @Test
    void theVerdictCitesThePolicy() {
        EligibilityReply reply = DIALOGUE.verdict(
                        "are sole traders eligible for the six taxes and two fees halving?", () -> false, null, Lang.EN)
                .orElseThrow();
        assertTrue(reply.text().startsWith("Yes."), reply.text());
        assertEquals(
                "knowledge-base/incentives/six-taxes-two-fees-halved.yaml",
                reply.citations().get(0).source());
    }

    @Test
    void wordsDescribingTheEnterprise_nameNoPolicyWhenTheQuestionNamesAnother() {
        String text = verdict("六税两费减半，小规模纳税人能享受吗？", Lang.ZH);
        assertTrue(text.startsWith("可以。"), text);
        assertTrue(text.contains("“六税两费”减半征收"), text);
    }

    @Test
    void aGeneralTaxpayerAskingAboutTheSmallScaleExemption_isToldNo_theTitleWordsNamingThePolicyNotTheEnterprise() {
        String text = verdict("一般纳税人能享受小规模纳税人免征增值税吗", Lang.ZH);
        assertTrue(text.startsWith("不能。"), text);
    }

    @Test
    void factsThatDoNotDecideThePolicy_leaveTheQuestionToTheKnowledgeBase() {
        assertEquals(Optional.empty(), DIALOGUE.verdict("一般纳税人能享受六税两费减半吗", () -> false, null, Lang.ZH));
        assertEquals(
                Optional.empty(),
                DIALOGUE.verdict(
                        "a restaurant, can we get the six taxes and two fees halved?", () -> false, null, Lang.EN));
    }

    @Test
    void aQuestionThatDoesNotAskWhether_getsNoVerdict() {
        assertEquals(Optional.empty(), DIALOGUE.verdict("个体户的六税两费减半怎么申报", () -> false, null, Lang.ZH));
    }

    @Test
    void aNegatedStatement_statesNothing() {
        assertEquals(
                Map.of(),
                stated(
                        "we're not a small-scale taxpayer, can we get the six taxes and two fees halved?",
                        "six-taxes-two-fees-halved"));
        assertEquals(Map.of(), stated("我们不是个体户，能享受六税两费减半吗", "six-taxes-two-fees-halved"));
    }

    @Test
    void aFactStatedTwoWays_statesNothing() {
        assertEquals(
                Map.of(),
                stated("we're a hotel and a factory, can we claim the r&d super deduction", "rd-super-deduction"));
    }

    @Test
    void englishPhrasesAreWholeWords() {
        assertEquals(Map.of(), stated("can a hotelier's supplier claim the r&d super deduction", "rd-super-deduction"));
        assertEquals(
                "accommodation-catering",
                stated("can hotels claim the r&d super deduction", "rd-super-deduction")
                        .get("industry")
                        .value());
    }

    @Test
    void aShortFollowUpStatingAFact_asksTheLastQuestionAgainOfThatEnterprise() {
        String text = DIALOGUE.verdict("那个体户呢", () -> true, SIX_TAXES_TOPIC, Lang.ZH)
                .map(EligibilityReply::text)
                .orElse("");
        assertTrue(text.startsWith("可以。"), text);
    }

    @Test
    void aShortFollowUpAskingSomethingElse_getsNoVerdict() {
        assertEquals(Optional.empty(), DIALOGUE.verdict("那个体户怎么申报", () -> false, SIX_TAXES_TOPIC, Lang.ZH));
    }

    @Test
    void anAmountSaidWithItsWords_decidesABound() {
        String text = verdict("我们一个月卖15万左右，能享受月销售额10万元以下免征增值税吗", Lang.ZH);
        assertTrue(text.startsWith("不能。"), text);
        assertTrue(text.contains("15万元"), text);
    }

    @Test
    void aShortFollowUpSayingAnAmount_isJudgedAgainstTheLastPolicy_andANoSaysWhatThePolicyGives() {
        String text = DIALOGUE.verdict(
                        "要是一个月卖了12万呢",
                        () -> true,
                        "knowledge-base/incentives/small-scale-vat-exemption.yaml 小规模纳税人月销售额10万元以下免征增值税",
                        Lang.ZH)
                .map(EligibilityReply::text)
                .orElse("");
        assertTrue(text.startsWith("不能。"), text);
        assertTrue(text.contains("12万元") && text.contains("减按1%"), text);
    }

    @Test
    void boundsSaidInWords_areKeptOnTheirSide() {
        assertEquals(
                "999999",
                stated("taxable income under 1 million, can we get the small low-profit relief", "small-low-profit-cit")
                        .get("annual_taxable_income")
                        .value());
        assertEquals(
                "100001",
                stated("月销售额超过10万 能享受小规模纳税人免征增值税吗", "small-scale-vat-exemption")
                        .get("monthly_sales")
                        .value());
    }

    @Test
    void anAmountBeforeItsWords_isTheNearest() {
        assertEquals(
                "20",
                stated("sales 100k, about 20 staff", "small-low-profit-cit")
                        .get("headcount")
                        .value());
    }

    @Test
    void eachAmount_goesToTheNearestFactWordsOfItsClause() {
        Map<String, Fact> en = stated(
                "we have 20 staff and 300k annual revenue, can we get the high-tech certification",
                "high-tech-certification");
        assertEquals("20", en.get("headcount").value());
        assertEquals("300000", en.get("annual_revenue").value());
        Map<String, Fact> zh = stated("20名员工，年销售收入50万，能申请高新技术企业认定吗", "high-tech-certification");
        assertEquals("20", zh.get("headcount").value());
        assertEquals("500000", zh.get("annual_revenue").value());
    }

    @Test
    void aPlaceNameIsNoNegation() {
        assertEquals(
                "individual-business",
                stated("无锡的个体户能享受六税两费减半吗", "six-taxes-two-fees-halved")
                        .get("entity_type")
                        .value());
    }

    @Test
    void anExpiredPolicy_isNeverJudged() {
        assertEquals(
                Optional.empty(),
                DIALOGUE.verdict(
                        "要是一个月卖了12万呢",
                        () -> true,
                        "knowledge-base/incentives/small-scale-vat-150k-2021.yaml 小规模纳税人月销售额15万元以下免征增值税",
                        Lang.ZH));
    }
}
