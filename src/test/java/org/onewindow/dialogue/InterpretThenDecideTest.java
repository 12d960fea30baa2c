package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.channel.core.StubKnowledge;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.policy.EligibilityDialogue;
import org.onewindow.policy.IncentiveCatalogHolder;
import org.onewindow.process.ProcessCatalogHolder;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Mode;
import org.onewindow.understanding.Act;
import org.onewindow.understanding.Interpretation;

final class InterpretThenDecideTest {

    private final Dialogue dialogue = shippedDialogue();

    private static Dialogue shippedDialogue() {
        try {
            WorkingDayCalendar calendar = WorkingDayCalendar.load(Path.of("knowledge-base/calendar"));
            IncentiveCatalogHolder incentives = IncentiveCatalogHolder.load(Path.of("knowledge-base/incentives"));
            return new Dialogue(ProcessCatalogHolder.load(Path.of("knowledge-base/processes"))::current,
                    new ProcessRunner(calendar, Clock.systemUTC()),
                    new OfficeHours(calendar, OfficeHours.parse("09:00-12:00,13:30-17:30")), Clock.systemUTC(),
                    new EligibilityDialogue(incentives::current, Clock.systemUTC()));
        } catch (Exception e) {
            throw new IllegalStateException("the shipped configuration folders must load", e);
        }
    }

    private static DialogueTurn turn(InboundMessage message) {
        return new DialogueTurn(DialogueState.initial(Lang.EN), message, Map.of(), Map.of());
    }

    @Test
    void interpret_question_asksForALookupInItsLanguage() {
        Interpretation reading = dialogue.interpret(turn(InboundMessage.text("注销要多久？")));

        assertThat(reading.question()).isEqualTo(new Act.Question("注销要多久？", Lang.ZH));
        assertThat(reading.lang()).isEqualTo(Lang.ZH);
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
}
