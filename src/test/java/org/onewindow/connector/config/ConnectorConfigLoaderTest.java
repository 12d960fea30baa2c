package org.onewindow.connector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.connector.CircuitBreaker;
import org.onewindow.connector.ConnectorConfigException;
import org.onewindow.connector.ConnectorRegistry;
import org.onewindow.connector.ConnectorSpec;
import org.onewindow.connector.amqp.AmqpConnectorFactory;
import org.onewindow.connector.file.FileConnectorConfig;
import org.onewindow.connector.file.FileConnectorFactory;
import org.onewindow.connector.http.HttpConnectorFactory;

final class ConnectorConfigLoaderTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private final Vertx vertx = Vertx.vertx();

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        vertx.close().await();
    }

    private ConnectorConfigLoader loader(Map<String, String> env) {
        return new ConnectorConfigLoader(
                List.of(
                        new HttpConnectorFactory(vertx),
                        new AmqpConnectorFactory(vertx),
                        new FileConnectorFactory(vertx)),
                tmp.resolve("data"),
                env);
    }

    private Path write(String name, String yaml) throws Exception {
        Path dir = tmp.resolve("connectors");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void shippedDirectory_loadsOnEmbeddedDefaults_withoutAnySecret() {
        ConnectorRegistry registry = loader(Map.of()).load(Path.of("connectors"));
        assertThat(registry.all())
                .extracting(e -> e.spec().id())
                .containsExactlyInAnyOrder(
                        "market-regulation",
                        "tax",
                        "housing-construction",
                        "natural-resources",
                        "public-security",
                        "human-resources-social-security",
                        "park-service-center");
        assertThat(registry.all()).allSatisfy(e -> assertThat(e.spec().type()).isEqualTo("file"));
        ConnectorSpec market = registry.find("market-regulation").orElseThrow().spec();
        assertThat(FileConnectorConfig.from(market.adapter()).targetDir())
                .isEqualTo(tmp.resolve("data").toAbsolutePath().normalize().resolve("outbox/market-regulation"));
        for (String process : List.of(
                "start-business",
                "pay-taxes",
                "start-construction",
                "acceptance-check",
                "deregistration",
                "book-agent")) {
            assertThat(registry.targetsFor(process)).as(process).isNotEmpty();
        }
    }

    @Test
    void secret_comesFromTheEnvironment_idUpperCasedWithUnderscores() throws Exception {
        write("hr.yaml", """
                id: human-resources-social-security
                type: http
                processes: [start-business]
                http:
                  url: https://hr.example.gov.cn/intake
                """);
        assertThat(ConnectorSpec.secretVariable("human-resources-social-security"))
                .isEqualTo("ONEWINDOW_CONNECTOR_HUMAN_RESOURCES_SOCIAL_SECURITY_SECRET");
        ConnectorRegistry registry = loader(
                        Map.of("ONEWINDOW_CONNECTOR_HUMAN_RESOURCES_SOCIAL_SECURITY_SECRET", SECRET))
                .load(tmp.resolve("connectors"));
        assertThat(registry.find("human-resources-social-security")
                        .orElseThrow()
                        .spec()
                        .signer())
                .isNotNull();
        registry.close().await();
    }

    @Test
    void httpWithoutSecret_failsNamingFileAndVariable() throws Exception {
        Path file =
                write("tax.yaml", "id: tax\ntype: http\nprocesses: [pay-taxes]\nhttp:\n  url: https://tax.example/x\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .isInstanceOf(ConnectorConfigException.class)
                .hasMessageStartingWith(file + ": secret:")
                .hasMessageContaining("ONEWINDOW_CONNECTOR_TAX_SECRET");
    }

    @Test
    void invalidValues_failNamingFileAndKey() throws Exception {
        Path file = write("x.yaml", "id: tax\ntype: http\nprocesses: [pay-taxes]\nhttp:\n  url: ftp://tax.example/x\n");
        assertThatThrownBy(() ->
                        loader(Map.of("ONEWINDOW_CONNECTOR_TAX_SECRET", SECRET)).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": http.url: must be an absolute http:// or https:// URL");
        Files.writeString(
                file, "id: tax\ntype: file\nprocesses: [pay-taxes]\ntimeout: soon\nfile:\n  target-dir: out\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": timeout:");
        Files.writeString(file, "id: tax\ntype: smtp\nprocesses: [pay-taxes]\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": type: unknown adapter type");
        Files.writeString(file, "id: tax\ntype: amqp\nprocesses: [pay-taxes]\namqp:\n  exchange: x\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": amqp.routing-key: is required");
        Files.writeString(file, "id: tax\ntype: file\nprocesses: []\nfile:\n  target-dir: out\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": processes:");
        Files.writeString(
                file, "id: tax\ntype: file\nprocesses: [a]\nretry:\n  max-attempts: 0\nfile:\n  target-dir: out\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": retry.max-attempts:");
        Files.writeString(
                file,
                "id: tax\ntype: file\nprocesses: [a]\ncircuit-breaker:\n  failures: 0\nfile:\n  target-dir: out\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": circuit-breaker.failures:");
        Files.writeString(
                file,
                "id: tax\ntype: file\nprocesses: [a]\ncircuit-breaker:\n  open-for: 10m\n  max-open-for: 1m\nfile:\n  target-dir: out\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": circuit-breaker:");
        Files.writeString(file, "id: tax\ntype: file\nprocesses: [a]\nfile:\n  target-dir: out\nsecret: whsec_abc\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": secret: unknown key");
        Files.writeString(file, "id: tax\n  type: [\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(file + ": not valid YAML");
    }

    @Test
    void circuitBreaker_isAConnectorSetting_withTheDocumentedDefaults() throws Exception {
        write(
                "tax.yaml",
                "id: tax\ntype: file\nprocesses: [a]\ncircuit-breaker:\n  failures: 3\n  open-for: 30s\n"
                        + "  max-open-for: 10m\nfile:\n  target-dir: out\n");
        write("hr.yaml", "id: hr\ntype: file\nprocesses: [a]\nfile:\n  target-dir: hr\n");
        ConnectorRegistry registry = loader(Map.of()).load(tmp.resolve("connectors"));
        assertThat(registry.find("tax").orElseThrow().spec().breaker())
                .isEqualTo(new CircuitBreaker.Settings(3, Duration.ofSeconds(30), Duration.ofMinutes(10)));
        assertThat(registry.find("hr").orElseThrow().spec().breaker())
                .isEqualTo(new CircuitBreaker.Settings(5, Duration.ofSeconds(15), Duration.ofMinutes(5)));
        registry.close().await();
    }

    @Test
    void duplicateIds_failNamingTheFile() throws Exception {
        write("a.yaml", "id: tax\ntype: file\nprocesses: [a]\nfile:\n  target-dir: a\n");
        Path b = write("b.yaml", "id: tax\ntype: file\nprocesses: [a]\nfile:\n  target-dir: b\n");
        assertThatThrownBy(() -> loader(Map.of()).load(tmp.resolve("connectors")))
                .hasMessageStartingWith(b + ": id:");
    }
}
