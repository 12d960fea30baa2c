package org.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.knowledge.ingest.ForkedParserPool;
import org.onewindow.testing.IntegrationTest;

/** A port already taken is said at once, with its number, before any start-up work. */
@IntegrationTest
final class BusyPortTest {

    @Test
    void busyPort_isReportedWithItsNumber_beforeAnyStartUpWork(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(
                            java,
                            "-Xmx256m",
                            "-cp",
                            ForkedParserPool.classpath(),
                            "org.onewindow.Main",
                            "--host",
                            "127.0.0.1",
                            "--port",
                            String.valueOf(port),
                            "--data-dir",
                            dataDir.toString(),
                            "--knowledge-base",
                            Path.of("knowledge-base").toAbsolutePath().toString(),
                            "--connectors",
                            Path.of("connectors").toAbsolutePath().toString()))
                    .redirectErrorStream(true)
                    .start();

            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited").isTrue();

            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output).contains("port " + port + " on 127.0.0.1 is already in use");
            // Nothing was opened: no database, no index.
            assertThat(Files.list(dataDir).toList()).isEmpty();
        }
    }
}
