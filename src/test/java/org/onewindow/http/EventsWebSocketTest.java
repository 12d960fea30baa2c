package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

@ExtendWith(VertxExtension.class)
@IntegrationTest
final class EventsWebSocketTest {

    private final TestServer server = TestServer.shared();
    private final ApiClient api = server.api();

    @Test
    void events_afterSeq_sendsHistoryThenPushesNewMessagesOnce(Vertx vertx, VertxTestContext test) {
        Conversation c = api.createConversation("en");
        api.say(c, "before connecting"); // seq 2 and 3
        List<Long> seqs = new CopyOnWriteArrayList<>();
        WebSocketClient client = vertx.createWebSocketClient();

        connect(client, options(c, 1)).onComplete(test.succeeding(ws -> {
            ws.textMessageHandler(frame -> {
                JsonObject event = new JsonObject(frame);
                if ("message".equals(event.getString("type"))) {
                    seqs.add(event.getJsonObject("message").getLong("seq"));
                }
                if ("state".equals(event.getString("type")) && seqs.size() == 2) {
                    vertx.executeBlocking(() -> api.say(c, "after connecting")); // seq 4 and 5, pushed
                }
                if (seqs.size() == 4) {
                    test.verify(() -> assertThat(seqs).containsExactly(2L, 3L, 4L, 5L));
                    ws.close().onComplete(closed -> test.completeNow());
                }
            });
        }));
    }

    @Test
    void events_withWrongToken_isRefusedBeforeUpgrade(Vertx vertx, VertxTestContext test) {
        Conversation c = api.createConversation("en");
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost("127.0.0.1")
                .setPort(server.port())
                .setURI("/api/v1/conversations/" + c.id() + "/events?token=not-the-token");

        vertx.createWebSocketClient()
                .connect(options)
                .onComplete(test.failing(e -> test.verify(() -> {
                    // The upgrade is refused: a 403 response (the client may also just see the refused connection
                    // close).
                    assertThat(e.getMessage()).containsAnyOf("403", "Connection closed");
                    assertThat(api.get("/api/v1/conversations/" + c.id() + "/events?token=not-the-token", null)
                                    .status())
                            .isEqualTo(403);
                    test.completeNow();
                })));
    }

    @Test
    void events_reconnectWithLastSeq_missesNothingAndRepeatsNothing(Vertx vertx, VertxTestContext test)
            throws Exception {
        Conversation c = api.createConversation("en");
        api.say(c, "one"); // seq 2, 3
        api.say(c, "two"); // seq 4, 5

        connect(vertx.createWebSocketClient(), options(c, 3)).onComplete(test.succeeding(ws -> {
            List<Long> seqs = new CopyOnWriteArrayList<>();
            ws.textMessageHandler(frame -> {
                JsonObject event = new JsonObject(frame);
                if ("message".equals(event.getString("type"))) {
                    seqs.add(event.getJsonObject("message").getLong("seq"));
                }
                if ("state".equals(event.getString("type"))) {
                    test.verify(() -> assertThat(seqs).containsExactly(4L, 5L));
                    ws.close().onComplete(closed -> test.completeNow());
                }
            });
        }));
        assertThat(test.awaitCompletion(10, TimeUnit.SECONDS)).isTrue();
    }

    /**
     * Opens the socket; a handshake cut off by the connection closing (seen once under a loaded CI
     * machine) is tried once more, as the widget reconnects. What the socket then delivers is checked strictly.
     */
    private static io.vertx.core.Future<io.vertx.core.http.WebSocket> connect(
            WebSocketClient client, WebSocketConnectOptions options) {
        return client.connect(options)
                .recover(e -> e instanceof io.netty.handler.codec.http.websocketx.WebSocketHandshakeException
                        ? client.connect(options)
                        : io.vertx.core.Future.failedFuture(e));
    }

    private WebSocketConnectOptions options(Conversation c, long after) {
        return new WebSocketConnectOptions()
                .setHost("127.0.0.1")
                .setPort(server.port())
                .setURI("/api/v1/conversations/" + c.id() + "/events?token=" + c.token() + "&after=" + after);
    }
}
