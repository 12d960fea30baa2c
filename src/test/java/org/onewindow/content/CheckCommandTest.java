package org.onewindow.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.Folders;

/**
 * {@code onewindow check} against the shipped content (it passes) and against copies broken in one
 * place each: every problem is reported with the file and the line where the break is, and exit 1.
 */
final class CheckCommandTest {

    @TempDir
    Path tmp;

    private Path kb;
    private Path connectors;

    @BeforeEach
    void copyContent() throws IOException {
        kb = Folders.copy(Path.of("knowledge-base"), tmp.resolve("knowledge-base"));
        connectors = Folders.copy(Path.of("connectors"), tmp.resolve("connectors"));
    }

    @Test
    void check_shippedContent_printsContentOkAndExitsZero() {
        Result r = check(Path.of("knowledge-base"), Path.of("connectors"));

        assertThat(r.out).isEqualTo("content OK\n");
        assertThat(r.exit).isZero();
    }

    @Test
    void check_unknownDepartmentIdInAProcess_reportsItsLine() throws IOException {
        Path file = kb.resolve("processes/start-business.yaml");
        edit(file, "  - tax\n", "  - taxes\n");

        assertReported(file, lineOf(file, "  - taxes"), "department 'taxes' is not in departments.yaml");
    }

    @Test
    void check_departmentWithItsNamesInAProcess_saysTheNamesAreTheRegistrysOnItsLine() throws IOException {
        Path file = kb.resolve("processes/start-business.yaml");
        edit(file, "  - tax\n", "  - {id: tax, name: {en: \"Tax Bureau\", zh: \"税务局\"}}\n");

        assertReported(
                file,
                lineOf(file, "  - {id: tax,"),
                "departments[2]: a department is its id from departments.yaml, like tax");
    }

    @Test
    void check_unknownDepartmentIdInFrontMatter_reportsItsLine() throws IOException {
        Path file = kb.resolve("procedures/pay-taxes.en.md");
        edit(file, "department: tax\n", "department: tax-bureau\n");

        assertReported(
                file, lineOf(file, "department: tax-bureau"), "department 'tax-bureau' is not in departments.yaml");
    }

    @Test
    void check_connectorIdThatIsNoDepartment_reportsTheIdLine() throws IOException {
        Path file = connectors.resolve("tax.yaml");
        edit(file, "id: tax\n", "id: tax-office\n");

        assertReported(
                file, lineOf(file, "id: tax-office"), "connector id (the department it delivers to) 'tax-office'");
    }

    @Test
    void check_missingRequiredField_reportsTheObjectMissingIt() throws IOException {
        Path file = kb.resolve("faq/land-supply.yaml");
        edit(file, "  answer: >-\n    It is one of the", "  reply: >-\n    It is one of the");

        assertReported(file, lineOf(file, "- id: land-on-signing-en"), "[0]: missing 'answer'");
    }

    @Test
    void check_wrongType_reportsTheValueLine() throws IOException {
        Path file = kb.resolve("processes/start-business.yaml");
        edit(file, "sla: {minWorkingDays: 1,", "sla: {minWorkingDays: one,");

        assertReported(file, lineOf(file, "minWorkingDays: one"), "sla.minWorkingDays: string found, integer expected");
    }

    @Test
    void check_impossibleDateInACalendar_reportsTheDateLine() throws IOException {
        Path file = kb.resolve("calendar/2026.yaml");
        edit(file, "  - 2026-02-28\n", "  - 2026-02-30\n");

        assertReported(file, lineOf(file, "2026-02-30"), "'2026-02-30' is not a date (YYYY-MM-DD)");
    }

    @Test
    void check_adjustedWorkdayOnAWeekday_reportsTheCalendarLoadersProblem() throws IOException {
        Path file = kb.resolve("calendar/2026.yaml");
        edit(file, "  - 2026-02-28\n", "  - 2026-02-27\n");

        assertReported(file, lineOf(file, "2026-02-27"), "an adjusted working day must fall on a weekend");
    }

    @Test
    void check_unknownKeyInAConnector_reportsTheKeyLineAndTheAllowedKeys() throws IOException {
        Path file = connectors.resolve("tax.yaml");
        edit(file, "  max-age: 72h\n", "  max-age: 72h\n  max-ages: 96h\n");

        assertReported(file, lineOf(file, "max-ages"), "retry: unknown key 'max-ages' (allowed: initial-delay");
    }

