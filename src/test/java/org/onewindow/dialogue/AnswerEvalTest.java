package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.knowledge.AnswerPolicy;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.KnowledgeConfig;
import org.onewindow.knowledge.embed.BgeEmbedder;
import org.onewindow.knowledge.runtime.LuceneKnowledgeBase;
import org.onewindow.policy.EligibilityDialogue;
import org.onewindow.policy.IncentiveCatalogHolder;
import org.onewindow.process.ProcessCatalogHolder;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Mode;
import org.onewindow.shared.Reply;
import org.onewindow.testing.EvalSets;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.ShippedDepartments;
import org.onewindow.understanding.Interpretation;

/**
 * The answer-fact evaluation: questions as people type them, each with the fact the answer text
 * must state (a pattern), run through whole turns — interpretation, the shipped knowledge base,
 * the decision — with the earlier turns of a follow-up first. Out-of-scope questions must get the
 * honest decline; a question must be answered, never start a form. {@code answers-dev.yaml} is
 * tuned on; {@code answers-test.yaml} was written before tuning by someone who had not seen the
 * code and is only scored (its misses are not printed). To see the decline threshold's trade-off on
 * the development part, run it with {@code -Danswers.threshold=0.4} (default: the shipped policy's).
 */
@IntegrationTest
final class AnswerEvalTest {

    /**
     * The test part's floors, one question below what this build reaches (en 95/105, zh 94/105, declined
     * 35/36, follow-ups 31/36 on 2026-12-08, ninth session; runs of one build on one machine agree, as the nearest
     * passages are found exactly, but another CPU's floating point moved one item each way between
     * sessions; issue targets: 95% / 95% / 95% / 90%).
     */
    private static final double TEST_FLOOR_EN = 0.895;

    private static final double TEST_FLOOR_ZH = 0.885;
    private static final double TEST_FLOOR_DECLINED = 0.94;
    private static final double TEST_FLOOR_FOLLOW_UPS = 0.83;

    /**
     * The development part's floor, about a point below this build (1205/1318 = 91.4% on 2026-12-08,
     * after two blind batches that scored 76% and 75% when added).
     */
    private static final double DEVELOPMENT_FLOOR = 0.90;

    record Item(
            String id, String lang, String kind, List<String> history, String q, List<String> expect, Boolean decline) {
        boolean declines() {
            return Boolean.TRUE.equals(decline);
        }
    }

    private static Path index;
    private static LuceneKnowledgeBase knowledge;
    private static Dialogue dialogue;

    @BeforeAll
    static void open() throws Exception {
        index = Files.createTempDirectory("answer-eval");
        AnswerPolicy shipped = AnswerPolicy.defaults();
        double threshold =
                Double.parseDouble(System.getProperty("answers.threshold", String.valueOf(shipped.answerThreshold())));
        knowledge = LuceneKnowledgeBase.open(
                new KnowledgeConfig(
                        Path.of("knowledge-base"),
                        index.resolve("index"),
                        2,
                        KnowledgeConfig.DEFAULT_MAX_FILE_BYTES,
                        java.time.Duration.ofSeconds(30),
                        false),
                new AnswerPolicy(
                        threshold,
                        shipped.clarifyScoreRatio(),
                        shipped.clarifyConfidenceMargin(),
                        shipped.maxSentences()),
                Clock.systemUTC());
        ProcessCatalogHolder processes =
                ProcessCatalogHolder.load(Path.of("knowledge-base/processes"), ShippedDepartments.FILE);
        IncentiveCatalogHolder incentives = IncentiveCatalogHolder.load(Path.of("knowledge-base/incentives"));
        WorkingDayCalendar calendar = WorkingDayCalendar.load(Path.of("knowledge-base/calendar"));
        knowledge.replaceSyntheticDocuments(
                org.onewindow.conversation.GeneratedDocumentsSync.of(processes, incentives, calendar));
        long start = System.nanoTime();
        knowledge.awaitVectors(java.time.Duration.ofMinutes(3));
        System.out.printf(
                "answer evaluation: passage vectors ready after %d ms (%d passages)%n",
                (System.nanoTime() - start) / 1_000_000, knowledge.health().passages());
        dialogue = new Dialogue(
                processes::current,
                processes::departments,
                new ProcessRunner(calendar, processes::departments, FormEvalTest.CLOCK),
                new OfficeHours(calendar, OfficeHours.parse("09:00-12:00,13:30-17:30")),
                FormEvalTest.CLOCK,
                new EligibilityDialogue(incentives::current, FormEvalTest.CLOCK),
                BgeEmbedder.shared());
    }

