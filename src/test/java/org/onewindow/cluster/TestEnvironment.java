package org.onewindow.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.testing.TestServer;

/** What every test node gets: the shipped connectors' signing secrets and the test staff accounts. */
final class TestEnvironment {

    private TestEnvironment() {}

    static Map<String, String> connectorSecrets() {
        Map<String, String> env = new HashMap<>();
        for (String connector : List.of(
                "market-regulation",
                "tax",
                "human-resources-social-security",
                "public-security",
                "housing-construction",
                "natural-resources",
                "park-service-center")) {
            env.put(
                    "ONEWINDOW_CONNECTOR_" + connector.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET",
                    TestServer.CONNECTOR_SECRET);
        }
        return env;
    }

    /** A staff file shared by the nodes: agent, supervisor and admin with {@link TestServer#STAFF_PASSWORD}. */
    static Path staffFile(Path dir) throws IOException {
        String hash = TestServer.CHEAP_HASHER.hash(TestServer.STAFF_PASSWORD);
        Path file = dir.resolve("staff.yaml");
        Files.createDirectories(dir);
        Files.writeString(
                file,
                "staff:\n"
                        + "  - {username: agent, role: agent, departments: [market-regulation], passwordHash: \"" + hash
                        + "\"}\n"
                        + "  - {username: supervisor, role: supervisor, departments: [market-regulation, tax], passwordHash: \""
                        + hash + "\"}\n"
                        + "  - {username: admin, role: admin, departments: [], passwordHash: \"" + hash + "\"}\n");
        return file;
    }
}
