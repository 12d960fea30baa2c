package org.onewindow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.Json;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

final class EligibilityDialogueTest {

    @TempDir
    Path dir;

    private EligibilityDialogue small() throws Exception {
        Fixtures.write(dir, "facts.yaml", Fixtures.FACTS);
        // y decides three incentives, x two, z one: y must be asked first, then x, then z.
        Fixtures.write(
                dir,
                "a.yaml",
                Fixtures.incentive(
                        "a", "all:\n  - {fact: x, equals: true}\n  - {fact: y, \">=\": 10}", "process: pay-taxes\n"));
        Fixtures.write(dir, "b.yaml", Fixtures.incentive("b", "{fact: y, \"<\": 100}", ""));
        Fixtures.write(
                dir,
                "c.yaml",
                Fixtures.incentive(
                        "c",
                        "all:\n  - {fact: y, \">\": 0}\n  - {fact: x, equals: true}\n  - {fact: z, \"<=\": 1000000}",
                        ""));
        IncentiveCatalog catalog = IncentiveCatalog.load(dir);
        return new EligibilityDialogue(() -> catalog, Fixtures.CLOCK);
    }

    private static String asked(EligibilityTurn t) {
        return t.progress() == null ? null : t.progress().asking();
    }

    private static String lastText(EligibilityTurn t) {
        return t.replies().get(t.replies().size() - 1).text();
    }

    @Test
    void start_asksTheMostDecisiveFactFirst_en() throws Exception {
        EligibilityDialogue d = small();
        EligibilityTurn t = d.start(Map.of(), Lang.EN);
        assertEquals("y", asked(t));
        assertTrue(lastText(t).startsWith("How much y?"), lastText(t));
        assertTrue(lastText(t).contains("decides 3 policies"), lastText(t));
        t = d.handle(t.progress(), "50", Lang.EN);
        assertEquals("50", t.learnt().get("y").value());
        assertEquals("x", asked(t));
        t = d.handle(t.progress(), "policy:answer:true", Lang.EN);
        assertEquals("z", asked(t));
        t = d.handle(t.progress(), "2,000,000", Lang.EN);
        assertTrue(t.done());
        assertNull(t.progress());
        String result = lastText(t);
        assertTrue(result.contains("Incentive a"), result);
        assertTrue(result.contains("Source: Incentive a, knowledge-base/incentives/a.yaml, art. 1"), result);
        assertTrue(result.contains("Not a match: Incentive c (z ≤ ¥1,000,000)"), result);
        List<QuickReply> buttons = t.replies().get(t.replies().size() - 1).quickReplies();
        assertEquals(
                List.of("process:start:pay-taxes"),
                buttons.stream().map(QuickReply::action).toList());
        assertEquals(2, t.replies().get(t.replies().size() - 1).citations().size());
    }

    @Test
    void start_asksTheMostDecisiveFactFirst_zh() throws Exception {
        EligibilityDialogue d = small();
        EligibilityTurn t = d.start(Map.of(), Lang.ZH);
        assertEquals("y", asked(t));
        assertTrue(lastText(t).startsWith("乙是多少？"), lastText(t));
        assertTrue(lastText(t).contains("关系到3项政策"), lastText(t));
        t = d.handle(t.progress(), "五十", Lang.ZH);
        assertEquals("50", t.learnt().get("y").value());
        t = d.handle(t.progress(), "是的", Lang.ZH);
        t = d.handle(t.progress(), "300万", Lang.ZH);
        assertTrue(t.done());
        assertTrue(lastText(t).contains("贵企业可以享受以下2项惠企政策"), lastText(t));
        assertTrue(lastText(t).contains("不符合：政策c（丙 ≤ 100万元）"), lastText(t));
    }

    @Test
    void knownFacts_areNeverAskedAgain() throws Exception {
        EligibilityDialogue d = small();
        EligibilityTurn t = d.start(Fixtures.facts("y", "50"), Lang.EN);
        assertEquals("x", asked(t));
        assertTrue(
                t.replies().get(0).text().contains("I already know 1 fact"),
                t.replies().get(0).text());
        t = d.handle(t.progress(), "no", Lang.EN);
        assertTrue(t.done(), "x=false decides a and c; y is known");
    }

    @Test
    void shipped_neverAsksAFactTwiceOrOneItHas_andEndsWithResults() {
        IncentiveCatalog catalog = Fixtures.shipped();
        EligibilityDialogue d = new EligibilityDialogue(() -> catalog, Fixtures.CLOCK);
        Map<String, Fact> known = Fixtures.facts("industry", "manufacturing", "vat_small_scale", "false");
        Map<String, String> answers = new HashMap<>(Map.ofEntries(
                Map.entry("restricted_industry", "no"),
                Map.entry("annual_taxable_income", "200万"),
                Map.entry("headcount", "120"),
                Map.entry("total_assets", "3000万"),
                Map.entry("rd_ratio", "6"),
                Map.entry("high_tech_certified", "no"),
                Map.entry("entity_type", "company"),
                Map.entry("annual_revenue", "4000万"),
                Map.entry("registration_date", "2019-06-01"),
                Map.entry("core_ip_owned", "yes"),
                Map.entry("tech_staff_ratio", "15"),
                Map.entry("high_tech_revenue_ratio", "70"),
                Map.entry("project_investment", "5000万"),
                Map.entry("monthly_sales", "300000")));
        EligibilityTurn t = d.start(known, Lang.EN, "conversation:c1");
        Set<String> asked = new HashSet<>();
        List<String> order = new ArrayList<>();
        while (!t.done()) {
            String k = asked(t);
            assertFalse(known.containsKey(k), "asked a known fact: " + k);
            assertTrue(asked.add(k), "asked twice: " + k);
            order.add(k);
            t = d.handle(t.progress(), answers.get(k), Lang.EN);
            assertEquals("conversation:c1", t.learnt().get(k).source(), "answer to " + k + " rejected: " + t.replies());
        }
        String result = lastText(t);
        assertTrue(result.contains("Income-tax relief for small low-profit enterprises"), result);
        assertTrue(result.contains("R&D expense super deduction"), result);
        assertTrue(result.contains("Certification as a high and new technology enterprise"), result);
        assertTrue(result.contains("knowledge-base/incentives/small-low-profit-cit.yaml"), result);
        assertFalse(result.contains("¥150,000 a month"), "the expired policy is never offered");
        assertTrue(result.contains("could not be verified"), "the unverified R&D industry list is said");
        List<String> actions = t.replies().get(t.replies().size() - 1).quickReplies().stream()
                .map(QuickReply::action)
                .toList();
        assertTrue(actions.contains("process:start:pay-taxes"), actions.toString());
        assertTrue(actions.contains("process:start:book-agent"), actions.toString());
        assertTrue(order.size() <= EligibilityDialogue.MAX_QUESTIONS);
    }

