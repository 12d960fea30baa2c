package org.onewindow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.shared.Lang;

final class ConditionTest {

    private static final Condition FOREIGN = Condition.equalTo("foreignInvested", "true");
    private static final Condition BIG = Condition.in("companyType", List.of("llc", "joint-stock"));

    @Test
    void test_equalsAndIn_matchCanonicalValues() {
        assertThat(FOREIGN.test(Map.of("foreignInvested", "true"))).isTrue();
        assertThat(FOREIGN.test(Map.of("foreignInvested", "false"))).isFalse();
        assertThat(BIG.test(Map.of("companyType", "joint-stock"))).isTrue();
        assertThat(BIG.test(Map.of("companyType", "sole"))).isFalse();
    }

    @Test
    void test_unansweredField_equalsNothingButNotHolds() {
        assertThat(FOREIGN.test(Map.of())).isFalse();
        assertThat(new Condition(null, null, null, null, FOREIGN).test(Map.of()))
                .isTrue();
    }

    @Test
    void test_allAndAny_combine() {
        Condition all = new Condition(null, null, List.of(FOREIGN, BIG), null, null);
        Condition any = new Condition(null, null, null, List.of(FOREIGN, BIG), null);
        Map<String, String> foreignSole = Map.of("foreignInvested", "true", "companyType", "sole");
        assertThat(all.test(foreignSole)).isFalse();
        assertThat(any.test(foreignSole)).isTrue();
        assertThat(all.test(Map.of("foreignInvested", "true", "companyType", "llc")))
                .isTrue();
        assertThat(all.fields()).containsExactly("foreignInvested", "companyType");
    }

    @Test
    void construct_twoFormsAtOnce_rejected() {
        assertThatThrownBy(() -> new Condition("a", List.of("x"), List.of(FOREIGN), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition("a", List.of(), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void load_nestedAllAnyNot_parsedFromYaml(@TempDir Path dir) throws Exception {
        String yaml = ProcessCatalogTest.VALID.replace(
                "when: {field: foreign, equals: true}",
                "when: {all: [{field: foreign, in: [true]}, {not: {any: [{field: foreign, equals: false}]}}]}");
        Files.writeString(dir.resolve("sample.yaml"), yaml);
        ProcessDefinition d = ProcessCatalog.load(dir).byId("sample").orElseThrow();
        Condition c = d.fields().get(1).condition();
        assertThat(c.test(Map.of("foreign", "true"))).isTrue();
        assertThat(c.test(Map.of("foreign", "false"))).isFalse();
    }

    @Test
    void load_conditionWithTwoForms_failsWithLine(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("sample.yaml"),
                ProcessCatalogTest.VALID.replace("when: {field: foreign, equals: true}", "when: {all: [], any: []}"));
        assertThatThrownBy(() -> ProcessCatalog.load(dir)).hasMessageStartingWith("sample.yaml:19: a condition is");
    }

    @Test
    void describe_apiShape() throws Exception {
        ProcessDefinition d = ProcessCatalog.load(Path.of("knowledge-base/processes"))
                .byId("deregistration")
                .orElseThrow();
        String json = new ObjectMapper().writeValueAsString(ProcessDescription.of(d, Lang.EN));
        assertThat(json)
                .startsWith("{\"id\":\"deregistration\",\"title\":\"Deregister a company\",")
                .contains(
                        "\"departments\":[\"market-regulation\",\"tax\",\"human-resources-social-security\"]",
                        "\"sla\":{\"minWorkingDays\":5,\"maxWorkingDays\":10}",
                        "{\"name\":\"uscc\",\"type\":\"uscc\",\"label\":\"unified social credit code\",\"required\":true}",
                        "\"options\":[{\"label\":\"Yes\",\"value\":\"true\"},{\"label\":\"No\",\"value\":\"false\"}]");
    }
}
