package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

final class DecideWithoutSearchingTest {

    /** The stub's answers, with a cache of the questions it was asked, as the real knowledge base keeps. */
    private static final class CachingStub extends StubKnowledge {
        final Set<String> asked = ConcurrentHashMap.newKeySet();

        @Override
        public KnowledgeAnswer answer(String question, Lang lang, String previousTopic) {
            asked.add(question);
            return super.answer(question, lang, previousTopic);
        }

        @Override
        public Optional<KnowledgeAnswer> cachedAnswer(String question, Lang lang, String previousTopic) {
            return asked.contains(question) ? Optional.of(super.answer(question, lang, previousTopic)) : Optional.empty();
        }
    }

    private final CachingStub knowledge = new CachingStub();
    private final Dialogue dialogue = dialogue(knowledge);

    private static Dialogue dialogue(CachingStub knowledge) {
        try {
            return shippedDialogue(knowledge);
        } catch (Exception e) {
            throw new IllegalStateException("the shipped configuration folders must load", e);
        }
    }

    private static Dialogue shippedDialogue(CachingStub knowledge) throws Exception {
        WorkingDayCalendar calendar = WorkingDayCalendar.load(Path.of("knowledge-base/calendar"));
        IncentiveCatalogHolder incentives = IncentiveCatalogHolder.load(Path.of("knowledge-base/incentives"));
        return new Dialogue(ProcessCatalogHolder.load(Path.of("knowledge-base/processes"))::current,
                new ProcessRunner(calendar, Clock.systemUTC()), knowledge,
                new OfficeHours(calendar, OfficeHours.parse("09:00-12:00,13:30-17:30")), Clock.systemUTC(),
                new EligibilityDialogue(incentives::current, Clock.systemUTC()));
    }

    private static DialogueTurn turn(InboundMessage message) {
        return new DialogueTurn(DialogueState.initial(Lang.EN), message, Map.of(), Map.of());
    }

    @Test
    void questionNeverAnswered_needsASearch_andAsksTheKnowledgeBaseNothing() {
        assertThat(dialogue.decideWithoutSearching(turn(InboundMessage.text("when is the rent for the workshop due?")))).isEmpty();
        assertThat(knowledge.asked).isEmpty();
    }

    @Test
    void questionAnsweredBefore_isDecidedWithoutSearching_asTheSearchingDecisionWas() {
        DialogueTurn turn = turn(InboundMessage.text("when is the rent for the workshop due?"));
        Decision searched = dialogue.decide(turn);

        Optional<Decision> cached = dialogue.decideWithoutSearching(turn);

        assertThat(cached).isPresent();
        assertThat(cached.get().replies()).isEqualTo(searched.replies());
        assertThat(cached.get().state()).isEqualTo(searched.state());
    }

    @Test
    void processStart_isDecidedWithoutSearching() {
        Optional<Decision> started = dialogue.decideWithoutSearching(turn(InboundMessage.action("process:start:deregistration")));

        assertThat(started).isPresent();
        assertThat(started.get().state().mode()).isEqualTo(Mode.PROCESS);
        assertThat(knowledge.asked).isEmpty();
    }
}
