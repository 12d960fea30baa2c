package org.onewindow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.form.FieldType;
import org.onewindow.shared.Lang;
import org.onewindow.testing.ShippedDepartments;

final class ProcessCatalogTest {

    static final Path SHIPPED = Path.of("knowledge-base/processes");

    /** A small valid definition; tests break one line of it at a time. */
    static final String VALID = """
            id: sample
            schemaVersion: 1
            title: {en: Sample, zh: 样例}
            description: {en: A sample process, zh: 样例流程}
            triggers: {en: [sample process], zh: [样例]}
            departments:
              - tax
            sla: {minWorkingDays: 2, maxWorkingDays: 5}
            slaVerified: false
            privacy: {noticeVersion: "1", retention: {en: 1 year, zh: 1年}}
            fields:
              - name: foreign
                type: boolean
                label: {en: foreign, zh: 外资}
                prompt: {en: "Foreign?", zh: "外资吗？"}
                why: {en: Because., zh: 因为。}
              - name: country
                type: text
                when: {field: foreign, equals: true}
                label: {en: country, zh: 国家}
                prompt: {en: "Which country?", zh: "哪个国家？"}
                why: {en: Because., zh: 因为。}
                example: {en: Singapore, zh: 新加坡}
            documents:
              - {id: doc, label: {en: A document, zh: 一份材料}}
            """;

