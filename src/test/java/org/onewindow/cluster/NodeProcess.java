package org.onewindow.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.TestServer;

/**
 * A OneWindow node as a separate process ({@code java -cp <test classpath> org.onewindow.Main …}),
 * so that it can be killed with SIGKILL. Its output is kept for failure messages.
 */
public final class NodeProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");

    /** Hazelcast's failure detection, short for tests: a dead member is dropped after a few seconds. */
    static final List<String> QUICK_HAZELCAST = List.of(
            "-Dhazelcast.heartbeat.interval.seconds=1",
            "-Dhazelcast.max.no.heartbeat.seconds=5",
            "-Dhazelcast.wait.seconds.before.join=0",
            "-Dhazelcast.max.wait.seconds.before.join=1");

    private final String name;
    private final Process process;
    private final ConcurrentLinkedDeque<String> output = new ConcurrentLinkedDeque<>();
    private int port;

    private NodeProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /** Starts a node with {@code flags} (after the defaults: loopback, a free port, the repository's knowledge base). */
    public static NodeProcess start(String name, Path dataDir, List<String> flags) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(QUICK_HAZELCAST);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.onewindow.Main",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--data-dir",
                dataDir.toString(),
                "--knowledge-base",
                Path.of("knowledge-base").toAbsolutePath().toString(),
                "--connectors",
                Path.of("connectors").toAbsolutePath().toString()));
        command.addAll(TestServer.NO_CLIENT_LIMITS);
        command.addAll(flags);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(TestEnvironment.connectorSecrets());
        NodeProcess node = new NodeProcess(name, builder.start());
        node.port = node.awaitPort();
        return node;
    }

    public int port() {
        return port;
    }

    public ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** SIGKILL: no shutdown hook runs, the node does not leave the cluster politely. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** What the node printed, for assertion messages. */
    public String output() {
        return name + " printed:\n" + String.join("\n", output);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    /** A free TCP port on loopback, for Hazelcast. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private int awaitPort() throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            keep(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(this::keep), name + "-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        process.destroyForcibly();
        throw new AssertionError("node " + name + " did not report its port; " + output());
    }

    private void keep(String line) {
        output.add(line);
        while (output.size() > 400) {
            output.pollFirst();
        }
    }
}
