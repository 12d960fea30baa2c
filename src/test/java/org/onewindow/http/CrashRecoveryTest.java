package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.TestServer;

/** Every answered turn survives {@code kill -9} of the service process. */
final class CrashRecoveryTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");

    @Test
    void answeredTurns_afterSigkill_areAllThereAndTheConversationContinues() throws Exception {
        Path dataDir = TestServer.tempDir("onewindow-crash-");
        List<Conversation> conversations = new ArrayList<>();
        Process first = startService(dataDir);
        try {
            ApiClient api = new ApiClient("http://127.0.0.1:" + awaitPort(first));
            for (int i = 0; i < 5; i++) {
                Conversation c = api.createConversation("en");
                for (int turn = 0; turn < 10; turn++) {
                    assertThat(api.say(c, "turn " + turn).status()).isEqualTo(200);
                }
                conversations.add(c);
            }
        } finally {
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);   // SIGKILL: no shutdown hook runs
        }

        Process second = startService(dataDir);
        try {
            ApiClient api = new ApiClient("http://127.0.0.1:" + awaitPort(second));
            for (Conversation c : conversations) {
                List<JsonObject> messages = api.history(c).json().getJsonArray("messages").stream()
                        .map(m -> (JsonObject) m).toList();
                assertThat(messages.stream().filter(m -> m.getString("from").equals("user")).map(m -> m.getString("text")))
                        .containsExactly("turn 0", "turn 1", "turn 2", "turn 3", "turn 4", "turn 5", "turn 6", "turn 7",
                                "turn 8", "turn 9");
                long lastSeq = messages.get(messages.size() - 1).getLong("seq");
                assertThat(api.say(c, "after the crash").json().getJsonArray("messages").getJsonObject(0).getLong("seq"))
                        .isEqualTo(lastSeq + 1);
            }
        } finally {
            second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process startService(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.onewindow.Main"));
        command.addAll(List.of("--host", "127.0.0.1", "--port", "0", "--data-dir", dataDir.toString(),
                "--knowledge-base", Path.of("knowledge-base").toAbsolutePath().toString(),
                "--connectors", Path.of("connectors").toAbsolutePath().toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static int awaitPort(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the service did not report its port; it printed:\n" + seen);
    }
}
