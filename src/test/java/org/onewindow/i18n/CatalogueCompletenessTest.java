package org.onewindow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onewindow.channel.core.ChannelTexts;
import org.onewindow.shared.Lang;

/**
 * The shipped catalogues against each other and against the code that uses them: every key in
 * every language with the same arguments, no key twice in a file, and every key the Java and
 * JavaScript sources name (or a prefix they complete at run time) present.
 */
final class CatalogueCompletenessTest {

    private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");
    private static final Path JAVA = Path.of("src", "main", "java");
    private static final Path WEBROOT = Path.of("src", "main", "resources", "webroot");

    /** Areas the browser clients format with their small formatter: {name} and {name, number} only. */
    private static final List<String> BROWSER_AREAS = List.of("widget.", "console.");

    /**
     * Where an empty text is allowed: under the first it means "show the service's own (English)
     * refusal"; a separator is empty in a language that writes none (Chinese puts no space between sentences).
     */
    private static final List<String> MAY_BE_EMPTY = List.of("channel.fileNotReceived.", "process.noteSeparator");

    // Not department.<id>: the departments' names are the registry's (knowledge-base/departments.yaml),
    // served beside the catalogue by GET /api/v1/messages/{lang}; see catalogue_holdsNoDepartmentNames.
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:handoff|channel|widget|console|dialogue|process|policy|knowledge|upload|incentives)\\.[A-Za-z0-9_.-]*)\"");
    private static final Pattern JS_KEY = Pattern.compile("'((?:widget|console)\\.[A-Za-z0-9_.-]*)'");
    private static final Pattern HTML_KEY = Pattern.compile("data-tp?=\"([A-Za-z0-9_-]+)\"");
    private static final Pattern YAML_KEY = Pattern.compile("^([^#\\s][^:]*):", Pattern.MULTILINE);

    private final MessageCatalog catalog = MessageCatalog.bundled();

    @Test
    void everyKey_isInEveryLanguage_withTheSameArguments() {
        for (Lang lang : Lang.values()) {
            assertThat(catalog.texts(lang, List.of()).keySet())
                    .as("keys of %s.yaml", lang.code())
                    .containsExactlyElementsOf(catalog.keys());
        }
        for (String key : catalog.keys()) {
            Set<Set<String>> arguments = new HashSet<>();
            for (Lang lang : Lang.values()) {
                arguments.add(new TreeSet<>(catalog.pattern(lang, key).arguments()));
            }
            assertThat(arguments)
                    .as("the arguments of %s in every language", key)
                    .hasSize(1);
        }
    }

    @Test
    void yamlFiles_haveNoDuplicateKeys() throws IOException {
        for (Lang lang : Lang.values()) {
            String yaml = Files.readString(MESSAGES.resolve(lang.code() + ".yaml"), StandardCharsets.UTF_8);
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            Matcher m = YAML_KEY.matcher(yaml);
            while (m.find()) {
                if (!seen.add(m.group(1).strip())) {
                    twice.add(m.group(1).strip());
                }
            }
            assertThat(twice).as("keys written twice in %s.yaml", lang.code()).isEmpty();
            assertThat(seen).as("keys of %s.yaml", lang.code()).hasSameSizeAs(catalog.keys());
        }
    }

    @Test
    void everyKeyNamedInJava_exists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (!source.contains("org.onewindow.i18n.") && !file.startsWith(JAVA.resolve("org/onewindow/i18n"))) {
                    continue; // only classes that use the catalogue name its keys
                }
                missing.addAll(absent(file, JAVA_KEY.matcher(source), ""));
            }
        }
        assertThat(missing).as("keys named in Java but not in the catalogue").isEmpty();
    }

    @Test
    void everyKeyNamedInTheWidgetAndConsole_exists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : List.of(WEBROOT.resolve("widget/widget.js"), WEBROOT.resolve("console/console.js"))) {
            missing.addAll(absent(file, JS_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8)), ""));
        }
        Path html = WEBROOT.resolve("console/index.html");
        // the console prefixes its data-t / data-tp attributes with "console."
        missing.addAll(absent(html, HTML_KEY.matcher(Files.readString(html, StandardCharsets.UTF_8)), "console."));
        assertThat(missing)
                .as("keys named in the browser clients but not in the catalogue")
                .isEmpty();
    }

    @Test
    void widgetAndConsole_holdNoChineseText() throws IOException {
        for (Path file : List.of(WEBROOT.resolve("widget/widget.js"), WEBROOT.resolve("console/console.js"))) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s: user text belongs in the catalogue", file)
                    .doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void browserTexts_useOnlyTheArgumentsTheBrowserFormats() {
        for (Lang lang : Lang.values()) {
            catalog.texts(lang, BROWSER_AREAS)
                    .keySet()
                    .forEach(key -> assertThat(catalog.pattern(lang, key).isSimple())
                            .as("%s (%s) uses only {name} and {name, number}", key, lang.code())
                            .isTrue());
        }
    }

    @Test
    void consoleErrors_wordAnErrorCodeTheServerSends_inEveryLanguage() throws IOException {
        String java;
        try (Stream<Path> files = Files.walk(JAVA)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
            java = all.toString();
        }
        List<String> codes = catalog.keys().stream()
                .filter(key -> key.startsWith("console.error."))
                .map(key -> key.substring("console.error.".length()))
                .toList();
        assertThat(codes).isNotEmpty();
        for (String code : codes) {
            assertThat(java)
                    .as("an API error code '%s' in the Java sources", code)
                    .contains("\"" + code + "\"");
            for (Lang lang : Lang.values()) {
                assertThat(catalog.text(lang, "console.error." + code))
                        .as("console.error.%s in %s.yaml", code, lang.code())
                        .isNotBlank();
            }
        }
    }

    @Test
    void catalogue_holdsNoDepartmentNames() {
        assertThat(catalog.keys())
                .as("department names belong in knowledge-base/departments.yaml, the one place they are written")
                .noneMatch(key -> key.startsWith("department."));
    }

    @Test
    void emptyTexts_onlyWhereTheServersMessageIsMeant() {
        for (Lang lang : Lang.values()) {
            catalog.texts(lang, List.of()).forEach((key, text) -> {
                if (text.isBlank()) {
                    assertThat(MAY_BE_EMPTY)
                            .as("%s is empty in %s.yaml", key, lang.code())
                            .anyMatch(key::startsWith);
                }
            });
        }
    }

    @Test
    void channelTexts_everyRefusalHasItsWords() {
        for (Lang lang : Lang.values()) {
            for (int status : new int[] {0, 400, 413, 415, 500}) {
                assertThat(ChannelTexts.fileNotReceived(lang, status, status == 0 ? null : "refused"))
                        .as("status %d in %s", status, lang.code())
                        .isNotBlank()
                        .doesNotContain("{");
            }
        }
        assertThat(ChannelTexts.fileNotReceived(Lang.EN, 413, "The file is larger than 20 MB."))
                .isEqualTo("The document was not received: The file is larger than 20 MB.");
        assertThat(ChannelTexts.fileNotReceived(Lang.ZH, 413, "The file is larger than 20 MB."))
                .isEqualTo("文件未能接收：文件超过 20 MB。");
        assertThat(ChannelTexts.fileNotReceived(Lang.EN, 0, null))
                .isEqualTo("The document was not received: it could not be fetched; please send it again.");
    }

    /** Not user text: the instruction the embedding model was trained with, part of its input. */
    private static final List<String> MODEL_INPUT = List.of("org/onewindow/knowledge/embed/BgeEmbedder.java");

    /** User text not yet moved to the catalogue (issue 21): this list shrinks to nothing too. */
    private static final List<String> NOT_YET_MOVED = List.of();

    @Test
    void javaSources_holdNoChineseStringLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = JAVA.relativize(file).toString().replace('\\', '/');
                if (Stream.of(MODEL_INPUT, NOT_YET_MOVED).flatMap(List::stream).anyMatch(relative::startsWith)) {
                    continue;
                }
                for (String literal : JavaLiterals.of(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (HAN.matcher(literal).find()) {
                        found.add(relative + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found)
                .as("Chinese text in Java string literals: user text belongs in messages/*.yaml")
                .isEmpty();
    }

    @Test
    void javaLiterals_skipCommentsAndReadTextBlocks() {
        String source = "// \"注释\"\n/* \"注释\" */ char c = '\"'; String a = \"a\\\"中\"; String b = \"\"\"\n  块\n\"\"\";";
        assertThat(JavaLiterals.of(source)).containsExactly("\"", "a\\\"中", "\n  块\n");
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** The keys {@code m} finds (prefixed) that are not in the catalogue; one ending in "." must start some key. */
    private List<String> absent(Path file, Matcher m, String prefix) {
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            String key = prefix + m.group(1);
            boolean found = key.endsWith(".")
                    ? catalog.keys().stream().anyMatch(k -> k.startsWith(key))
                    : catalog.contains(key);
            if (!found) {
                missing.add(file + ": " + key);
            }
        }
        return missing;
    }

    @Test
    void texts_ofEveryLanguageAreServedWhole() {
        Map<String, String> zh = catalog.texts(Lang.ZH, List.of("widget."));
        assertThat(zh).containsEntry("widget.step", "第 {n} 步 / 共 {m} 步");
    }
}
