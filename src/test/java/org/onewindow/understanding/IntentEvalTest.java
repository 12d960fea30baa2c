package org.onewindow.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.shared.Lang;

final class IntentEvalTest {

    record Item(String text, String intent) {}

    record EvalSet(List<Item> utterances) {}

    @Test
    void matchTrigger_evaluationSet_atLeastNinetyPercentCorrect() throws Exception {
        ProcessCatalog catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        EvalSet set;
        try (InputStream in = IntentEvalTest.class.getResourceAsStream("/understanding/intent-eval.yaml")) {
            set = new ObjectMapper(new YAMLFactory()).readValue(in, EvalSet.class);
        }
        assertThat(set.utterances()).hasSizeGreaterThanOrEqualTo(70);
        assertThat(set.utterances().stream()
                        .filter(i -> i.intent().equals("none"))
                        .count())
                .isGreaterThanOrEqualTo(15);
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (Item item : set.utterances()) {
            Lang lang = Lang.detect(item.text(), Lang.EN);
            String got = started(catalog, item.text());
            if (got.equals(item.intent())) {
                correct++;
            } else {
                misses.add("  \"" + item.text() + "\": expected " + item.intent() + ", got " + got);
            }
        }
        double accuracy = 100.0 * correct / set.utterances().size();
        System.out.printf(
                Locale.ROOT,
                "Intent routing accuracy: %d/%d = %.1f%%%n",
                correct,
                set.utterances().size(),
                accuracy);
        misses.forEach(System.out::println);
        assertThat(accuracy).as(String.join("\n", misses)).isGreaterThanOrEqualTo(90.0);
    }

    /** The process the message asks to start, as the interpreter decides it; "none" when it asks about one or none. */
    private static String started(ProcessCatalog catalog, String text) {
        return IntentMatcher.of(catalog.all())
                .match(text)
                .filter(d -> Requests.asksToAct(text.toLowerCase(Locale.ROOT)))
                .map(ProcessDefinition::id)
                .orElse("none");
    }

    @Test
    void questionsCarryingTriggerWords_startNothing_requestsStart() throws Exception {
        ProcessCatalog catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        assertThat(started(catalog, "我想在园区开个公司要跑几趟？")).isEqualTo("none");
        assertThat(started(catalog, "注册公司要准备啥材料，公司章程要不要交")).isEqualTo("none");
        assertThat(started(catalog, "注销要钱吗")).isEqualTo("none");
        assertThat(started(catalog, "办营业执照要钱不")).isEqualTo("none");
        assertThat(started(catalog, "注销登记收不收钱呀")).isEqualTo("none");
        assertThat(started(catalog, "how long does deregistration take")).isEqualTo("none");
        assertThat(started(catalog, "帮我办注销")).isEqualTo("deregistration");
        assertThat(started(catalog, "I want to deregister")).isEqualTo("deregistration");
        assertThat(started(catalog, "能不能安排专员上门帮我们办")).isEqualTo("book-agent");
    }

    @Test
    void matchTrigger_examplesFromTheIssue() throws Exception {
        ProcessCatalog catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        assertThat(IntentMatcher.of(catalog.all()).match("我要注销公司"))
                .map(ProcessDefinition::id)
                .contains("deregistration");
        assertThat(IntentMatcher.of(catalog.all()).match("help me set up a company here"))
                .map(ProcessDefinition::id)
                .contains("start-business");
        assertThat(IntentMatcher.of(catalog.all()).match("")).isEmpty();
    }
}
