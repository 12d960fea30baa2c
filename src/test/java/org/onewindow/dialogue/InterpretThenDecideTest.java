package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.channel.core.StubKnowledge;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.embed.BgeEmbedder;
import org.onewindow.policy.EligibilityDialogue;
import org.onewindow.policy.IncentiveCatalogHolder;
import org.onewindow.process.ProcessCatalogHolder;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Mode;
import org.onewindow.testing.ShippedDepartments;
import org.onewindow.understanding.Act;
import org.onewindow.understanding.Interpretation;

final class InterpretThenDecideTest {

    private final Dialogue dialogue = shippedDialogue();

    private static Dialogue shippedDialogue() {
        try {
            WorkingDayCalendar calendar = WorkingDayCalendar.load(Path.of("knowledge-base/calendar"));
            IncentiveCatalogHolder incentives = IncentiveCatalogHolder.load(Path.of("knowledge-base/incentives"));
            return new Dialogue(
                    ProcessCatalogHolder.load(Path.of("knowledge-base/processes"), ShippedDepartments.FILE)::current,
                    ShippedDepartments::registry,
                    new ProcessRunner(calendar, ShippedDepartments::registry, Clock.systemUTC()),
                    new OfficeHours(calendar, OfficeHours.parse("09:00-12:00,13:30-17:30")),
                    Clock.systemUTC(),
                    new EligibilityDialogue(incentives::current, Clock.systemUTC()),
                    BgeEmbedder.shared());
        } catch (Exception e) {
            throw new IllegalStateException("the shipped configuration folders must load", e);
        }
    }

    private static DialogueTurn turn(InboundMessage message) {
        return new DialogueTurn(DialogueState.initial(Lang.EN), message, Map.of(), Map.of());
    }

    @Test
    void interpret_questionAboutAProcess_asksForALookupInItsLanguage_naming_theProcess() {
        Interpretation reading = dialogue.interpret(turn(InboundMessage.text("注销要多久？")));

        assertThat(reading.question()).isEqualTo(new Act.Question("注销要多久？", Lang.ZH, "deregistration"));
        assertThat(reading.lang()).isEqualTo(Lang.ZH);
    }

    @Test
    void interpret_askingWhichIncentivesAnotherRegionGives_isAQuestionAboutThatRegion_notTheParksCheck() {
        assertThat(dialogue.interpret(turn(InboundMessage.text("what subsidies can we get?")))
                        .act())
                .isInstanceOf(Act.StartEligibility.class);
        assertThat(dialogue.interpret(turn(InboundMessage.text("what subsidies does Shanghai give to new startups?")))
                        .act())
                .isInstanceOf(Act.Elsewhere.class);
    }

    @Test
    void interpret_ratingButton_isARating_andAMalformedOneAStaleButton() {
        assertThat(dialogue.interpret(turn(InboundMessage.action("rating:h-1:3")))
                        .act())
                .isEqualTo(new Act.Rate("h-1", 3));
        assertThat(dialogue.interpret(turn(InboundMessage.action("rating:h-1:9")))
                        .act())
                .isInstanceOf(Act.StaleButton.class);
        assertThat(dialogue.interpret(turn(InboundMessage.action("rating:3"))).act())
                .isInstanceOf(Act.StaleButton.class);
    }

    @Test
    void decide_rating_thanksAndCarriesTheRatingToBeStored() {
        DialogueTurn turn = turn(InboundMessage.action("rating:h-1:1"));

        Decision decision = dialogue.decide(turn, dialogue.interpret(turn), null);

        assertThat(decision.rating()).isEqualTo(new Decision.HandoffRating("h-1", 1));
        assertThat(decision.replies())
                .extracting(r -> r.text())
                .containsExactly("Thank you for your rating; it helps the park improve its service.");
    }

    @Test
    void decide_question_repliesWithTheAnswerHandedIn() {
        DialogueTurn turn = turn(InboundMessage.text("when is the rent for the workshop due?"));
        Interpretation reading = dialogue.interpret(turn);
        KnowledgeAnswer answer = new StubKnowledge().answer("when is the rent for the workshop due?", Lang.EN, null);

        Decision decision = dialogue.decide(turn, reading, answer);

        assertThat(decision.replies()).extracting(r -> r.text()).containsExactly(answer.text());
        assertThat(decision.answer().question()).isEqualTo("when is the rent for the workshop due?");
    }

