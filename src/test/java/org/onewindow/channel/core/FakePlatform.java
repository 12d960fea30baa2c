package org.onewindow.channel.core;

import static org.onewindow.testing.Await.await;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A local HTTP server standing in for a platform's API: records every request, answers with {@code answer}. */
public final class FakePlatform implements AutoCloseable {

    /** One request the platform received. */
    public record Request(String method, String path, String query, MultiMap headers, String body) {
        public JsonObject json() {
            return new JsonObject(body);
        }
    }

    private final LinkedBlockingQueue<Request> requests;
    private final HttpServer server;

    private FakePlatform(HttpServer server, LinkedBlockingQueue<Request> requests) {
        this.server = server;
        this.requests = requests;
    }

    /** An answer of the platform that is not JSON (a media file). */
    public record Answer(String contentType, Buffer body) {
        public static Answer json(JsonObject json) {
            return new Answer("application/json", json.toBuffer());
        }
    }

    public static FakePlatform start(Vertx vertx, Function<Request, JsonObject> answer) throws Exception {
        return serving(vertx, request -> Answer.json(answer.apply(request)));
    }

    /** A platform whose answers may be files as well as JSON. */
    public static FakePlatform serving(Vertx vertx, Function<Request, Answer> answer) throws Exception {
        LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
        HttpServer server = vertx.createHttpServer()
                .requestHandler(req -> req.body().onSuccess(body -> {
                    Request request =
                            new Request(req.method().name(), req.path(), req.query(), req.headers(), body.toString());
                    queue.add(request);
                    Answer a = answer.apply(request);
                    req.response().putHeader("Content-Type", a.contentType()).end(a.body());
                }));
        return new FakePlatform(await(server.listen(0, "127.0.0.1")), queue);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** The next request, waiting up to 10 s; null when none came. */
    public Request next() throws InterruptedException {
        return requests.poll(10, TimeUnit.SECONDS);
    }

    /** The next request within {@code millis}; null when none came. */
    public Request next(long millis) throws InterruptedException {
        return requests.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws Exception {
        await(server.close());
    }
}
