package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.form.FileRef;
import org.onewindow.process.*;
import org.onewindow.shared.Lang;
import org.onewindow.testing.ShippedDepartments;

final class ScriptedRunsTest {

    /** Friday 2026-11-27, 10:00 in Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), WorkingDayCalendar.ZONE);

    record Script(
            String process,
            String lang,
            Map<String, String> facts,
            Map<String, String> answers,
            Map<String, String> expect,
            List<String> notAsked) {
        @Override
        public String toString() {
            return process + " (" + lang + ")";
        }
    }

    private static ProcessCatalog catalog;
    private static ProcessRunner runner;
    private static FormDriver forms;

    @BeforeAll
    static void setUp() throws Exception {
        catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        runner = new ProcessRunner(
                WorkingDayCalendar.load(Path.of("knowledge-base/calendar")), ShippedDepartments::registry, CLOCK);
        forms = new FormDriver(runner, catalog);
    }

    static Stream<Script> scripts() throws Exception {
        try (InputStream in = ScriptedRunsTest.class.getResourceAsStream("/process/runner-scripts.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Script>>() {}).stream();
        }
    }

    @Test
    void scripts_coverEveryShippedProcessInBothLanguages() throws Exception {
        List<Script> all = scripts().toList();
        for (ProcessDefinition d : catalog.all()) {
            assertThat(all)
                    .as(d.id())
                    .anyMatch(s -> s.process().equals(d.id()) && s.lang().equals("en"));
            assertThat(all)
                    .as(d.id())
                    .anyMatch(s -> s.process().equals(d.id()) && s.lang().equals("zh"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void run_typedAnswers_completesWithTypedPayload(Script script) {
        ProcessDefinition def = catalog.byId(script.process()).orElseThrow();
        Lang lang = Lang.parseOrNull(script.lang());
        ProcessTurn turn = runner.start(def, script.facts(), lang);
        List<String> asked = new ArrayList<>();
        List<String> transcript = new ArrayList<>();
        for (int i = 0; i < 60 && turn.outcome() == ProcessOutcome.CONTINUE; i++) {
            turn.replies().forEach(r -> transcript.add("bot: " + r.text()));
            ProcessProgress p = turn.progress();
            ProcessInput input = switch (p.stage()) {
                case CONFIRM_PREFILL -> ProcessInput.text(lang == Lang.ZH ? "对的" : "yes");
                case PRIVACY -> ProcessInput.text(lang == Lang.ZH ? "同意" : "I agree");
                case REVIEW -> ProcessInput.text(lang == Lang.ZH ? "确认提交" : "confirm");
                case ASK -> {
                    asked.add(p.currentField());
                    String a = script.answers().get(p.currentField());
                    if (a == null) {
                        fail("the script has no answer for '" + p.currentField() + "'\n"
                                + String.join("\n", transcript));
                    }
                    yield a.startsWith("file:")
                            ? ProcessInput.file(new FileRef("f-" + i, a.substring(5), "application/pdf", 2048))
                            : ProcessInput.text(a);
                }
                case CONFIRM_CANCEL -> throw new AssertionError("unexpected cancel confirmation");
            };
            transcript.add("user: " + input);
            ProcessTurn next = forms.handle(def, p, input, lang);
            if (p.stage() == Stage.ASK
                    && next.outcome() == ProcessOutcome.CONTINUE
                    && next.progress() != null
                    && p.currentField().equals(next.progress().currentField())
                    && next.progress().stage() == Stage.ASK) {
                fail("answer to '" + p.currentField() + "' was not accepted: "
                        + next.replies().get(0).text() + "\n" + String.join("\n", transcript));
            }
            turn = next;
        }
        assertThat(turn.outcome()).as(String.join("\n", transcript)).isEqualTo(ProcessOutcome.COMPLETED);
        IntakePayload payload = turn.payload();
        assertThat(payload.processId()).isEqualTo(def.id());
        assertThat(payload.schemaVersion()).isEqualTo(def.schemaVersion());
        script.expect()
                .forEach((field, value) -> assertThat(
                                String.valueOf(payload.answers().get(field)))
                        .as(field)
                        .isEqualTo(value));
        for (String hidden : script.notAsked()) {
            assertThat(asked).doesNotContain(hidden);
            assertThat(payload.answers()).doesNotContainKey(hidden);
        }
        assertThat(payload.privacyConsent()).isNotNull();
        assertThat(payload.privacyConsent().acceptedAt()).isEqualTo("2026-11-27T02:00:00Z");
        assertThat(payload.departments()).isEqualTo(def.departments());
        assertThat(payload.expectedBy()).isNotNull();
        String firstQuestion = transcript.stream()
                .filter(l -> l.startsWith("bot: "))
                .skip(1)
                .findFirst()
                .orElseThrow();
        if (lang == Lang.ZH) {
            assertThat(firstQuestion).containsPattern("\\p{IsHan}").doesNotContain("Why:");
        } else {
            assertThat(firstQuestion).doesNotContain("原因");
        }
    }
}
