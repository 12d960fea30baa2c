package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.form.FieldValue;
import org.onewindow.form.LocalizedText;
import org.onewindow.form.ValidationResult;
import org.onewindow.process.Answer;
import org.onewindow.process.PrivacyConsent;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.ProcessOutcome;
import org.onewindow.process.ProcessProgress;
import org.onewindow.process.ProcessReply;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.ProcessTurn;
import org.onewindow.process.Stage;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.shared.Lang;
import org.onewindow.testing.ShippedDepartments;
import org.onewindow.understanding.Act;
import org.onewindow.understanding.CommandKind;

/** The decision inside a form as a table: (where the form stands, what the message did) → (where it goes, what is said). */
final class FormPolicyTest {

    private static ProcessDefinition def;
    private static FormPolicy policy;

    @BeforeAll
    static void load() throws Exception {
        def = ProcessCatalog.load(Path.of("knowledge-base/processes"))
                .byId("start-business")
                .orElseThrow();
        policy = new FormPolicy(new ProcessRunner(
                WorkingDayCalendar.load(Path.of("knowledge-base/calendar")),
                ShippedDepartments::registry,
                FormEvalTest.CLOCK));
    }

    private static ProcessProgress at(String field, Map<String, String> answered, boolean consented) {
        Map<String, Answer> answers = new HashMap<>();
        answered.forEach((k, v) -> answers.put(k, new Answer(v, LocalizedText.same(v), null)));
        List<String> skipped = field == null ? List.of("email", "premisesProof") : List.of();
        return new ProcessProgress(
                def.id(),
                1,
                field == null ? Stage.REVIEW : Stage.ASK,
                field,
                answers,
                skipped,
                Map.of(),
                consented ? new PrivacyConsent("2026-12-04T02:00:00Z", "2026-01") : null,
                null,
                0);
    }

    private static final Map<String, String> ALL = Map.of(
            "companyName",
            "湖南星辰科技有限公司",
            "companyType",
            "llc",
            "registeredCapital",
            "5000000",
            "businessScope",
            "软件开发",
            "address",
            "长沙市岳麓区麓谷大道88号",
            "foreignInvested",
            "false",
            "legalRepName",
            "张伟",
            "legalRepId",
            "11010519491231002X",
            "contactPhone",
            "13812345678");

    private static FieldValue value(String field, Object v, String shown) {
        return new FieldValue(field, ValidationResult.ok(v, shown));
    }

    private static String text(ProcessTurn turn) {
        return String.join("\n", turn.replies().stream().map(ProcessReply::text).toList());
    }

    @Test
    void answersForTheAskedAndLaterFields_areAllStored_andTheFormMovesPastThem() {
        ProcessTurn turn = policy.decide(
                def,
                at("companyName", Map.of(), false),
                new Act.Answers(List.of(
                        value("companyName", "星辰科技", "星辰科技"),
                        value("companyType", "llc", "Limited liability company"),
                        value("registeredCapital", new BigDecimal("5000000"), "¥5,000,000"))),
                Lang.EN);

        assertThat(turn.progress().answers()).containsKeys("companyName", "companyType", "registeredCapital");
        assertThat(turn.progress().currentField()).isEqualTo("businessScope");
        assertThat(text(turn)).contains("Noted the type of enterprise", "Noted the registered capital: ¥5,000,000");
    }

    @Test
    void choiceRecognisedFromADescription_isStored_andTheReplySaysHowItWasTaken() {
        Map<String, String> named = Map.of("companyName", "星辰科技");
        ProcessTurn turn = policy.decide(
                def,
                at("companyType", named, false),
                new Act.Described(value("companyType", "sole", "Sole proprietorship")),
                Lang.EN);

        assertThat(turn.progress().answers()).containsKey("companyType");
        assertThat(turn.progress().currentField()).isEqualTo("registeredCapital");
        assertThat(turn.replies().get(0).text())
                .isEqualTo(
                        "I took that as the type of enterprise: Sole proprietorship. If that is not right, say \u201cback\u201d.");
    }

    @Test
    void choiceDescribedInWords_withALaterValueInTheSameMessage_storesBoth() {
        Map<String, String> named = Map.of("companyName", "星辰科技");
        ProcessTurn turn = policy.decide(
                def,
                at("companyType", named, false),
                new Act.Described(
                        value("companyType", "sole", "Sole proprietorship"),
                        List.of(new FieldValue(
                                "registeredCapital",
                                ValidationResult.ok(new BigDecimal("5000000"), LocalizedText.same("¥5,000,000"))))),
                Lang.EN);

        assertThat(turn.progress().answers()).containsKeys("companyType", "registeredCapital");
        assertThat(turn.progress().currentField()).isEqualTo("businessScope");
    }

    @Test
    void choiceInWordsThatNoOptionMatched_asksThatChoiceAgain() {
        Map<String, String> upToCapital =
                Map.of("companyName", "星辰科技", "companyType", "llc", "registeredCapital", "5000000");
        ProcessTurn turn = policy.decide(
                def,
                at("businessScope", upToCapital, false),
                new Act.ChoiceInWords("companyType", "something else entirely"),
                Lang.EN);

        assertThat(turn.progress().currentField()).isEqualTo("companyType");
        assertThat(turn.progress().answers().get("companyType").value()).isEqualTo("llc");
    }

