package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.IntegrationTest;

/**
 * Lints the served API description with Redocly CLI's recommended rules. The CLI is an npm package
 * installed into the ignored {@code .tools/redocly/} (by {@code .ci/run}); a missing CLI fails the
 * test with the command that installs it, so a broken description is never let through by a skip.
 */
@IntegrationTest
final class OpenApiLintTest {

    private static final Path DOCUMENT = Path.of("src", "main", "resources", "openapi.json");
    private static final Path REDOCLY = Path.of(".tools", "redocly", "node_modules", ".bin", "redocly");
    private static final Path OUTPUT = Path.of("target", "redocly-lint.txt");
    private static final String INSTALL =
            "npm install --no-audit --no-fund --save-exact --prefix .tools/redocly @redocly/cli@2.77.0";

    @Test
    void openApiDocument_passesRedoclyLintWithNoErrors() throws Exception {
        if (!Files.isExecutable(REDOCLY)) {
            fail("Redocly CLI is missing at " + REDOCLY.toAbsolutePath()
                    + ": the OpenAPI lint needs it (and Node.js 20.19+). " + "Run .ci/run, or install it with `"
                    + INSTALL + "`.");
        }
        ProcessBuilder builder = new ProcessBuilder(REDOCLY.toString(), "lint", "--format=stylish", DOCUMENT.toString())
                .redirectErrorStream(true)
                .redirectOutput(OUTPUT.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Files.createDirectories(OUTPUT.getParent());
        Process lint;
        try {
            lint = builder.start();
        } catch (IOException e) {
            throw new AssertionError(
                    "Redocly CLI at " + REDOCLY + " did not start (is `node` on the PATH?): " + e.getMessage(), e);
        }
        lint.getOutputStream().close();
        if (!lint.waitFor(2, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            fail("redocly lint did not finish within 2 minutes:\n" + Files.readString(OUTPUT, StandardCharsets.UTF_8));
        }
        String output = Files.readString(OUTPUT, StandardCharsets.UTF_8);

        assertThat(lint.exitValue())
                .as("redocly lint exit code; its output:\n%s", output)
                .isZero();
        assertThat(output)
                .contains("validating " + DOCUMENT)
                .doesNotContainPattern("(?m)^\\s*\\d+:\\d+\\s+error\\s")
                .contains("Your API description is valid");
    }
}
