package org.onewindow.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.onewindow.OneWindow;
import org.onewindow.config.AppConfig;
import org.onewindow.config.ConfigLoader;

/**
 * Real OneWindow nodes for integration tests: on a free port, with a temporary data dir and the
 * repository's knowledge base and connectors. {@link #shared()} is one node started once for all
 * test classes that don't need their own.
 */
public final class TestServer implements AutoCloseable {

    /** The identity secret test nodes verify signed identities with. */
    public static final String IDENTITY_SECRET = "test-identity-secret";

    /** The signing secret of every shipped connector on test nodes (Standard Webhooks format). */
    public static final String CONNECTOR_SECRET = "whsec_"
            + java.util.Base64.getEncoder()
                    .encodeToString(
                            "onewindow-test-connector-secret!".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    /** The password of the test staff accounts {@code agent}, {@code supervisor} and {@code admin}. */
    public static final String STAFF_PASSWORD = "correct horse battery staple";
    /** Tests hash staff passwords cheaply; one test checks the production parameters. */
    public static final org.onewindow.staff.PasswordHasher CHEAP_HASHER =
            new org.onewindow.staff.Argon2PasswordHasher(64, 1, 1);

    /**
     * Flags that lift the per-address limits on the conversation API: tests and benchmarks drive
     * many simulated users from one address, far faster than a person ({@code FloodGuardTest}
     * checks the limits themselves). The limits are still checked on every request.
     */
    public static final List<String> NO_CLIENT_LIMITS =
            List.of("--client-openings-per-minute", "1000000000", "--client-messages-per-minute", "1000000000");

    /** {@code args} followed by {@link #NO_CLIENT_LIMITS}. */
    public static List<String> withoutClientLimits(List<String> args) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(NO_CLIENT_LIMITS);
        return all;
    }

    private static TestServer shared;

    /**
     * The suite runs twice in {@code mvn verify}: on the embedded SQLite and, with
     * {@code -Donewindow.test.database=postgresql}, on a fresh PostgreSQL database per data dir.
     */
    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("onewindow.test.database"));
    }

    private static final Map<String, String> POSTGRES_DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

    private final OneWindow node;
    private final Path dataDir;

    private TestServer(OneWindow node, Path dataDir) {
        this.node = node;
        this.dataDir = dataDir;
    }

    /** The node shared by every test class in this JVM; stopped when the JVM exits. */
    public static synchronized TestServer shared() {
        if (shared == null) {
            try {
                shared = start(Files.createTempDirectory("onewindow-shared-"), Map.of());
            } catch (Exception e) {
                throw new IllegalStateException("the shared test server did not start", e);
            }
            TestServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return shared;
    }

    /** Starts a node of its own on {@code dataDir}; {@code flags} override the test defaults. */
    public static TestServer start(Path dataDir, Map<String, String> flags) throws Exception {
        return start(dataDir, flags, Clock.systemUTC());
    }

    public static TestServer start(Path dataDir, Map<String, String> flags, Clock clock) throws Exception {
        Map<String, String> all = new java.util.LinkedHashMap<>(flags);
        if (onPostgres() && !all.containsKey("database-url")) {
            all.put(
                    "database-url",
                    POSTGRES_DATABASES.computeIfAbsent(dataDir.toAbsolutePath().toString(), dir -> {
                        org.onewindow.cluster.FreshPostgres database = org.onewindow.cluster.FreshPostgres.create();
                        // Dropped (WITH FORCE) when the test JVM ends.
                        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
                        return database.url();
                    }));
        }
        AppConfig config = ConfigLoader.load(args(dataDir, all), Map.of());
        writeStaffFile(config.staffFile());
        Map<String, String> env = new java.util.HashMap<>();
        for (String connector : List.of(
                "market-regulation",
                "tax",
                "human-resources-social-security",
                "public-security",
                "housing-construction",
                "natural-resources",
                "park-service-center")) {
            env.put(
                    "ONEWINDOW_CONNECTOR_"
                            + connector.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_SECRET",
                    CONNECTOR_SECRET);
        }
        return new TestServer(OneWindow.start(config, clock, env, CHEAP_HASHER), dataDir);
    }

    /** Staff accounts of test nodes: an agent of market regulation, a supervisor and an admin. */
    private static void writeStaffFile(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        String hash = CHEAP_HASHER.hash(STAFF_PASSWORD);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "staff:\n"
                        + "  - {username: agent, role: agent, departments: [market-regulation], passwordHash: \"" + hash
                        + "\"}\n"
                        + "  - {username: supervisor, role: supervisor, departments: [market-regulation, tax], passwordHash: \""
                        + hash + "\"}\n"
                        + "  - {username: admin, role: admin, departments: [], passwordHash: \"" + hash + "\"}\n");
    }

    static List<String> args(Path dataDir, Map<String, String> flags) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("host", "127.0.0.1");
        all.put("port", "0");
        all.put("data-dir", dataDir.toString());
        all.put("knowledge-base", Path.of("knowledge-base").toAbsolutePath().toString());
        all.put("connectors", Path.of("connectors").toAbsolutePath().toString());
        all.put("identity-secret", IDENTITY_SECRET);
        for (int i = 0; i < NO_CLIENT_LIMITS.size(); i += 2) {
            all.put(NO_CLIENT_LIMITS.get(i).substring(2), NO_CLIENT_LIMITS.get(i + 1));
        }
        all.putAll(flags);
        List<String> args = new java.util.ArrayList<>();
        all.forEach((k, v) -> {
            args.add("--" + k);
            args.add(v);
        });
        return args;
    }

    public int port() {
        return node.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + node.port();
    }

    public Path dataDir() {
        return dataDir;
    }

    public OneWindow node() {
        return node;
    }

    public ApiClient api() {
        return new ApiClient(baseUrl());
    }

    /**
     * Waits until every passage has its vector (as {@code /health} reports), for tests of answers that
     * need the full retrieval: until then words alone find the passages.
     */
    public TestServer awaitPassageVectors() {
        long until = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        ApiClient client = api();
        while (true) {
            io.vertx.core.json.JsonObject knowledge = client.get("/health", null)
                    .json()
                    .getJsonObject("components")
                    .getJsonObject("knowledge");
            if (knowledge.getInteger("passagesWithoutVectors", -1) == 0) {
                return this;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("passage vectors not ready after 3 minutes: " + knowledge);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for passage vectors", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            node.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
