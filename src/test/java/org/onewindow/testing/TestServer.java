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

    private static TestServer shared;

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
        AppConfig config = ConfigLoader.load(args(dataDir, flags), Map.of());
        return new TestServer(OneWindow.start(config, clock), dataDir);
    }

    static List<String> args(Path dataDir, Map<String, String> flags) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("host", "127.0.0.1");
        all.put("port", "0");
        all.put("data-dir", dataDir.toString());
        all.put("knowledge-base", Path.of("knowledge-base").toAbsolutePath().toString());
        all.put("connectors", Path.of("connectors").toAbsolutePath().toString());
        all.put("identity-secret", IDENTITY_SECRET);
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
