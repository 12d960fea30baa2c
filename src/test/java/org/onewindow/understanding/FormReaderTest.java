package org.onewindow.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.LocalizedText;
import org.onewindow.form.ValidationContext;
import org.onewindow.process.Answer;
import org.onewindow.process.PrivacyConsent;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.ProcessProgress;
import org.onewindow.process.Stage;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;

/** What a message does at a step of a form: the act it is read as. */
final class FormReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), WorkingDayCalendar.ZONE);
    private static ProcessCatalog catalog;
    private static FormReader reader;

    @BeforeAll
    static void load() throws Exception {
        catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        WorkingDayCalendar calendar = WorkingDayCalendar.load(Path.of("knowledge-base/calendar"));
        reader = new FormReader(new ValidationContext(CLOCK, WorkingDayCalendar.ZONE, calendar::isWorkingDay));
    }

    /** Start a business, asking {@code field}, with these earlier answers (canonical values). */
    private static Act at(String field, Map<String, String> answered, String text, Lang lang) {
        ProcessDefinition def = catalog.byId("start-business").orElseThrow();
        Map<String, Answer> answers = new HashMap<>();
        answered.forEach((name, value) -> answers.put(name, new Answer(value, LocalizedText.same(value), null)));
        Stage stage = field == null ? Stage.REVIEW : Stage.ASK;
        ProcessProgress p = new ProcessProgress(
                def.id(),
                1,
                stage,
                field,
                answers,
                List.of(),
                Map.of(),
                new PrivacyConsent(CLOCK.instant().toString(), "2026-01"),
                null,
                0);
        return reader.read(def, p, InboundMessage.text(text), lang);
    }

    private static final Map<String, String> UP_TO_SCOPE =
            Map.of("companyName", "湖南星辰科技有限公司", "companyType", "llc", "registeredCapital", "5000000");

    @Test
    void correctionInWords_atALaterStep_changesTheNamedAnswerOnly() {
        Act act = at("legalRepName", UP_TO_SCOPE, "actually the capital is 800万", Lang.EN);

        assertThat(act).isInstanceOf(Act.Corrections.class);
        assertThat(((Act.Corrections) act).values())
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("registeredCapital"))
                .satisfies(v -> assertThat(v.result().value()).isEqualTo(new BigDecimal("8000000")));
    }

    private static final Map<String, String> ALL_ANSWERED = Map.of(
            "companyName", "长沙星澜电子科技有限公司",
            "companyType", "llc",
            "registeredCapital", "2000000",
            "businessScope", "软件开发",
            "address", "Unit 1208, Tower B, 77 Xiangjiang Middle Road, Changsha",
            "foreignInvested", "false",
            "legalRepName", "Helen Xu",
            "legalRepId", "430102198809234421",
            "contactPhone", "15116290837");

    private static Map<String, Object> corrected(Act act) {
        assertThat(act).isInstanceOf(Act.Corrections.class);
        Map<String, Object> values = new HashMap<>();
        ((Act.Corrections) act)
                .values()
                .forEach(v -> values.put(v.field(), v.result().value()));
        return values;
    }

    @Test
    void partSaidWithWhatItReplaces_changesOnlyThatPartOfTheAnswer() {
        assertThat(corrected(at(null, ALL_ANSWERED, "the address should say Unit 1209, not 1208", Lang.EN)))
                .containsExactlyEntriesOf(Map.of("address", "Unit 1209, Tower B, 77 Xiangjiang Middle Road, Changsha"));
        assertThat(corrected(at(null, ALL_ANSWERED, "手机号后四位打反了，是0873不是0837", Lang.ZH)))
                .containsExactlyEntriesOf(Map.of("contactPhone", "15116290873"));
        assertThat(corrected(at(null, ALL_ANSWERED, "公司名是长沙星岚电子科技有限公司不是星澜", Lang.ZH)))
                .containsExactlyEntriesOf(Map.of("companyName", "长沙星岚电子科技有限公司"));
    }

    @Test
    void twoPartsSaidWithWhatTheyReplace_inOneMessage_changeBothAnswers() {
        assertThat(corrected(
                        at(null, ALL_ANSWERED, "it's Helen Hsu not Xu, and the number ends in 0873 not 0837", Lang.EN)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("legalRepName", "Helen Hsu", "contactPhone", "15116290873"));
    }

    @Test
    void yesGivenAsACorrection_goingOnToAnswerTheQuestionItOpens_answersBoth() {
        Map<String, String> upToPhone = new HashMap<>(ALL_ANSWERED);
        upToPhone.remove("contactPhone");
        assertThat(corrected(at("contactPhone", upToPhone, "等一下，外资那里我选错了，我们有个股东是新加坡的", Lang.ZH)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("foreignInvested", true, "foreignInvestorCountry", "新加坡"));
    }

    @Test
    void earlierChoiceSaidToBeWrong_withNoOptionNamed_isAChoiceToWeigh() {
        Act act = at("address", UP_TO_SCOPE, "企业类型选错了，我们其实是好几个股东一起出资的", Lang.ZH);

        assertThat(act).isInstanceOf(Act.ChoiceInWords.class);
        assertThat(((Act.ChoiceInWords) act).field()).isEqualTo("companyType");
    }

    @Test
    void earlierChoiceDisowned_andAnotherNamed_isThatCorrection() {
        assertThat(corrected(at(
                        "address",
                        UP_TO_SCOPE,
                        "sorry, not a limited liability company, we are a sole proprietorship",
                        Lang.EN)))
                .containsExactlyEntriesOf(Map.of("companyType", "sole"));
    }

    @Test
    void figureInAnAreaUnit_isNoAmountOfMoney() {
        Act act = at(
                "registeredCapital", Map.of("companyName", "星辰科技", "companyType", "llc"), "45,000 sq meters", Lang.EN);

        assertThat(act).isNotInstanceOf(Act.Answers.class);
    }

    @Test
    void correctionSayingWhatTheValueIsNot_takesTheOtherValue() {
        Act act = at("legalRepName", UP_TO_SCOPE, "注册资本不是500万，是800万，刚才说错了", Lang.ZH);

        assertThat(act).isInstanceOf(Act.Corrections.class);
        assertThat(((Act.Corrections) act).values())
                .singleElement()
                .satisfies(v -> assertThat(v.result().value()).isEqualTo(new BigDecimal("8000000")));
    }

    @Test
    void correctionSayingAnAnswerIsWrong_takesOnlyTheNewValue() {
        Map<String, String> answered = new HashMap<>(UP_TO_SCOPE);
        answered.put("businessScope", "software development");
        answered.put("address", "88 Lugu Avenue, Changsha");

        Act act = at(
                "foreignInvested",
                answered,
                "oh wait, the address is wrong - it's Room 1502, 627 Lugu Avenue, Changsha",
                Lang.EN);

        assertThat(act).isInstanceOf(Act.Corrections.class);
        assertThat(((Act.Corrections) act).values())
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("address"))
                .satisfies(v -> assertThat(v.result().value()).isEqualTo("Room 1502, 627 Lugu Avenue, Changsha"));
    }

    @Test
    void requestPutAsAQuestion_isAnAnswerNotAQuestion() {
        Act act = at(
                "companyType",
                Map.of("companyName", "湖南星辰科技有限公司"),
                "could you guys just handle it as a limited liability company?",
                Lang.EN);

        assertThat(act).isInstanceOf(Act.Answers.class);
        assertThat(((Act.Answers) act).values())
                .extracting(v -> v.result().value())
                .contains("llc");
    }

    @Test
    void yesThatOpensAQuestion_goingOnToAnswerIt_answersBoth() {
        Act act = at("foreignInvested", UP_TO_SCOPE, "yes, one shareholder is based in Canada", Lang.EN);

        assertThat(act).isInstanceOf(Act.Answers.class);
        assertThat(((Act.Answers) act).values())
                .extracting(v -> v.field() + "=" + v.result().value())
                .containsExactly("foreignInvested=true", "foreignInvestorCountry=Canada");
    }

    @Test
    void yesThatOpensAQuestion_goingOnAboutTheYesItself_answersOnlyTheYes() {
        Act act = at("foreignInvested", UP_TO_SCOPE, "yes, we already have foreign investors", Lang.EN);

        assertThat(((Act.Answers) act).values()).extracting(v -> v.field()).containsExactly("foreignInvested");
    }

    @Test
    void yesThatOpensAQuestion_saidAlone_answersOnlyTheYes() {
        Act act = at("foreignInvested", UP_TO_SCOPE, "yes", Lang.EN);

        assertThat(((Act.Answers) act).values()).extracting(v -> v.field()).containsExactly("foreignInvested");
    }

    @Test
    void severalCorrections_inOneChineseSentence_areAllRead() {
        Act act = at(
                null,
                Map.of("companyName", "湖南星辰科技有限公司", "contactPhone", "13812345678"),
                "企业名称应该是湖南星河科技有限公司，联系电话改成13907310000",
                Lang.ZH);

        assertThat(act).isInstanceOf(Act.Corrections.class);
        assertThat(((Act.Corrections) act).values())
                .extracting(v -> v.result().value().toString())
                .containsExactly("湖南星河科技有限公司", "13907310000");
    }

    @Test
    void iMeant_withNoFieldNamed_correctsThePreviousAnswer() {
        Act act = at(
                "legalRepId", Map.of("legalRepName", "Zhang Wei"), "sorry, I meant Zhang Min, not Zhang Wei", Lang.EN);

        assertThat(act).isInstanceOf(Act.Corrections.class);
        assertThat(((Act.Corrections) act).values())
                .singleElement()
                .satisfies(v -> assertThat(v.result().value()).isEqualTo("Zhang Min"));
    }

    @Test
    void questionAboutTheOptions_atAChoiceStep_isAQuestionNotAChoice() {
        assertThat(at("companyType", Map.of(), "有限责任公司和股份有限公司有啥区别？", Lang.ZH)).isInstanceOf(Act.Question.class);
    }

    @Test
    void askingToChangeSomething_politely_isACorrectionNotAQuestion() {
        assertThat(at("address", UP_TO_SCOPE, "could you change the registered capital to 600万?", Lang.EN))
                .isInstanceOf(Act.Corrections.class);
    }

    @Test
    void pauseAndResume_inEitherLanguage_areCommands() {
        assertThat(at("address", UP_TO_SCOPE, "我先去忙，晚点再来", Lang.ZH)).isEqualTo(new Act.Command(CommandKind.PAUSE));
        assertThat(at("address", UP_TO_SCOPE, "Pause", Lang.EN)).isEqualTo(new Act.Command(CommandKind.PAUSE));
        assertThat(at("address", UP_TO_SCOPE, "I'm back, where were we?", Lang.EN))
                .isEqualTo(new Act.Command(CommandKind.RESUME));
    }

    @Test
    void withdrawingGoingBackAndAskingAfterSomethingFiled_inEverydayWords_areCommands() {
        assertThat(at("address", UP_TO_SCOPE, "the board pulled the plug, scrap this application", Lang.EN))
                .isEqualTo(new Act.Command(CommandKind.CANCEL));
        assertThat(at("address", UP_TO_SCOPE, "老板说先不办了，撤了吧", Lang.ZH)).isEqualTo(new Act.Command(CommandKind.CANCEL));
        assertThat(at("address", UP_TO_SCOPE, "上一个我再改改", Lang.ZH)).isEqualTo(new Act.Command(CommandKind.BACK));
        assertThat(at(
                        "address",
                        UP_TO_SCOPE,
                        "we filed a deregistration for our other company on Monday, any news on it?",
                        Lang.EN))
                .isEqualTo(new Act.Command(CommandKind.STATUS));
    }

    @Test
    void sighOrLaughWithARemark_isSmallTalk_evenAtAFreeTextStep() {
        assertThat(at("businessScope", UP_TO_SCOPE, "唉 这个经营范围真难写", Lang.ZH)).isInstanceOf(Act.SmallTalk.class);
        assertThat(at("businessScope", UP_TO_SCOPE, "haha this is way quicker than I expected", Lang.EN))
                .isInstanceOf(Act.SmallTalk.class);
        assertThat(at("legalRepName", UP_TO_SCOPE, "awesome, thanks a ton", Lang.EN))
                .isInstanceOf(Act.SmallTalk.class);
    }

    @Test
    void yesNoQuestionHoldingAFigure_isAQuestionNotTheFigure() {
        assertThat(at("registeredCapital", UP_TO_SCOPE, "is 500万 too much for a small shop?", Lang.EN))
                .isInstanceOf(Act.Question.class);
    }

    @Test
    void partSaidAsTypedWrongly_changesThatPart() {
        assertThat(corrected(at(null, ALL_ANSWERED, "电话末尾是0873，我打成0837了", Lang.ZH)))
                .containsExactlyEntriesOf(Map.of("contactPhone", "15116290873"));
    }

    @Test
    void earlierDateMovedByASpan_isThatDateMoved() {
        ProcessDefinition def = catalog.byId("book-agent").orElseThrow();
        Map<String, Answer> answers = new HashMap<>();
        Map.of("topic", "taxes", "serviceMode", "at-hall", "preferredDate", "2026-12-14", "preferredSlot", "morning")
                .forEach((k, v) -> answers.put(k, new Answer(v, LocalizedText.same(v), null)));
        ProcessProgress p = new ProcessProgress(
                def.id(),
                1,
                Stage.ASK,
                "contactName",
                answers,
                List.of(),
                Map.of(),
                new PrivacyConsent(CLOCK.instant().toString(), "2026-01"),
                null,
                0);

        Act later = reader.read(def, p, InboundMessage.text("can we push the visit back two days?"), Lang.EN);
        Act earlier = reader.read(def, p, InboundMessage.text("往后推一个礼拜吧"), Lang.ZH);

        assertThat(corrected(later))
                .containsExactlyEntriesOf(Map.of("preferredDate", java.time.LocalDate.of(2026, 12, 16)));
        assertThat(corrected(earlier))
                .containsExactlyEntriesOf(Map.of("preferredDate", java.time.LocalDate.of(2026, 12, 21)));
    }

    @Test
    void languageRequest_isASwitchNotAValue() {
        assertThat(at("companyName", Map.of(), "can we do this in Chinese?", Lang.EN))
                .isEqualTo(new Act.SwitchLanguage(Lang.ZH));
        assertThat(at("companyName", Map.of(), "用英文吧", Lang.ZH)).isEqualTo(new Act.SwitchLanguage(Lang.EN));
    }

    @Test
    void smallTalk_isNeitherAValueNorAQuestion() {
        assertThat(at("companyName", Map.of(), "thank you so much!", Lang.EN)).isEqualTo(new Act.SmallTalk());
        assertThat(at("registeredCapital", UP_TO_SCOPE, "好的，稍等一下哈", Lang.ZH)).isEqualTo(new Act.SmallTalk());
    }

    @Test
    void smallTalkWord_thatIsTheAskedChoice_isTheChoice() {
        assertThat(at("foreignInvested", UP_TO_SCOPE, "ok", Lang.EN)).isInstanceOf(Act.Answers.class);
    }

    @Test
    void invalidValueInASentence_isRefusedWithTheTypesReason() {
        Act act = at("contactPhone", UP_TO_SCOPE, "my number is 138123456789", Lang.EN);

        assertThat(act).isInstanceOf(Act.Refused.class);
        assertThat(((Act.Refused) act).result().reason(Lang.EN)).contains("11 digits");
    }

    @Test
    void summary_approvedOrObjectedInPhrases_isYesOrNo() {
        assertThat(at(null, UP_TO_SCOPE, "all looks correct, please submit", Lang.EN))
                .isEqualTo(new Act.Affirm());
        assertThat(at(null, UP_TO_SCOPE, "等等，先别提交", Lang.ZH)).isEqualTo(new Act.Deny());
    }

    @Test
    void whereIsTheApplicationSentEarlier_isTheStatusCommand_notResumingTheForm() {
        assertThat(at("address", UP_TO_SCOPE, "我上次提交的那个申请办到哪一步了", Lang.ZH))
                .isEqualTo(new Act.Command(CommandKind.STATUS));
    }

    @Test
    void noneAndNext_skipsTheStep() {
        assertThat(at("address", UP_TO_SCOPE, "don't have one yet, next", Lang.EN))
                .isEqualTo(new Act.Command(CommandKind.SKIP));
        assertThat(at("address", UP_TO_SCOPE, "没有，直接下一步", Lang.ZH)).isEqualTo(new Act.Command(CommandKind.SKIP));
    }

    @Test
    void statusQuestion_insideAForm_isTheStatusCommand() {
        assertThat(at("address", UP_TO_SCOPE, "has my earlier application been approved yet?", Lang.EN))
                .isEqualTo(new Act.Command(CommandKind.STATUS));
    }

    @Test
    void validatorsStillDecide_aValueTheyRefuseIsNeverStored() {
        assertThat(FieldValidators.validate(
                                "91350100M000100Y4Y",
                                catalog.byId("deregistration")
                                        .orElseThrow()
                                        .field("uscc")
                                        .orElseThrow()
                                        .view(),
                                ValidationContext.of(CLOCK))
                        .isOk())
                .isFalse();
        assertThat(at("companyName", Map.of(), "the name is X", Lang.EN)).isInstanceOf(Act.Refused.class);
    }
}
