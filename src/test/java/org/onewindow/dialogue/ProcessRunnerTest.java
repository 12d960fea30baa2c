package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.form.FileRef;
import org.onewindow.process.*;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;
import org.onewindow.testing.ShippedDepartments;
import org.onewindow.understanding.Act;

final class ProcessRunnerTest {

    private static ProcessCatalog catalog;
    private static ProcessRunner runner;
    private static FormDriver forms;
    private static final Map<String, String> FACTS =
            Map.of("enterprise.name", "湖南星辰科技有限公司", "enterprise.uscc", "91350100M000100Y43");

    @BeforeAll
    static void setUp() throws Exception {
        catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        runner = new ProcessRunner(
                WorkingDayCalendar.load(Path.of("knowledge-base/calendar")),
                ShippedDepartments::registry,
                ScriptedRunsTest.CLOCK);
        forms = new FormDriver(runner, catalog);
    }

    private static ProcessDefinition def(String id) {
        return catalog.byId(id).orElseThrow();
    }

    private static ProcessTurn say(ProcessDefinition def, ProcessTurn turn, String text, Lang lang) {
        return forms.handle(def, turn.progress(), ProcessInput.text(text), lang);
    }

    private static Act act(ProcessDefinition def, ProcessTurn turn, String text, Lang lang) {
        return forms.act(def, turn.progress(), ProcessInput.text(text), lang);
    }

    private static ProcessTurn press(ProcessDefinition def, ProcessTurn turn, String action, Lang lang) {
        return forms.handle(def, turn.progress(), ProcessInput.action(action), lang);
    }

    private static String text(ProcessTurn turn) {
        return String.join("\n", turn.replies().stream().map(ProcessReply::text).toList());
    }

    private static List<String> actions(ProcessTurn turn) {
        return turn.replies().get(turn.replies().size() - 1).quickReplies().stream()
                .map(QuickReply::action)
                .toList();
    }

    /** start-business in English without known facts, answered up to the registered capital. */
    private static ProcessTurn startBusinessAtCapital(Lang lang) {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = runner.start(d, Map.of(), lang);
        t = say(d, t, "湖南星辰科技有限公司", lang);
        t = press(d, t, "answer:llc", lang);
        assertThat(t.progress().currentField()).isEqualTo("registeredCapital");
        return t;
    }

    @Test
    void start_knownFacts_confirmedNotAsked() {
        ProcessDefinition d = def("deregistration");
        ProcessTurn t = runner.start(d, FACTS, Lang.EN);
        assertThat(t.progress().stage()).isEqualTo(Stage.CONFIRM_PREFILL);
        assertThat(t.replies().get(1).text()).isEqualTo("Your company name is 湖南星辰科技有限公司 — still right?");
        assertThat(actions(t)).contains(ProcessRunner.KEEP, ProcessRunner.CHANGE);
        t = press(d, t, ProcessRunner.KEEP, Lang.EN);
        assertThat(t.progress().answers().get("companyName").value()).isEqualTo("湖南星辰科技有限公司");
        assertThat(text(t)).contains("unified social credit code is 91350100M000100Y43");
        t = say(d, t, "不对", Lang.ZH);
        assertThat(t.progress().stage()).isEqualTo(Stage.ASK);
        assertThat(t.progress().currentField()).isEqualTo("uscc");
    }

    @Test
    void start_invalidKnownFact_askedInstead() {
        ProcessTurn t = runner.start(def("pay-taxes"), Map.of("enterprise.uscc", "91350100M000100Y4Y"), Lang.EN);
        assertThat(t.progress().stage()).isEqualTo(Stage.ASK);
        assertThat(t.progress().currentField()).isEqualTo("uscc");
    }

