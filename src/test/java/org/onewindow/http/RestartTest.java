package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

@IntegrationTest
final class RestartTest {

    @Test
    void conversation_afterGracefulRestart_continuesWithItsHistoryAndToken() throws Exception {
        Path dataDir = TestServer.tempDir("onewindow-restart-");
        Conversation c;
        try (TestServer first = TestServer.start(dataDir, Map.of())) {
            c = first.api().createConversation("en");
            first.api().say(c, "before the restart");
        }

        try (TestServer second = TestServer.start(dataDir, Map.of())) {
            ApiClient api = second.api();
            Response r = api.say(c, "after the restart");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().getJsonArray("messages").getJsonObject(0).getLong("seq"))
                    .isEqualTo(4);
            assertThat(api.history(c).json().getJsonArray("messages").stream()
                            .map(m -> ((JsonObject) m).getString("text")))
                    .contains("before the restart", "after the restart");
        }
    }
}
