package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.form.FileRef;
import org.onewindow.process.*;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;
import org.onewindow.testing.ShippedDepartments;

final class RunnerRobustnessTest {

    private static final List<ProcessInput> NASTY = List.of(
            ProcessInput.text(""),
            ProcessInput.text("   "),
            ProcessInput.text("？？？"),
            ProcessInput.text("\u0000\u202e"),
            ProcessInput.text("9".repeat(5000)),
            // linking words and particles repeated to the message limit: read without overflowing the stack
            ProcessInput.text("是了，".repeat(1300)),
            ProcessInput.text("把把把改成改成"),
            ProcessInput.text("change  to "),
            ProcessInput.text("change the to 5"),
            ProcessInput.text("亿亿"),
            ProcessInput.text("🙂"),
            ProcessInput.text("back"),
            ProcessInput.text("跳过"),
            ProcessInput.text("no"),
            ProcessInput.text("yes"),
            ProcessInput.action("answer:"),
            ProcessInput.action("answer:zzz"),
            ProcessInput.action("process:edit:"),
            ProcessInput.action("process:edit:uscc"),
            ProcessInput.action(""),
            ProcessInput.action("process:confirm"),
            ProcessInput.action("process:cancel-abort"),
            ProcessInput.action("process:keep"),
            ProcessInput.action("process:privacy-accept"),
            ProcessInput.file(new FileRef("x", "", "", 0)),
            ProcessInput.file(new FileRef("y", "a.exe", "application/x-msdownload", 1)));

    @Test
    void handle_nastyInputAtEveryStageOfEveryProcess_neverThrows() throws Exception {
        ProcessCatalog catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        ProcessRunner runner = new ProcessRunner(
                WorkingDayCalendar.load(Path.of("knowledge-base/calendar")),
                ShippedDepartments::registry,
                ScriptedRunsTest.CLOCK);
        FormDriver forms = new FormDriver(runner, catalog);
        int checked = 0;
        for (ProcessDefinition def : catalog.all()) {
            for (Lang lang : Lang.values()) {
                // walk through the process by always pressing the first quick reply or typing a plausible answer
                List<ProcessProgress> seen = new ArrayList<>();
                ProcessTurn turn = runner.start(def, java.util.Map.of("enterprise.uscc", "91350100M000100Y43"), lang);
                for (int i = 0; i < 40 && turn.progress() != null; i++) {
                    ProcessProgress p = turn.progress();
                    seen.add(p);
                    for (ProcessInput input : NASTY) {
                        ProcessTurn t = forms.handle(def, p, input, lang);
                        assertThat(t.outcome()).isNotNull();
                        if (t.progress() != null) {
                            assertThat(runner.view(def, t.progress(), lang)).isNotNull();
                            assertThat(runner.repeatQuestion(def, t.progress(), lang))
                                    .isNotEmpty();
                        }
                        checked++;
                    }
                    List<QuickReply> buttons = turn.replies().isEmpty()
                            ? List.of()
                            : turn.replies().get(turn.replies().size() - 1).quickReplies();
                    ProcessInput next = buttons.stream()
                            .map(QuickReply::action)
                            .filter(a -> a.startsWith("answer:")
                                    || a.equals(ProcessRunner.KEEP)
                                    || a.equals(ProcessRunner.PRIVACY_ACCEPT)
                                    || a.equals(ProcessRunner.CONFIRM))
                            .findFirst()
                            .map(ProcessInput::action)
                            .orElseGet(() -> ProcessInput.text(plausible(def, p)));
                    turn = forms.handle(def, p, next, lang);
                }
                assertThat(turn.outcome()).as(def.id()).isEqualTo(ProcessOutcome.COMPLETED);
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    private static String plausible(ProcessDefinition def, ProcessProgress p) {
        FieldSpec f = def.field(p.currentField()).orElseThrow();
        return switch (f.type()) {
            case USCC -> "91350100M000100Y43";
            case ID_CARD -> "11010519491231002X";
            case PHONE -> "13807310000";
            case EMAIL -> "a@example.com";
            case MONEY -> "500万";
            case NUMBER -> "200";
            case DATE -> f.constraints().notInFuture() ? "2026-11-20" : "2026-12-01";
            case FILE -> "skip";
            default -> "湖南星辰科技有限公司测试";
        };
    }
}
