package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/**
 * The shipped monitoring, checked with Prometheus' own promtool (Debian's prometheus package):
 * the metrics page lints clean, the alert rules load and pass their unit tests, and every query of
 * the Grafana dashboard and of the rules parses and names only series the page has.
 */
@IntegrationTest
final class MonitoringConfigTest {
    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    private static final Path DIR = Path.of("docs/monitoring");
    private static final Pattern SERIES = Pattern.compile("\\b((?:onewindow|vertx|jvm|process)_[a-z0-9_]+)");

    private static String page;

    @BeforeAll
    static void scrapeAfterSomeTraffic() {
        assertThat(PROMTOOL)
                .as("promtool is missing: apt-get install -y prometheus (.ci/run does it)")
                .isExecutable();
        ApiClient api = TestServer.shared().api();
        api.say(api.createConversation("en"), "How long does deregistration take?");
        page = api.get("/metrics", null).body();
    }

    @Test
    void metricsPage_passesPromtoolLint() throws Exception {
        Path file = Files.createTempFile("metrics", ".txt");
        Files.writeString(file, page);

        assertThat(promtool(file, "check", "metrics")).isEqualTo("");
    }

    @Test
    void alertRules_loadAndPassTheirUnitTests() throws Exception {
        promtool(null, "check", "rules", DIR.resolve("alerts.yml").toString());
        promtool(null, "test", "rules", DIR.resolve("alerts-test.yml").toString());
    }

    @Test
    void dashboardQueries_parseAndNameOnlySeriesOnTheMetricsPage() throws Exception {
        JsonNode dashboard = new ObjectMapper()
                .readTree(DIR.resolve("grafana-dashboard.json").toFile());
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.path("expr").asText());
            }
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(10);
        // Grafana's variables as Prometheus would see them once substituted.
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i).replace("$__rate_interval", "5m").replace("$instance", ".*");
            rules.append("      - record: dashboard_query_")
                    .append(i)
                    .append("\n        expr: '")
                    .append(query.replace("'", "''").replace("\n", " "))
                    .append("'\n");
        }
        Path file = Files.createTempFile("dashboard-rules", ".yml");
        Files.writeString(file, rules);
        promtool(null, "check", "rules", file.toString());

        assertThat(missingFromPage(String.join("\n", queries))).isEmpty();
    }

    @Test
    void alertRules_nameOnlySeriesOnTheMetricsPage() throws Exception {
        assertThat(missingFromPage(Files.readString(DIR.resolve("alerts.yml")))).isEmpty();
    }

    /** Series names in {@code text} that the metrics page does not have. */
    private static Set<String> missingFromPage(String text) {
        Set<String> missing = new TreeSet<>();
        Matcher m = SERIES.matcher(text);
        while (m.find()) {
            if (!Pattern.compile("(?m)^" + Pattern.quote(m.group(1)) + "[{ ]")
                    .matcher(page)
                    .find()) {
                missing.add(m.group(1));
            }
        }
        return missing;
    }

    /** Runs promtool (with {@code stdin} as its input, if given); its output when it succeeds, else the test fails. */
    private static String promtool(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("promtool finished")
                .isTrue();
        assertThat(process.exitValue())
                .as("promtool " + String.join(" ", args) + ":\n" + output)
                .isZero();
        return output;
    }
}
