package org.onewindow.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.knowledge.ingest.ForkedParserPool;

/** The service as a child JVM of its own, so that a test can {@code kill -9} it and start it again on the same data. */
public final class ServiceProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts {@code org.onewindow.Main} on {@code dataDir} with the shipped knowledge base, {@code flags} added (and
     * overriding), {@code env} added to the environment; returns once it reports its port.
     */
    public static ServiceProcess start(Path dataDir, Map<String, String> flags, Map<String, String> env)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(List.of(java, "-Xmx256m", "-cp", ForkedParserPool.classpath(), "org.onewindow.Main"));
        Map<String, String> all = new java.util.LinkedHashMap<>(Map.of(
                "host",
                "127.0.0.1",
                "port",
                "0",
                "data-dir",
                dataDir.toString(),
                "knowledge-base",
                Path.of("knowledge-base").toAbsolutePath().toString(),
                "connectors",
                Path.of("connectors").toAbsolutePath().toString()));
        for (int i = 0; i < TestServer.NO_CLIENT_LIMITS.size(); i += 2) {
            all.put(TestServer.NO_CLIENT_LIMITS.get(i).substring(2), TestServer.NO_CLIENT_LIMITS.get(i + 1));
        }
        all.putAll(flags);
        all.forEach((key, value) -> {
            command.add("--" + key);
            command.add(value);
        });
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            return new ServiceProcess(process, awaitPort(process));
        } catch (Exception | AssertionError e) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw e;
        }
    }

    public static ServiceProcess start(Path dataDir) throws Exception {
        return start(dataDir, Map.of(), Map.of());
    }

    public int port() {
        return port;
    }

    public ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static int awaitPort(Process process) throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the service did not report its port; it printed:\n" + seen);
    }
}
