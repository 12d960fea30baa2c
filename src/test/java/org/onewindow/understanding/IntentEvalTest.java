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

    record Item(String text, String intent) {
    }

    record EvalSet(List<Item> utterances) {
    }

    @Test
    void matchTrigger_evaluationSet_atLeastNinetyPercentCorrect() throws Exception {
        ProcessCatalog catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        EvalSet set;
        try (InputStream in = IntentEvalTest.class.getResourceAsStream("/understanding/intent-eval.yaml")) {
            set = new ObjectMapper(new YAMLFactory()).readValue(in, EvalSet.class);
        }
        assertThat(set.utterances()).hasSizeGreaterThanOrEqualTo(70);
        assertThat(set.utterances().stream().filter(i -> i.intent().equals("none")).count()).isGreaterThanOrEqualTo(15);
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (Item item : set.utterances()) {
            Lang lang = Lang.detect(item.text(), Lang.EN);
            String got = IntentMatcher.of(catalog.all()).match(item.text()).map(ProcessDefinition::id).orElse("none");
            if (got.equals(item.intent())) {
                correct++;
            } else {
                misses.add("  \"" + item.text() + "\": expected " + item.intent() + ", got " + got);
            }
        }
        double accuracy = 100.0 * correct / set.utterances().size();
        System.out.printf(Locale.ROOT, "Intent routing accuracy: %d/%d = %.1f%%%n", correct, set.utterances().size(), accuracy);
        misses.forEach(System.out::println);
        assertThat(accuracy).as(String.join("\n", misses)).isGreaterThanOrEqualTo(90.0);
    }

    @Test
    void matchTrigger_examplesFromTheIssue() throws Exception {
        ProcessCatalog catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        assertThat(IntentMatcher.of(catalog.all()).match("我要注销公司")).map(ProcessDefinition::id).contains("deregistration");
        assertThat(IntentMatcher.of(catalog.all()).match("help me set up a company here")).map(ProcessDefinition::id)
                .contains("start-business");
        assertThat(IntentMatcher.of(catalog.all()).match("how long does deregistration take?")).isEmpty();
        assertThat(IntentMatcher.of(catalog.all()).match("")).isEmpty();
    }
}
