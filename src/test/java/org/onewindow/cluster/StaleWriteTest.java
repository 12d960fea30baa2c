package org.onewindow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/**
 * The guard behind the cache eviction: two nodes on one PostgreSQL with no cluster between them,
 * so nothing evicts. A turn decided on a stale cached state appends a seq the other node already
 * wrote; the primary key refuses it, and the turn is reloaded and run again instead of failing.
 */
@IntegrationTest
final class StaleWriteTest {

    @Test
    void turnOnStaleCachedState_conflictsOnSeq_isReloadedAndRetried() throws Exception {
        try (FreshPostgres db = FreshPostgres.create();
                TestServer a =
                        TestServer.start(TestServer.tempDir("onewindow-stale-a-"), Map.of("database-url", db.url()));
                TestServer b =
                        TestServer.start(TestServer.tempDir("onewindow-stale-b-"), Map.of("database-url", db.url()))) {
            ApiClient apiA = a.api();
            ApiClient apiB = b.api();
            Conversation c = apiA.createConversation("en");
            assertThat(apiA.say(c, "one").status()).isEqualTo(200); // A caches the conversation at seq 3
            assertThat(apiB.say(c, "two").status()).isEqualTo(200); // B moves it on; A is not told

            Response three = apiA.say(c, "three"); // A decides on seq 3: conflict, reload, retry

            assertThat(three.status()).as(three.body()).isEqualTo(200);
            JsonArray history = apiB.history(c).json().getJsonArray("messages");
            PostgresConversationTest.assertContiguous(history);
            assertThat(history.stream()
                            .map(m -> (JsonObject) m)
                            .filter(m -> "user".equals(m.getString("from")))
                            .map(m -> m.getString("text")))
                    .containsExactly("one", "two", "three");
            assertThat(three.json().getJsonArray("messages").getJsonObject(0).getLong("seq"))
                    .isEqualTo(history.getJsonObject(history.size() - 1).getLong("seq")
                            - three.json().getJsonArray("messages").size()
                            + 1);
        }
    }
}