    @AfterAll
    static void close() {
        knowledge.close();
    }

    @Test
    void developmentPart_scoresAndPrintsEveryMiss() throws Exception {
        EvalSets.Tally score = score("/eval/answers-dev.yaml", true);
        System.out.println(score.report("Answers, development part"));
        assertThat(score.items()).isGreaterThanOrEqualTo(200);
        assertThat(score.accuracy()).isGreaterThanOrEqualTo(DEVELOPMENT_FLOOR);
    }

    @Test
    void testPart_meetsItsFloors() throws Exception {
        EvalSets.Tally score = score("/eval/answers-test.yaml", false);
        System.out.println(score.report("Answers, test part"));
        assertThat(score.items()).isGreaterThanOrEqualTo(200);
        assertThat(score.share("answered/en")).isGreaterThanOrEqualTo(TEST_FLOOR_EN);
        assertThat(score.share("answered/zh")).isGreaterThanOrEqualTo(TEST_FLOOR_ZH);
        assertThat(score.share("declined")).isGreaterThanOrEqualTo(TEST_FLOOR_DECLINED);
        assertThat(score.share("kind/followup")).isGreaterThanOrEqualTo(TEST_FLOOR_FOLLOW_UPS);
    }

    private static EvalSets.Tally score(String resource, boolean showMisses) {
        EvalSets.Tally score = new EvalSets.Tally();
        for (Item item : EvalSets.load(resource, Item.class)) {
            Lang lang = Lang.parseOrNull(item.lang());
            String first = item.history() == null || item.history().isEmpty()
                    ? item.q()
                    : item.history().get(0);
            DialogueState state = DialogueState.initial(Lang.detect(first, lang));
            if (item.history() != null) {
                for (String earlier : item.history()) {
                    state = turn(state, earlier).state();
                }
            }
            Decision decision = turn(state, item.q());
            String text = String.join(
                    "\n", decision.replies().stream().map(Reply::text).toList());
            boolean declined = decision.answer() != null
                    && "unknown".equals(decision.answer().outcome());
            boolean formStarted = decision.state().mode() == Mode.PROCESS && state.mode() != Mode.PROCESS;
            boolean passed = item.declines()
                    ? declined && !formStarted
                    : !formStarted
                            && !declined
                            && item.expect().stream()
                                    .anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                                            .matcher(text)
                                            .find());
            String miss = !showMisses
                    ? null
                    : "  " + item.id() + " [" + item.kind() + "] "
                            + (item.history() == null ? "" : item.history() + " → ") + "\"" + item.q() + "\""
                            + (formStarted ? " STARTED A FORM" : declined ? " declined" : "")
                            + (passed || item.declines() ? "" : whereTheFactIs(item))
                            + "\n      → " + text.replace("\n", " ").substring(0, Math.min(220, text.length()));
            score.count(passed, miss, item.declines() ? "declined" : "answered/" + item.lang(), "kind/" + item.kind());
        }
        return score;
    }

    /** Where a missed fact stands in the search for the question: which kind of fix it needs. */
    private static String whereTheFactIs(Item item) {
        Lang lang = Lang.detect(item.q(), Lang.parseOrNull(item.lang()));
        java.util.List<org.onewindow.knowledge.SearchHit> hits = knowledge.search(item.q(), lang, 8);
        for (int i = 0; i < hits.size(); i++) {
            String text = hits.get(i).title() + "\n" + hits.get(i).text();
            if (item.expect().stream()
                    .anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                            .matcher(text)
                            .find())) {
                return " {fact in hit " + (i + 1) + ": " + hits.get(i).source() + " / "
                        + hits.get(i).section() + "}";
            }
        }
        return " {fact in no top-8 hit}";
    }

    private static Decision turn(DialogueState state, String text) {
        DialogueTurn turn = new DialogueTurn(state, InboundMessage.text(text), Map.of(), Map.of());
        Interpretation reading = dialogue.interpret(turn);
        KnowledgeAnswer answer = reading.question() == null
                ? null
                : knowledge.answer(
                        reading.question().text(),
                        reading.question().lang(),
                        reading.question().again()
                                ? null
                                : org.onewindow.knowledge.LastAnswer.of(state.lastTopic(), state.lastQuestion()));
        return dialogue.decide(turn, reading, answer);
    }
}