    @Test
    void check_markdownWithoutFrontMatter_reportsLineOne() throws IOException {
        Path file = kb.resolve("policies/overview.en.md");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(text.indexOf("\n---", 3) + 4));

        assertReported(file, 1, "no front matter");
    }

    @Test
    void check_frontMatterWithBadDate_reportsTheFieldLine() throws IOException {
        Path file = kb.resolve("policies/overview.en.md");
        edit(file, "effective: 2021-11-24", "effective: 24 Nov 2021");

        assertReported(file, lineOf(file, "effective: 24 Nov 2021"), "effective: '24 Nov 2021' is not a date");
    }

    @Test
    void check_absolutePathOfADevelopersMachineInASource_isReported() throws IOException {
        Path file = kb.resolve("processes/start-business.yaml");
        edit(
                file,
                "(project reference: shared/reference/",
                "(project reference: /home/dev/onewindow/shared/reference/");

        assertReported(file, lineOf(file, "slaSource:"), "slaSource: names a file on someone's computer");
    }

    @Test
    void check_yamlSyntaxError_reportsTheLineOfTheError() throws IOException {
        Path file = kb.resolve("faq/land-supply.yaml");
        edit(file, "  lang: en\n", "  lang: [en\n");

        Result r = check(kb, connectors);

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.lines())
                .anySatisfy(l -> assertThat(l).startsWith(file + ":").contains("not valid YAML"));
    }

    @Test
    void check_conditionOnALaterField_reportsTheProcessLoadersProblemAtItsLine() throws IOException {
        Path file = kb.resolve("processes/start-business.yaml");
        edit(
                file,
                "    when: {field: foreignInvested, equals: true}\n    label: {en: \"investor's country",
                "    when: {field: legalRepName, equals: x}\n    label: {en: \"investor's country");

        assertReported(file, lineOf(file, "when: {field: legalRepName"), "which is asked later");
    }

    @Test
    void check_incentiveTestingAnUndeclaredFact_reportsTheCriterionLine() throws IOException {
        Path file = kb.resolve("incentives/small-low-profit-cit.yaml");
        edit(file, "{fact: headcount,", "{fact: staff_count,");

        assertReported(file, lineOf(file, "staff_count"), "tests unknown fact 'staff_count'");
    }

    @Test
    void check_connectorForAnUndefinedProcess_reportsTheProcessLine() throws IOException {
        Path file = connectors.resolve("tax.yaml");
        edit(file, "processes: [start-business, pay-taxes,", "processes: [start-business, pay-tax,");

        assertReported(file, lineOf(file, "processes:"), "process 'pay-tax' is not defined in processes/");
    }

    @Test
    void check_missingDepartmentRegistry_isReported() throws IOException {
        Files.delete(kb.resolve("departments.yaml"));

        assertReported(kb.resolve("departments.yaml"), 0, "the department registry is missing");
    }

    @Test
    void check_unexpectedArgument_exitsTwoWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CheckCommand.run(
                List.of("--knowledgebase", "kb"),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: onewindow check");
    }

    private void assertReported(Path file, int line, String message) {
        Result r = check(kb, connectors);
        assertThat(r.exit).as(r.out).isEqualTo(1);
        assertThat(r.lines())
                .as(r.out)
                .anySatisfy(
                        l -> assertThat(l).startsWith(file + ":" + line + ": ").contains(message));
        assertThat(r.lines()).last().asString().as("a count closes the report").matches("\\d+ problems?");
    }

    private record Result(int exit, String out) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Result check(Path kb, Path connectors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CheckCommand.run(
                List.of("--knowledge-base", kb.toString(), "--connectors", connectors.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        return new Result(exit, out.toString(StandardCharsets.UTF_8));
    }

    /** Replaces the first {@code before} (which must be there) in the file. */
    static void edit(Path file, String before, String after) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("fixture %s", file).contains(before);
        Files.writeString(
                file,
                text.replaceFirst(
                        java.util.regex.Pattern.quote(before), java.util.regex.Matcher.quoteReplacement(after)));
    }

    /** The 1-based line of the first line containing {@code snippet}. */
    static int lineOf(Path file, String snippet) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                return i + 1;
            }
        }
        throw new AssertionError(snippet + " not in " + file);
    }
}