    @Test
    void question_saysWhatWhyAndExample() {
        ProcessTurn t = startBusinessAtCapital(Lang.EN);
        assertThat(text(t))
                .contains(
                        "Step 3 of 12 — registered capital",
                        "How much registered capital",
                        "Why: It is printed on the business licence",
                        "Example: 5 million yuan (500万)");
        ProcessTurn zh = startBusinessAtCapital(Lang.ZH);
        assertThat(text(zh)).contains("第3步／共12步：注册资本", "原因：", "示例：500万元");
    }

    @Test
    void answer_invalid_specificReasonAndSameQuestion() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, startBusinessAtCapital(Lang.EN), "a lot of money", Lang.EN);
        assertThat(t.outcome()).isEqualTo(ProcessOutcome.CONTINUE);
        assertThat(t.progress().currentField()).isEqualTo("registeredCapital");
        assertThat(t.replies().get(0).text()).contains("couldn't read \"a lot of money\" as an amount");
        assertThat(t.replies().get(1).text()).contains("How much registered capital");
        assertThat(t.progress().attempts()).isEqualTo(1);
    }

    @Test
    void answer_invalidThreeTimes_offersStaff() {
        ProcessDefinition d = def("deregistration");
        ProcessTurn t = press(d, runner.start(d, FACTS, Lang.EN), ProcessRunner.CHANGE, Lang.EN);
        for (int i = 0; i < 3; i++) {
            t = say(d, t, "x", Lang.EN);
        }
        assertThat(actions(t)).contains(ProcessRunner.HANDOFF);
    }

    @Test
    void answer_invalidUscc_namesCheckCharacter() {
        ProcessDefinition d = def("pay-taxes");
        ProcessTurn t = say(d, runner.start(d, Map.of(), Lang.ZH), "91350100M000100Y4Y", Lang.ZH);
        assertThat(t.replies().get(0).text()).isEqualTo("校验位应为3，而不是Y，请核对代码。");
        assertThat(t.progress().currentField()).isEqualTo("uscc");
    }

    @Test
    void privacy_beforeFirstPersonalField_noticeThenConsentInPayload() {
        ProcessDefinition d = def("book-agent");
        ProcessTurn t = runner.start(d, Map.of(), Lang.EN);
        t = press(d, t, "answer:other", Lang.EN);
        t = press(d, t, ProcessRunner.SKIP, Lang.EN);
        t = press(d, t, "answer:at-hall", Lang.EN);
        t = say(d, t, "next Monday", Lang.EN);
        t = say(d, t, "afternoon", Lang.EN);
        assertThat(t.progress().stage()).isEqualTo(Stage.PRIVACY);
        assertThat(text(t))
                .contains(
                        "contact person",
                        "contact phone",
                        "Park Government Service Center",
                        "1 year after the visit",
                        "Do you agree?");
        assertThat(actions(t)).contains(ProcessRunner.PRIVACY_ACCEPT);
        ProcessTurn declined = press(d, t, ProcessRunner.PRIVACY_DECLINE, Lang.EN);
        assertThat(declined.progress().stage()).isEqualTo(Stage.PRIVACY);
        assertThat(actions(declined)).contains(ProcessRunner.HANDOFF, ProcessRunner.CANCEL);
        t = press(d, declined, ProcessRunner.PRIVACY_ACCEPT, Lang.EN);
        assertThat(t.progress().privacyConsent()).isEqualTo(new PrivacyConsent("2026-11-27T02:00:00Z", "2026-01"));
        assertThat(t.progress().currentField()).isEqualTo("contactName");
        t = say(d, t, "Li Na", Lang.EN);
        t = say(d, t, "13807310000", Lang.EN);
        assertThat(t.progress().stage()).isEqualTo(Stage.REVIEW);
        t = press(d, t, ProcessRunner.CONFIRM, Lang.EN);
        assertThat(t.payload().privacyConsent().noticeVersion()).isEqualTo("2026-01");
        assertThat(t.payload().answers()).doesNotContainKeys("address", "topicDetail");
    }

    @Test
    void privacy_questionInsteadOfConsent_notAnAnswer() {
        ProcessDefinition d = def("deregistration");
        ProcessTurn t = runner.start(d, FACTS, Lang.ZH);
        t = press(d, t, ProcessRunner.KEEP, Lang.ZH);
        t = press(d, t, ProcessRunner.KEEP, Lang.ZH);
        t = press(d, t, "answer:general", Lang.ZH);
        t = press(d, t, "answer:resolution", Lang.ZH);
        assertThat(t.progress().stage()).isEqualTo(Stage.PRIVACY);
        assertThat(text(t)).contains("清算组负责人", "市场监督管理局", "办结后保存3年");
        assertThat(act(d, t, "为什么需要我的电话？", Lang.ZH)).isInstanceOf(Act.Question.class);
    }

    @Test
    void correction_english_changesEarlierAnswerAndKeepsCurrentQuestion() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, startBusinessAtCapital(Lang.EN), "500万", Lang.EN);
        assertThat(t.progress().currentField()).isEqualTo("businessScope");
        t = say(d, t, "change the registered capital to 300万", Lang.EN);
        assertThat(t.progress().answers().get("registeredCapital").value()).isEqualTo("3000000");
        assertThat(t.replies().get(0).text()).isEqualTo("Changed the registered capital to ¥3,000,000.");
        assertThat(t.progress().currentField()).isEqualTo("businessScope");
    }

    @Test
    void correction_chinese_changesEarlierAnswer() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, startBusinessAtCapital(Lang.ZH), "500万", Lang.ZH);
        t = say(d, t, "把注册资本改成300万", Lang.ZH);
        assertThat(t.progress().answers().get("registeredCapital").value()).isEqualTo("3000000");
        assertThat(t.replies().get(0).text()).isEqualTo("已将注册资本改为300万元。");
        t = say(d, t, "注册资金改为一千万", Lang.ZH);
        assertThat(t.progress().answers().get("registeredCapital").value()).isEqualTo("10000000");
    }

    @Test
    void correction_invalidValue_keepsOldAnswer() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, startBusinessAtCapital(Lang.EN), "500万", Lang.EN);
        t = say(d, t, "change the registered capital to lots", Lang.EN);
        assertThat(t.progress().answers().get("registeredCapital").value()).isEqualTo("5000000");
        assertThat(t.replies().get(0).text()).contains("couldn't read").contains("Nothing was changed");
    }

    @Test
    void correction_conditionTurnsFalse_dependentAnswerLeavesPayload() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, startBusinessAtCapital(Lang.EN), "500万", Lang.EN);
        t = say(d, t, "software", Lang.EN);
        t = say(d, t, "88 Lugu Avenue, Changsha", Lang.EN);
        t = say(d, t, "yes", Lang.EN);
        t = say(d, t, "Singapore", Lang.EN);
        assertThat(t.progress().stage()).isEqualTo(Stage.PRIVACY);
        t = say(d, t, "change foreign-invested enterprise to no", Lang.EN);
        assertThat(t.progress().answers().get("foreignInvested").value()).isEqualTo("false");
        assertThat(ProcessRunner.isVisible(d, "foreignInvestorCountry", t.progress()))
                .isFalse();
    }

    @Test
    void back_returnsToPreviousQuestionWithCurrentAnswer() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, startBusinessAtCapital(Lang.ZH), "返回上一步", Lang.ZH);
        assertThat(t.progress().currentField()).isEqualTo("companyType");
        assertThat(text(t)).contains("当前回答：有限责任公司");
        t = say(d, t, "合伙企业", Lang.ZH);
        assertThat(t.progress().currentField()).isEqualTo("registeredCapital");
        assertThat(t.progress().answers().get("companyType").value()).isEqualTo("partnership");
        ProcessTurn first = runner.start(d, Map.of(), Lang.EN);
        assertThat(text(say(d, first, "go back", Lang.EN))).contains("This is the first question.");
    }

    @Test
    void skip_optionalSkipped_requiredRefused() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, startBusinessAtCapital(Lang.EN), "skip", Lang.EN);
        assertThat(t.progress().currentField()).isEqualTo("registeredCapital");
        assertThat(t.replies().get(0).text()).contains("required").contains("can't be skipped");
        ProcessDefinition b = def("book-agent");
        ProcessTurn u = press(b, runner.start(b, Map.of(), Lang.ZH), "answer:policy", Lang.ZH);
        assertThat(actions(u)).contains(ProcessRunner.SKIP);
        u = say(b, u, "跳过", Lang.ZH);
        assertThat(u.progress().skipped()).containsExactly("topicDetail");
        assertThat(u.progress().currentField()).isEqualTo("serviceMode");
    }

    @Test
    void cancel_needsConfirmation_thenCancelledOrResumed() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, startBusinessAtCapital(Lang.ZH), "取消", Lang.ZH);
        assertThat(t.progress().stage()).isEqualTo(Stage.CONFIRM_CANCEL);
        assertThat(actions(t)).containsExactly(ProcessRunner.CANCEL_CONFIRM, ProcessRunner.CANCEL_ABORT);
        ProcessTurn resumed = press(d, t, ProcessRunner.CANCEL_ABORT, Lang.ZH);
        assertThat(resumed.progress().stage()).isEqualTo(Stage.ASK);
        assertThat(resumed.progress().currentField()).isEqualTo("registeredCapital");
        ProcessTurn cancelled = say(d, t, "是的", Lang.ZH);
        assertThat(cancelled.outcome()).isEqualTo(ProcessOutcome.CANCELLED);
        assertThat(cancelled.progress()).isNull();
        assertThat(cancelled.payload()).isNull();
    }

    @Test
    void question_duringProcess_notAnAnswerThenRepeat() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = startBusinessAtCapital(Lang.EN);
        assertThat(act(d, t, "what is the minimum registered capital?", Lang.EN))
                .isInstanceOf(Act.Question.class);
        assertThat(runner.repeatQuestion(d, t.progress(), Lang.EN).get(0).text())
                .contains("How much registered capital");
        assertThat(act(d, startBusinessAtCapital(Lang.ZH), "注册资本最低要多少？", Lang.ZH))
                .isInstanceOf(Act.Question.class);
    }

    @Test
    void answer_companyNameWithQuestionWordInside_acceptedNotAQuestion() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, runner.start(d, Map.of(), Lang.ZH), "什么值得买科技有限公司", Lang.ZH);
        assertThat(t.outcome()).isEqualTo(ProcessOutcome.CONTINUE);
        assertThat(t.progress().answers().get("companyName").value()).isEqualTo("什么值得买科技有限公司");
        assertThat(act(d, runner.start(d, Map.of(), Lang.ZH), "名称有什么要求？", Lang.ZH))
                .isInstanceOf(Act.Question.class);
        assertThat(act(d, runner.start(d, Map.of(), Lang.ZH), "请问名称有什么要求", Lang.ZH))
                .isInstanceOf(Act.Question.class);
    }

    @Test
    void handoff_requested_progressKept() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = startBusinessAtCapital(Lang.ZH);
        ProcessTurn h = say(d, t, "转人工", Lang.ZH);
        assertThat(h.outcome()).isEqualTo(ProcessOutcome.HANDOFF_REQUESTED);
        assertThat(h.progress()).isEqualTo(t.progress());
    }

    @Test
    void file_wrongTypeThenPdf_accepted() {
        ProcessDefinition d = def("acceptance-check");
        ProcessTurn t = runner.start(d, FACTS, Lang.EN);
        t = press(d, t, ProcessRunner.KEEP, Lang.EN);
        t = say(d, t, "Phase 1", Lang.EN);
        t = say(d, t, "430100202601150101", Lang.EN);
        t = say(d, t, "2026-11-20", Lang.EN);
        t = say(d, t, "no", Lang.EN);
        assertThat(t.progress().currentField()).isEqualTo("completionReport");
        ProcessTurn bad =
                forms.handle(d, t.progress(), ProcessInput.file(new FileRef("f1", "report.docx", "", 100)), Lang.EN);
        assertThat(bad.replies().get(0).text()).isEqualTo("\"report.docx\" is a .docx file; please upload PDF.");
        assertThat(text(say(d, t, "I'll send it later", Lang.EN))).contains("upload");
        ProcessTurn ok = forms.handle(
                d, t.progress(), ProcessInput.file(new FileRef("f2", "report.pdf", "application/pdf", 100)), Lang.EN);
        assertThat(ok.progress().answers().get("completionReport").file())
                .isEqualTo(new FileRef("f2", "report.pdf", "application/pdf", 100));
    }

    @Test
    void review_summaryChecklistAndExpectedDate_thenPayloadTyped() {
        ProcessDefinition d = def("deregistration");
        ProcessTurn t = runner.start(d, FACTS, Lang.EN);
        t = press(d, t, ProcessRunner.KEEP, Lang.EN);
        t = press(d, t, ProcessRunner.KEEP, Lang.EN);
        t = say(d, t, "simplified", Lang.EN);
        t = say(d, t, "other", Lang.EN);
        t = say(d, t, "yes", Lang.EN);
        t = say(d, t, "agree", Lang.EN);
        t = say(d, t, "Li Na", Lang.EN);
        t = say(d, t, "13807310000", Lang.EN);
        assertThat(t.progress().stage()).isEqualTo(Stage.REVIEW);
        assertThat(text(t))
                .contains(
                        "• company name: 湖南星辰科技有限公司",
                        "• contact phone: 138 0731 0000",
                        "☐ Commitment letter of all investors",
                        "5–10 working days",
                        "due by 2026-12-11",
                        "Submit it now?")
                .doesNotContain("Liquidation report");
        assertThat(runner.view(d, t.progress(), Lang.EN).field()).isNull();
        ProcessTurn edit = press(d, t, ProcessRunner.EDIT, Lang.EN);
        assertThat(actions(edit)).contains("process:edit:contactPhone");
        ProcessTurn reask = press(d, t, "process:edit:contactPhone", Lang.EN);
        assertThat(reask.progress().currentField()).isEqualTo("contactPhone");
        ProcessTurn done = say(d, t, "confirm", Lang.EN);
        assertThat(done.outcome()).isEqualTo(ProcessOutcome.COMPLETED);
        IntakePayload p = done.payload();
        assertThat(p.answers())
                .containsEntry("taxesSettled", true)
                .containsEntry("route", "simplified")
                .containsEntry("contactPhone", "13807310000");
        assertThat(p.documents())
                .extracting(IntakePayload.DocumentItem::id)
                .containsExactly("application", "resolution", "commitment", "licence");
        assertThat(p.expectedBy()).isEqualTo("2026-12-11");
        assertThat(p.answers().keySet())
                .containsExactly(
                        "companyName", "uscc", "route", "reason", "taxesSettled", "contactName", "contactPhone");
        assertThat(p.minWorkingDays()).isEqualTo(5);
        assertThat(p.maxWorkingDays()).isEqualTo(10);
    }

    @Test
    void view_matchesApiStateShape() throws Exception {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = startBusinessAtCapital(Lang.EN);
        ProcessView v = runner.view(d, t.progress(), Lang.EN);
        assertThat(v.step()).isEqualTo(3);
        assertThat(v.steps()).isEqualTo(12);
        String json = new ObjectMapper().writeValueAsString(v);
        assertThat(json)
                .isEqualTo(
                        "{\"id\":\"start-business\",\"title\":\"Start a business\",\"step\":3,\"steps\":12,"
                                + "\"asking\":\"field\",\"field\":{\"name\":\"registeredCapital\",\"type\":\"money\",\"label\":\"registered capital\",\"required\":true}}");
        ProcessTurn type = say(d, t, "back", Lang.ZH);
        ProcessView enumView = runner.view(d, type.progress(), Lang.ZH);
        assertThat(enumView.field().options())
                .extracting(ProcessView.OptionView::value)
                .containsExactly("llc", "joint-stock", "sole", "partnership");
        assertThat(enumView.field().options().get(0).label()).isEqualTo("有限责任公司");
    }

    @Test
    void progress_roundTripsThroughPlainObjectMapper() throws Exception {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = say(d, startBusinessAtCapital(Lang.EN), "500万", Lang.EN);
        t = say(d, t, "cancel", Lang.EN);
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(t.progress());
        ProcessProgress back = mapper.readValue(json, ProcessProgress.class);
        assertThat(back).isEqualTo(t.progress());
        ProcessTurn resumed = forms.handle(d, back, ProcessInput.action(ProcessRunner.CANCEL_ABORT), Lang.EN);
        assertThat(resumed.progress().currentField()).isEqualTo("businessScope");
    }

    @Test
    void payload_serialisesWithPlainObjectMapper() throws Exception {
        ProcessDefinition d = def("book-agent");
        ProcessTurn t = runner.start(d, Map.of(), Lang.EN);
        for (String s : new String[] {
            "taxes",
            "skip",
            "visit",
            "next Monday",
            "morning",
            "agree",
            "Room 1, 88 Lugu Avenue",
            "Li Na",
            "13807310000"
        }) {
            t = say(d, t, s, Lang.EN);
        }
        assertThat(text(t)).contains("Submit it now?");
        assertThat(say(d, t, "tomorrow", Lang.EN).progress().stage()).isEqualTo(Stage.REVIEW);
        ProcessTurn done = press(d, t, ProcessRunner.CONFIRM, Lang.EN);
        String json = new ObjectMapper().writeValueAsString(done.payload());
        assertThat(json)
                .contains(
                        "\"preferredDate\":\"2026-11-30\"",
                        "\"processId\":\"book-agent\"",
                        "\"schemaVersion\":1",
                        "\"privacyConsent\":{\"acceptedAt\":\"2026-11-27T02:00:00Z\",\"noticeVersion\":\"2026-01\"}");
    }

    @Test
    void date_workingDayRule_usesOfficialCalendar() {
        ProcessDefinition d = def("book-agent");
        ProcessTurn t = runner.start(d, Map.of(), Lang.EN);
        t = say(d, t, "taxes", Lang.EN);
        t = say(d, t, "skip", Lang.EN);
        t = say(d, t, "hall", Lang.EN);
        ProcessTurn weekend = say(d, t, "tomorrow", Lang.EN);
        assertThat(weekend.replies().get(0).text()).contains("2026-11-28 (Saturday) is not a working day");
    }

    @Test
    void handle_unknownActionOrEmptyText_neverThrows() {
        ProcessDefinition d = def("start-business");
        ProcessTurn t = startBusinessAtCapital(Lang.EN);
        assertThat(press(d, t, "process:bogus", Lang.EN).replies().get(0).text())
                .contains("no longer valid");
        assertThat(say(d, t, "   ", Lang.EN).outcome()).isEqualTo(ProcessOutcome.CONTINUE);
        assertThat(press(d, t, "answer:", Lang.EN).outcome()).isEqualTo(ProcessOutcome.CONTINUE);
        assertThat(press(d, t, "process:edit:nonexistent", Lang.EN).outcome()).isEqualTo(ProcessOutcome.CONTINUE);
        assertThat(press(d, t, ProcessRunner.CONFIRM, Lang.EN).progress().stage())
                .isEqualTo(Stage.ASK);
    }
}
