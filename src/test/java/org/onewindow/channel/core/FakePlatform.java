package org.onewindow.channel.core;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
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

    public static FakePlatform start(Vertx vertx, Function<Request, JsonObject> answer) throws Exception {
        LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
        HttpServer server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            Request request = new Request(req.method().name(), req.path(), req.query(), req.headers(), body.toString());
            queue.add(request);
            req.response().putHeader("Content-Type", "application/json").end(answer.apply(request).encode());
        }));
        return new FakePlatform(ChannelFixture.await(server.listen(0, "127.0.0.1")), queue);
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
        ChannelFixture.await(server.close());
    }
}