    private static Path write(Path dir, String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml);
        return dir;
    }

    @Test
    void load_shippedDefinitions_allRequiredIdsPresent() throws Exception {
        ProcessCatalog catalog = ProcessCatalog.load(SHIPPED);
        assertThat(catalog.all())
                .extracting(ProcessDefinition::id)
                .contains(
                        "start-business",
                        "pay-taxes",
                        "start-construction",
                        "acceptance-check",
                        "deregistration",
                        "book-agent",
                        "land-supply");
        ProcessDefinition dereg = catalog.byId("deregistration").orElseThrow();
        assertThat(dereg.sla()).isEqualTo(new Sla(5, 10, true));
        assertThat(dereg.title(Lang.ZH)).isEqualTo("企业注销");
        assertThat(dereg.departments()).containsExactly("market-regulation", "tax", "human-resources-social-security");
        assertThat(catalog.byId("start-business").orElseThrow().sla()).isEqualTo(new Sla(1, 2, true));
        assertThat(catalog.byId("pay-taxes").orElseThrow().sla().verified()).isFalse();
        assertThat(catalog.byId("nope")).isEmpty();
    }

    @Test
    void load_shippedDefinitions_everyTypeUsedAndConditionsPresent() throws Exception {
        ProcessCatalog catalog = ProcessCatalog.load(SHIPPED);
        var types = catalog.all().stream()
                .flatMap(d -> d.fields().stream())
                .map(FieldSpec::type)
                .distinct()
                .toList();
        assertThat(types).containsExactlyInAnyOrder(FieldType.values());
        FieldSpec country = catalog.byId("start-business")
                .orElseThrow()
                .field("foreignInvestorCountry")
                .orElseThrow();
        assertThat(country.condition().test(Map.of("foreignInvested", "true"))).isTrue();
        assertThat(country.condition().test(Map.of("foreignInvested", "false"))).isFalse();
        assertThat(country.condition().test(Map.of())).isFalse();
    }

    @Test
    void load_validSample_parsesFieldsAndCondition(@TempDir Path dir) throws Exception {
        ProcessDefinition d = ProcessCatalog.load(write(dir, "sample.yaml", VALID))
                .byId("sample")
                .orElseThrow();
        assertThat(d.fields()).extracting(FieldSpec::name).containsExactly("foreign", "country");
        assertThat(d.fields().get(1).condition()).isEqualTo(Condition.equalTo("foreign", "true"));
        assertThat(d.sourceFile()).isEqualTo("sample.yaml");
    }

    private static void assertLoadFails(Path dir, String yaml, String message) throws IOException {
        write(dir, "sample.yaml", yaml);
        assertThatThrownBy(() -> ProcessCatalog.load(dir))
                .isInstanceOf(ProcessDefinitionException.class)
                .hasMessage(message);
    }

    @Test
    void load_unknownFieldType_namesFileLineAndTypes(@TempDir Path dir) throws IOException {
        assertLoadFails(
                dir,
                VALID.replace("type: text", "type: phonenumber"),
                "sample.yaml:18: unknown field type 'phonenumber' (expected one of text, number, money, date, enum, "
                        + "boolean, uscc, id-card, phone, email, file)");
    }

    @Test
    void load_duplicateFieldName_fails(@TempDir Path dir) throws IOException {
        assertLoadFails(
                dir, VALID.replace("name: country", "name: foreign"), "sample.yaml:17: duplicate field name 'foreign'");
    }

    @Test
    void load_conditionOnLaterField_fails(@TempDir Path dir) throws IOException {
        String yaml = VALID.replace(
                "    why: {en: Because., zh: 因为。}\n  - name: country",
                "    why: {en: Because., zh: 因为。}\n    when: {field: country, equals: x}\n  - name: country");
        assertLoadFails(
                dir,
                yaml,
                "sample.yaml:17: condition of 'foreign' refers to 'country', which is asked later "
                        + "(or is the field itself); a condition may only use earlier answers");
    }

    @Test
    void load_conditionOnUnknownField_fails(@TempDir Path dir) throws IOException {
        assertLoadFails(
                dir,
                VALID.replace("{field: foreign, equals: true}", "{field: foriegn, equals: true}"),
                "sample.yaml:19: condition refers to unknown field 'foriegn'");
    }

    @Test
    void load_conditionValueNotAnOption_fails(@TempDir Path dir) throws IOException {
        assertLoadFails(
                dir,
                VALID.replace("{field: foreign, equals: true}", "{field: foreign, equals: yes}"),
                "sample.yaml:19: 'yes' is not a value of field 'foreign' (values: false, true)");
    }

    @Test
    void load_minGreaterThanMax_fails(@TempDir Path dir) throws IOException {
        assertLoadFails(
                dir,
                VALID.replace("{minWorkingDays: 2, maxWorkingDays: 5}", "{minWorkingDays: 10, maxWorkingDays: 5}"),
                "sample.yaml:8: minWorkingDays (10) is greater than maxWorkingDays (5)");
    }

    @Test
    void load_missingZhLabel_fails(@TempDir Path dir) throws IOException {
        assertLoadFails(
                dir,
                VALID.replace("label: {en: country, zh: 国家}", "label: {en: country}"),
                "sample.yaml:20: missing zh text in 'label'");
    }

    @Test
    void load_missingEnTitle_fails(@TempDir Path dir) throws IOException {
        assertLoadFails(
                dir,
                VALID.replace("title: {en: Sample, zh: 样例}", "title: {zh: 样例}"),
                "sample.yaml:3: missing en text in 'title'");
    }

    @Test
    void load_typoInKey_failsNamingKey(@TempDir Path dir) throws IOException {
        write(dir, "sample.yaml", VALID.replace("prompt: {en: \"Which country?\"", "promt: {en: \"Which country?\""));
        assertThatThrownBy(() -> ProcessCatalog.load(dir))
                .hasMessageStartingWith("sample.yaml:21: unknown key 'promt' in a field");
    }

    @Test
    void load_brokenYaml_namesLine(@TempDir Path dir) throws IOException {
        write(dir, "sample.yaml", VALID.replace("title: {en: Sample, zh: 样例}", "title: {en: Sample, zh: [样例}"));
        assertThatThrownBy(() -> ProcessCatalog.load(dir)).hasMessageStartingWith("sample.yaml:3: not valid YAML");
    }

    @Test
    void load_ruleNotForType_fails(@TempDir Path dir) throws IOException {
        assertLoadFails(
                dir,
                VALID.replace(
                        "example: {en: Singapore, zh: 新加坡}", "example: {en: Singapore, zh: 新加坡}\n    rules: {min: 3}"),
                "sample.yaml:24: rule 'min' does not apply to a text field (allowed: maxLength, minLength, pattern, patternHint)");
    }

    @Test
    void load_duplicateProcessId_namesBothFiles(@TempDir Path dir) throws IOException {
        write(dir, "a.yaml", VALID);
        write(dir, "b.yaml", VALID);
        assertThatThrownBy(() -> ProcessCatalog.load(dir))
                .hasMessage("b.yaml:1: duplicate process id 'sample' (also defined in a.yaml)");
    }

    @Test
    void reload_badNewDefinition_keepsLastGoodCatalog(@TempDir Path dir) throws Exception {
        write(dir, "sample.yaml", VALID);
        ProcessCatalogHolder holder = ProcessCatalogHolder.load(dir, ShippedDepartments.FILE);
        ProcessCatalog good = holder.current();
        write(dir, "sample.yaml", VALID.replace("type: text", "type: nonsense"));
        assertThatThrownBy(holder::reload)
                .isInstanceOf(ProcessDefinitionException.class)
                .hasMessageContaining("nonsense");
        assertThat(holder.current()).isSameAs(good);
        write(dir, "sample.yaml", VALID.replace("title: {en: Sample, zh: 样例}", "title: {en: Sample 2, zh: 样例二}"));
        assertThat(holder.reload().byId("sample").orElseThrow().title(Lang.EN)).isEqualTo("Sample 2");
        assertThat(holder.current()).isNotSameAs(good);
    }

    @Test
    void load_departmentWrittenWithItsNames_isRefusedOnItsLine(@TempDir Path dir) throws IOException {
        write(dir, "sample.yaml", VALID.replace("  - tax\n", "  - {id: tax, name: {en: Tax Bureau, zh: 税务局}}\n"));

        assertThatThrownBy(() -> ProcessCatalog.load(dir))
                .hasMessageStartingWith("sample.yaml:7: a department is named by its id in departments.yaml");
    }

    @Test
    void reload_renamedDepartment_newNameAndSameCatalogTogether(@TempDir Path dir) throws Exception {
        Path processes = Files.createDirectory(dir.resolve("processes"));
        write(processes, "sample.yaml", VALID);
        Path registry = dir.resolve("departments.yaml");
        Files.writeString(registry, "departments:\n  - {id: tax, name: {en: Tax Bureau, zh: 税务局}}\n");
        ProcessCatalogHolder holder = ProcessCatalogHolder.load(processes, registry);
        assertThat(holder.departments().name("tax", Lang.EN)).isEqualTo("Tax Bureau");

        Files.writeString(registry, "departments:\n  - {id: tax, name: {en: Taxation Office, zh: 税务所}}\n");
        holder.reload();

        assertThat(holder.departments().name("tax", Lang.EN)).isEqualTo("Taxation Office");
        assertThat(holder.departments().name("tax", Lang.ZH)).isEqualTo("税务所");
        assertThat(holder.current().byId("sample")).isPresent();
    }

    @Test
    void reload_brokenRegistry_keepsTheLastGoodRegistryAndCatalog(@TempDir Path dir) throws Exception {
        Path processes = Files.createDirectory(dir.resolve("processes"));
        write(processes, "sample.yaml", VALID);
        Path registry = dir.resolve("departments.yaml");
        Files.writeString(registry, "departments:\n  - {id: tax, name: {en: Tax Bureau, zh: 税务局}}\n");
        ProcessCatalogHolder holder = ProcessCatalogHolder.load(processes, registry);
        DepartmentRegistry good = holder.departments();
        ProcessCatalog catalog = holder.current();

        Files.writeString(registry, "departments:\n  - {id: tax, name: {en: Tax Bureau}}\n");

        assertThatThrownBy(holder::reload).hasMessage("departments.yaml:2: missing zh text in 'name'");
        assertThat(holder.departments()).isSameAs(good);
        assertThat(holder.current()).isSameAs(catalog);
    }
}
