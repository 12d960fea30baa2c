package org.onewindow.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.CapturedLogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class LogFormatsTest {

    private static final Logger LOG = LoggerFactory.getLogger(LogFormatsTest.class);

    @Test
    void json_linesWrittenInAndOutsideARequest_areOneObjectEachWithLevelLoggerMessageAndThatRequestsId()
            throws Exception {
        // One event-loop thread: the line outside the request is written by the thread that just wrote one inside it.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try (CapturedLogs logs = new CapturedLogs()) {
            Context request = vertx.getOrCreateContext();
            RequestIds.attach(request, "req-42.a_b");
            Context other = vertx.getOrCreateContext();
            on(request, () -> LOG.warn("json-test inside: {} \"quoted\"", "value"));
            on(request, () -> LOG.error("json-test failed", new IllegalStateException("multi\nline")));
            on(other, () -> LOG.info("json-test outside"));

            List<JsonObject> lines = logs.json()
                    .lines()
                    .filter(l -> l.contains("json-test"))
                    .map(JsonObject::new)
                    .toList();

            assertThat(logs.json()).endsWith("\n");
            assertThat(lines).hasSize(3);
            JsonObject inside = lines.get(0);
            assertThat(inside.getString("level")).isEqualTo("WARN");
            assertThat(inside.getString("loggerName")).isEqualTo(LogFormatsTest.class.getName());
            assertThat(inside.getString("formattedMessage")).isEqualTo("json-test inside: value \"quoted\"");
            assertThat(inside.getJsonObject("mdc").getString("requestId")).isEqualTo("req-42.a_b");
            assertThat(lines.get(1).getJsonObject("mdc").getString("requestId")).isEqualTo("req-42.a_b");
            assertThat(lines.get(1).getJsonObject("throwable").getString("message"))
                    .isEqualTo("multi\nline");
            assertThat(lines.get(2).getJsonObject("mdc", new JsonObject()).getString("requestId"))
                    .isNull();
            assertThat(logs.text())
                    .contains("LogFormatsTest [req-42.a_b] - json-test inside: value")
                    .contains("LogFormatsTest - json-test outside");
        } finally {
            vertx.close().await(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void accept_keepsShortSafeIds_andReplacesOthers() {
        assertThat(RequestIds.accept("abc-123_X.y")).isEqualTo("abc-123_X.y");
        assertThat(RequestIds.accept("x".repeat(64))).isEqualTo("x".repeat(64));
        for (String unsafe : new String[] {null, "", "x".repeat(65), "a b", "id\nforged line", "<script>", "名字"}) {
            assertThat(RequestIds.accept(unsafe)).matches("[0-9a-f]{16}");
        }
    }

    private static void on(Context context, Runnable log) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        context.runOnContext(v -> {
            log.run();
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
    }
}
