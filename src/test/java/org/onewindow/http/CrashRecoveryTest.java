package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.ServiceProcess;
import org.onewindow.testing.TestServer;

/** Every answered turn survives {@code kill -9} of the service process. */
@IntegrationTest
final class CrashRecoveryTest {

    @Test
    void answeredTurns_afterSigkill_areAllThereAndTheConversationContinues() throws Exception {
        Path dataDir = TestServer.tempDir("onewindow-crash-");
        List<Conversation> conversations = new ArrayList<>();
        try (ServiceProcess first = ServiceProcess.start(dataDir)) {
            ApiClient api = first.api();
            for (int i = 0; i < 5; i++) {
                Conversation c = api.createConversation("en");
                for (int turn = 0; turn < 10; turn++) {
                    assertThat(api.say(c, "turn " + turn).status()).isEqualTo(200);
                }
                conversations.add(c);
            }
        } // SIGKILL: no shutdown hook runs

        try (ServiceProcess second = ServiceProcess.start(dataDir)) {
            ApiClient api = second.api();
            for (Conversation c : conversations) {
                List<JsonObject> messages = api.history(c).json().getJsonArray("messages").stream()
                        .map(m -> (JsonObject) m)
                        .toList();
                assertThat(messages.stream()
                                .filter(m -> m.getString("from").equals("user"))
                                .map(m -> m.getString("text")))
                        .containsExactly(
                                "turn 0", "turn 1", "turn 2", "turn 3", "turn 4", "turn 5", "turn 6", "turn 7",
                                "turn 8", "turn 9");
                long lastSeq = messages.get(messages.size() - 1).getLong("seq");
                assertThat(api.say(c, "after the crash")
                                .json()
                                .getJsonArray("messages")
                                .getJsonObject(0)
                                .getLong("seq"))
                        .isEqualTo(lastSeq + 1);
            }
        }
    }
}