    @Test
    void decide_questionWithoutItsAnswer_isRefused() {
        DialogueTurn turn = turn(InboundMessage.text("when is the rent for the workshop due?"));

        assertThatThrownBy(() -> dialogue.decide(turn, dialogue.interpret(turn), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void processStart_isDecidedWithNothingLookedUp() {
        DialogueTurn turn = turn(InboundMessage.action("process:start:deregistration"));
        Interpretation reading = dialogue.interpret(turn);

        Decision started = dialogue.decide(turn, reading, null);

        assertThat(reading.act()).isEqualTo(new Act.StartProcess("deregistration"));
        assertThat(started.state().mode()).isEqualTo(Mode.PROCESS);
    }

    @Test
    void decide_feeTheKnowledgeBaseDoesNotState_namesTheDepartmentToAskByItsName() {
        DialogueTurn turn = turn(InboundMessage.text("注销备案要交多少钱"));
        KnowledgeAnswer unstated = new KnowledgeAnswer(
                KnowledgeAnswer.Kind.UNKNOWN,
                "园区知识库里没有“企业注销一件事”的收费标准。",
                java.util.List.of(),
                java.util.List.of(),
                null,
                java.util.List.of(),
                0.6,
                new KnowledgeAnswer.Unstated("fee", "企业注销一件事", "market-regulation"));

        Decision decision = dialogue.decide(turn, dialogue.interpret(turn), unstated);

        assertThat(decision.replies().get(0).text()).contains("企业注销一件事", "收费标准", "市场监督管理局");
    }

    @Test
    void departmentName_isTheRegistrysName_andTheStaffQueueItsCatalogueText() {
        // The registry's name, not the one start-business.yaml used to carry ("… (seal engraving)").
        assertThat(dialogue.departmentName("public-security", Lang.EN)).isEqualTo("Public Security Bureau");
        assertThat(dialogue.departmentName("public-security", Lang.ZH)).isEqualTo("公安局");
        // A department no process lists is named too.
        assertThat(dialogue.departmentName("ecology-environment", Lang.EN)).isEqualTo("Ecology and Environment Bureau");
        assertThat(dialogue.departmentName(Dialogue.GENERAL_DEPARTMENT, Lang.EN))
                .isEqualTo("the park's general service desk");
        assertThat(dialogue.departmentName("customs", Lang.EN)).isEqualTo("customs");
    }

    @Test
    void decide_unstatedFactOfAnUnnamedDepartment_keepsTheKnowledgeBasesPlainDecline() {
        DialogueTurn turn = turn(InboundMessage.text("how much is the filing fee"));
        KnowledgeAnswer unstated = new KnowledgeAnswer(
                KnowledgeAnswer.Kind.UNKNOWN,
                "I don't have the fee of \"X\".",
                java.util.List.of(),
                java.util.List.of(),
                null,
                java.util.List.of(),
                0.6,
                new KnowledgeAnswer.Unstated("fee", "X", "no-such-department"));

        Decision decision = dialogue.decide(turn, dialogue.interpret(turn), unstated);

        assertThat(decision.replies().get(0).text()).isEqualTo("I don't have the fee of \"X\".");
    }

    /** One turn: interpret, look up with the stub when it asks something, decide. */
    private Decision say(DialogueState state, String text) {
        DialogueTurn turn = new DialogueTurn(state, InboundMessage.text(text), Map.of(), Map.of());
        Interpretation reading = dialogue.interpret(turn);
        KnowledgeAnswer answer = reading.question() == null
                ? null
                : UNKNOWN.answer(reading.question().text(), reading.question().lang(), null);
        return dialogue.decide(turn, reading, answer);
    }

    /** A knowledge base that knows nothing. */
    private static final StubKnowledge UNKNOWN = new StubKnowledge() {
        @Override
        public KnowledgeAnswer answer(String question, Lang lang, org.onewindow.knowledge.LastAnswer last) {
            return new KnowledgeAnswer(
                    KnowledgeAnswer.Kind.UNKNOWN,
                    lang == Lang.ZH ? "抱歉，我不知道。" : "Sorry, I don't know.",
                    java.util.List.of(),
                    java.util.List.of(),
                    null,
                    java.util.List.of(),
                    0);
        }
    };

    private DialogueState inStartBusiness(Lang lang) {
        DialogueTurn turn = new DialogueTurn(
                DialogueState.initial(lang), InboundMessage.action("process:start:start-business"), Map.of(), Map.of());
        return dialogue.decide(turn, dialogue.interpret(turn), null).state();
    }

    @Test
    void sideQuestionsUnansweredTwice_insideAForm_announceNoQueueAndCallNobody() {
        DialogueState state = inStartBusiness(Lang.EN);
        Decision first = say(state, "what is the fee for the seal?");
        Decision second = say(first.state(), "and how long is the seal valid?");

        assertThat(second.handoff()).isNull();
        assertThat(second.replies()).noneMatch(r -> r.type() == org.onewindow.shared.MessageType.NOTICE);
        assertThat(second.state().mode()).isEqualTo(Mode.PROCESS);
        assertThat(second.replies().get(second.replies().size() - 1).text()).contains("What name");
    }

    @Test
    void chineseValue_inAnEnglishForm_keepsTheFormInEnglish() {
        Decision named = say(inStartBusiness(Lang.EN), "湖南星辰科技有限公司");

        assertThat(named.state().locale()).isEqualTo(Lang.EN);
        assertThat(named.replies().get(named.replies().size() - 1).text()).contains("What type of enterprise");
    }

    @Test
    void questionInTheOtherLanguage_isAnsweredInIt_andTheFormGoesOnInItsOwn() {
        Decision asked = say(inStartBusiness(Lang.EN), "名称有什么要求？");

        assertThat(asked.replies().get(0).text()).isEqualTo("抱歉，我不知道。");
        assertThat(asked.state().locale()).isEqualTo(Lang.EN);
        assertThat(asked.replies().get(asked.replies().size() - 1).text()).contains("What name");
    }

    @Test
    void switchLanguage_insideAForm_asksTheSameStepInTheOtherLanguage() {
        Decision switched = say(inStartBusiness(Lang.EN), "can we continue in Chinese?");

        assertThat(switched.state().locale()).isEqualTo(Lang.ZH);
        assertThat(switched.replies().get(switched.replies().size() - 1).text()).contains("企业名称");
    }

    @Test
    void askingForTheOtherLanguageInEverydayWords_afterAnAnswer_looksTheQuestionUpAgainInIt() {
        DialogueState inChinese = DialogueState.initial(Lang.ZH).answered("faq/policies.yaml policies", "一件事一次办有哪些事项");
        DialogueState inEnglish =
                DialogueState.initial(Lang.EN).answered("faq/policies.yaml policies", "What are the 20 measures?");

        Interpretation english =
                dialogue.interpret(new DialogueTurn(inChinese, InboundMessage.text("英文咋说"), Map.of(), Map.of()));
        Interpretation chinese = dialogue.interpret(
                new DialogueTurn(inEnglish, InboundMessage.text("and in Chinese?"), Map.of(), Map.of()));

        assertThat(english.question().again()).isTrue();
        assertThat(english.lang()).isEqualTo(Lang.EN);
        assertThat(chinese.question().again()).isTrue();
        assertThat(chinese.lang()).isEqualTo(Lang.ZH);
    }

    @Test
    void askingForTheOtherLanguage_afterAnAnswer_looksTheSameQuestionUpInIt() {
        DialogueState answered =
                DialogueState.initial(Lang.ZH).answered("faq/deregistration.yaml deregistration", "注销要几个工作日");
        Interpretation reading =
                dialogue.interpret(new DialogueTurn(answered, InboundMessage.text("用英文说一遍"), Map.of(), Map.of()));

        assertThat(reading.lang()).isEqualTo(Lang.EN);
        assertThat(reading.question().again()).isTrue();
        assertThat(reading.question().about()).isEqualTo("deregistration");
        assertThat(reading.question().text()).isEqualTo("注销要几个工作日");
    }

    @Test
    void askingForTheOtherLanguage_withNothingAnswered_switchesAndSaysSo() {
        DialogueTurn turn = new DialogueTurn(
                DialogueState.initial(Lang.EN), InboundMessage.text("can we speak Chinese?"), Map.of(), Map.of());
        Decision decision = dialogue.decide(turn, dialogue.interpret(turn), null);

        assertThat(decision.state().locale()).isEqualTo(Lang.ZH);
        assertThat(decision.replies().get(0).text()).contains("中文");
    }

    private static KnowledgeAnswer found(String text) {
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.ANSWER,
                text,
                java.util.List.of(),
                java.util.List.of(),
                null,
                java.util.List.of(),
                0.8,
                null);
    }

    @Test
    void questionAboutAnotherRegion_isDeclinedWithWhatIsCovered_notAnsweredWithHunansRule() {
        DialogueTurn turn =
                new DialogueTurn(DialogueState.initial(Lang.ZH), InboundMessage.text("深圳注销公司要几天"), Map.of(), Map.of());
        Interpretation reading = dialogue.interpret(turn);

        Decision decision = dialogue.decide(turn, reading, found("按湖南的措施，企业注销5至10个工作日办结。"));

        assertThat(decision.replies().get(0).text()).contains("湖南", "深圳");
        assertThat(decision.answer().outcome()).isEqualTo("unknown");
    }

    @Test
    void questionAboutAnotherRegion_whoseExampleTheKnowledgeBaseHolds_isAnsweredFromIt() {
        DialogueTurn turn = new DialogueTurn(
                DialogueState.initial(Lang.ZH), InboundMessage.text("山西的标准地交地时能同时发证吗"), Map.of(), Map.of());
        Interpretation reading = dialogue.interpret(turn);

        Decision decision = dialogue.decide(turn, reading, found("外地（山西、珠海）通过标准地实现拿地即开工，交地时同步发证。本园区是否这样做未经核实。"));

        assertThat(reading.question()).isNotNull();
        assertThat(decision.replies().get(0).text()).contains("山西", "同步发证");
        assertThat(decision.answer().outcome()).isEqualTo("answer");
    }
}