    @Test
    void invalidAnswer_isRejectedWithABilingualReason_andAskedAgain() throws Exception {
        EligibilityDialogue d = small();
        EligibilityTurn t = d.start(Map.of(), Lang.EN);
        EligibilityTurn bad = d.handle(t.progress(), "-5", Lang.EN);
        assertEquals("y", asked(bad));
        assertEquals(1, bad.progress().attempts());
        assertTrue(bad.learnt().isEmpty());
        assertTrue(
                bad.replies().get(0).text().contains("at least 0"),
                bad.replies().get(0).text());
        EligibilityTurn badZh = d.handle(t.progress(), "很多", Lang.ZH);
        assertTrue(
                badZh.replies().get(0).text().contains("请填写一个数字"),
                badZh.replies().get(0).text());
        assertTrue(lastText(badZh).startsWith("乙是多少？"));
    }

    @Test
    void dontKnow_skipsTheFact_andTheResultSaysWhatIsMissing() throws Exception {
        EligibilityDialogue d = small();
        EligibilityTurn t = d.start(Map.of(), Lang.EN);
        t = d.handle(t.progress(), "50", Lang.EN);
        t = d.handle(t.progress(), "yes", Lang.EN);
        t = d.handle(t.progress(), "I don't know", Lang.EN);
        assertTrue(t.done());
        assertTrue(lastText(t).contains("These need one more fact to decide:"), lastText(t));
        assertTrue(lastText(t).contains("Incentive c — Still needed: z."), lastText(t));
        EligibilityTurn zh = d.start(Map.of(), Lang.ZH);
        zh = d.handle(zh.progress(), "不知道", Lang.ZH);
        assertEquals("x", asked(zh));
        assertTrue(zh.progress().skipped().contains("y"));
    }

    @Test
    void cancel_endsTheDialogue_inBothLanguages() throws Exception {
        EligibilityDialogue d = small();
        EligibilityTurn t = d.start(Map.of(), Lang.EN);
        EligibilityTurn en = d.handle(t.progress(), "cancel", Lang.EN);
        assertTrue(en.done());
        assertTrue(en.replies().get(0).text().startsWith("OK, I've stopped"));
        EligibilityTurn zh = d.handle(t.progress(), "取消", Lang.ZH);
        assertTrue(zh.done());
        assertTrue(zh.replies().get(0).text().startsWith("好的，已停止"));
        assertTrue(d.handle(t.progress(), EligibilityDialogue.CANCEL, Lang.EN).done());
    }

    @Test
    void booleanQuestion_offersYesNoAndSkipAndCancel() throws Exception {
        EligibilityDialogue d = small();
        EligibilityTurn t = d.handle(d.start(Map.of(), Lang.EN).progress(), "50", Lang.EN);
        List<String> actions = t.replies().get(t.replies().size() - 1).quickReplies().stream()
                .map(QuickReply::action)
                .toList();
        assertEquals(List.of("policy:answer:true", "policy:answer:false", "policy:skip", "policy:cancel"), actions);
    }

    @Test
    void progress_roundTripsThroughJson() throws Exception {
        EligibilityDialogue d = small();
        EligibilityTurn t = d.start(Fixtures.facts("z", "10"), Lang.EN, "conversation:c9");
        t = d.handle(t.progress(), "50", Lang.EN);
        EligibilityProgress p = t.progress();
        EligibilityProgress back = Json.read(Json.write(p), EligibilityProgress.class);
        assertEquals(p, back);
        assertEquals(asked(d.handle(p, "yes", Lang.EN)), asked(d.handle(back, "yes", Lang.EN)));
    }

    @Test
    void views_listOutcomeReasonMissingAndCitation() throws Exception {
        EligibilityDialogue d = small();
        List<EligibilityView> views = d.views(Fixtures.facts("y", "50", "x", "true"), Lang.EN);
        assertEquals(
                List.of("a", "b", "c"),
                views.stream().map(EligibilityView::policyId).toList());
        EligibilityView a = views.get(0);
        assertEquals(Outcome.ELIGIBLE, a.outcome());
        assertEquals("knowledge-base/incentives/a.yaml", a.citation().source());
        assertEquals("pay-taxes", a.process());
        EligibilityView c = views.get(2);
        assertEquals(Outcome.UNKNOWN, c.outcome());
        assertEquals("z", c.missingFacts().get(0).key());
        String json = Json.write(views);
        assertTrue(json.contains("\"outcome\":\"eligible\""), json);
        assertTrue(json.contains("\"outcome\":\"unknown\""), json);
    }
}