    @Test
    void personalValue_beforeThePrivacyNotice_isKept_andConfirmedAtItsStep() {
        Map<String, String> upToAddress = Map.of(
                "companyName", "星辰科技", "companyType", "llc", "registeredCapital", "5000000", "businessScope", "软件开发");
        ProcessTurn turn = policy.decide(
                def,
                at("address", upToAddress, false),
                new Act.Answers(List.of(
                        value("address", "长沙市岳麓区麓谷大道88号", "长沙市岳麓区麓谷大道88号"),
                        value("contactPhone", "13812345678", "138 1234 5678"))),
                Lang.EN);
        assertThat(turn.progress().answers()).doesNotContainKey("contactPhone");
        assertThat(turn.progress().proposals()).containsEntry("contactPhone", "13812345678");
        assertThat(text(turn)).contains("after the privacy notice");

        turn = policy.decide(
                def, turn.progress(), new Act.Answers(List.of(value("foreignInvested", false, "No"))), Lang.EN);
        assertThat(turn.progress().stage()).isEqualTo(Stage.PRIVACY);
        turn = policy.decide(def, turn.progress(), new Act.Affirm(), Lang.EN);
        turn = policy.decide(
                def, turn.progress(), new Act.Answers(List.of(value("legalRepName", "张伟", "张伟"))), Lang.EN);
        turn = policy.decide(
                def,
                turn.progress(),
                new Act.Answers(List.of(value("legalRepId", "11010519491231002X", "110105********002X"))),
                Lang.EN);

        assertThat(turn.progress().stage()).isEqualTo(Stage.CONFIRM_PREFILL);
        assertThat(turn.progress().currentField()).isEqualTo("contactPhone");
        assertThat(text(turn)).contains("From your earlier message I have 138 1234 5678 as the contact phone");
        ProcessTurn kept = policy.decide(def, turn.progress(), new Act.Affirm(), Lang.EN);
        assertThat(kept.progress().answers().get("contactPhone").value()).isEqualTo("13812345678");
        assertThat(kept.progress().proposals()).isEmpty();
    }

    @Test
    void correctionAtTheSummary_changesTheValue_andShowsTheSummaryAgain() {
        ProcessTurn turn = policy.decide(
                def,
                at(null, ALL, true),
                new Act.Corrections(List.of(value("registeredCapital", new BigDecimal("8000000"), "¥8,000,000"))),
                Lang.EN);

        assertThat(turn.progress().answers().get("registeredCapital").value()).isEqualTo("8000000");
        assertThat(turn.progress().stage()).isEqualTo(Stage.REVIEW);
        assertThat(text(turn))
                .contains("Changed the registered capital to ¥8,000,000", "registered capital: ¥8,000,000");
    }

    @Test
    void refusedCorrection_changesNothing_andSaysWhy() {
        ProcessTurn turn = policy.decide(
                def,
                at("address", ALL, true),
                new Act.Corrections(List.of(
                        new FieldValue("registeredCapital", ValidationResult.error("Not an amount.", "不是金额。")))),
                Lang.EN);

        assertThat(turn.progress().answers().get("registeredCapital").value()).isEqualTo("5000000");
        assertThat(text(turn)).contains("Not an amount.", "Nothing was changed");
    }

    @Test
    void pause_keepsTheStep_andSaysHowToComeBack() {
        ProcessProgress p = at("businessScope", Map.of("companyName", "星辰科技"), false);
        ProcessTurn turn = policy.decide(def, p, new Act.Command(CommandKind.PAUSE), Lang.ZH);

        assertThat(turn.progress()).isEqualTo(p);
        assertThat(turn.outcome()).isEqualTo(ProcessOutcome.CONTINUE);
        assertThat(text(turn)).contains("继续", "经营范围");
    }

    @Test
    void resume_recapsAndAsksTheSameStep() {
        ProcessProgress p = at("businessScope", Map.of("companyName", "星辰科技", "companyType", "llc"), false);
        ProcessTurn turn = policy.decide(def, p, new Act.Command(CommandKind.RESUME), Lang.EN);

        assertThat(turn.progress()).isEqualTo(p);
        assertThat(text(turn)).contains("Welcome back", "2 of", "business scope");
    }

    @Test
    void smallTalk_storesNothing_andAsksAgain() {
        ProcessProgress p = at("businessScope", Map.of(), false);

        assertThat(policy.decide(def, p, new Act.SmallTalk(), Lang.EN).progress())
                .isEqualTo(p);
    }

    @Test
    void yesAtTheSummary_submits_andNoOffersTheAnswersToChange() {
        assertThat(policy.decide(def, at(null, ALL, true), new Act.Affirm(), Lang.EN)
                        .outcome())
                .isEqualTo(ProcessOutcome.COMPLETED);
        ProcessTurn no = policy.decide(def, at(null, ALL, true), new Act.Deny(), Lang.EN);
        assertThat(no.progress().stage()).isEqualTo(Stage.REVIEW);
        assertThat(text(no)).contains("Which answer would you like to change");
    }

    @Test
    void refusedValue_countsAnAttempt_andRepeatsTheQuestionWithTheReason() {
        ProcessTurn turn = policy.decide(
                def,
                at("registeredCapital", Map.of(), false),
                new Act.Refused("registeredCapital", ValidationResult.error("Not an amount.", "不是金额。")),
                Lang.EN);

        assertThat(turn.progress().attempts()).isEqualTo(1);
        assertThat(text(turn)).startsWith("Not an amount.");
    }
}
