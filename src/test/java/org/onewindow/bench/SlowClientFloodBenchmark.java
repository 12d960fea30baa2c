package org.onewindow.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.onewindow.OneWindow;
import org.onewindow.config.ConfigLoader;
import org.onewindow.resilience.SlowClientFlood;
import org.onewindow.testing.TestServer;

/**
 * {@link SlowClientFlood} against a node of its own: prints the health check's p50/p99 before and during the flood,
 * and how many of the slow connections the server ended within the client timeout plus a second.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.onewindow.bench.SlowClientFloodBenchmark -Dexec.args="800 5"} (connections, client timeout in
 * seconds).
 */
public final class SlowClientFloodBenchmark {

    private SlowClientFloodBenchmark() {}

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 800;
        int timeoutSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        OneWindow node = OneWindow.start(
                ConfigLoader.load(
                        TestServer.withoutClientLimits(List.of(
                                "--host",
                                "127.0.0.1",
                                "--port",
                                "0",
                                "--data-dir",
                                Files.createTempDirectory("onewindow-slow-flood-")
                                        .resolve("data")
                                        .toString(),
                                "--client-timeout-seconds",
                                String.valueOf(timeoutSeconds))),
                        Map.of()),
                Clock.systemUTC());
        try {
            System.out.println(SlowClientFlood.run(node.port(), connections, timeoutSeconds)
                    .report());
        } finally {
            node.stop();
        }
    }
}
