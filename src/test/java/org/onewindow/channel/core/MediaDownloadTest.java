package org.onewindow.channel.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.junit5.VertxExtension;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.shared.ApiException;
import org.onewindow.testing.IntegrationTest;

/** Media downloads from a platform stand-in: within the limit, over it (announced or streamed), and refused. */
@ExtendWith(VertxExtension.class)
@IntegrationTest
final class MediaDownloadTest {

    private static final long LIMIT = 1024;
    private HttpServer server;
    private HttpClient client;

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        server = vertx.createHttpServer()
                .requestHandler(req -> {
                    switch (req.path()) {
                        case "/small" ->
                            req.response()
                                    .putHeader("Content-Type", "image/png")
                                    .end(Buffer.buffer(new byte[100]));
                        case "/announced-large" ->
                            req.response().putHeader("Content-Length", "5000").end(Buffer.buffer(new byte[5000]));
                        case "/streamed-large" -> {
                            // Chunked: no size announced, the limit is only seen while the body streams in.
                            req.response().setChunked(true);
                            for (int i = 0; i < 10; i++) {
                                req.response().write(Buffer.buffer(new byte[500]));
                            }
                            req.response().end();
                        }
                        default -> req.response().setStatusCode(404).end("{\"errcode\":40007}");
                    }
                })
                .listen(0, "127.0.0.1")
                .await(10, TimeUnit.SECONDS);
        client = vertx.createHttpClient();
    }

    @AfterEach
    void stop() throws Exception {
        server.close().await(10, TimeUnit.SECONDS);
    }

    private Future<MediaDownload.Download> fetch(String path) {
        return MediaDownload.fetch(
                client, "http://127.0.0.1:" + server.actualPort() + path + "?access_token=SECRET", LIMIT, "Stand-in");
    }

    private static Throwable failure(Future<?> future) throws Exception {
        future.otherwiseEmpty().await(10, TimeUnit.SECONDS);
        assertThat(future.failed()).isTrue();
        return future.cause();
    }

    @Test
    void fileWithinTheLimit_isReturnedWholeWithItsType() throws Exception {
        MediaDownload.Download d = fetch("/small").await(10, TimeUnit.SECONDS);
        assertThat(d.body().length()).isEqualTo(100);
        assertThat(d.contentType()).isEqualTo("image/png");
    }

    @Test
    void announcedSizeOverTheLimit_isRefusedAs413() throws Exception {
        Throwable e = failure(fetch("/announced-large"));
        assertThat(e).isInstanceOf(ApiException.class);
        assertThat(((ApiException) e).status()).isEqualTo(413);
    }

    @Test
    void bodyStreamingPastTheLimit_isCutOffAs413() throws Exception {
        Throwable e = failure(fetch("/streamed-large"));
        assertThat(e).isInstanceOf(ApiException.class);
        assertThat(((ApiException) e).status()).isEqualTo(413);
    }

    @Test
    void platformErrorStatus_failsWithoutTheSecretUrl() throws Exception {
        Throwable e = failure(fetch("/missing"));
        assertThat(e).hasMessageContaining("Stand-in answered HTTP 404").hasMessageNotContaining("SECRET");
    }
}
