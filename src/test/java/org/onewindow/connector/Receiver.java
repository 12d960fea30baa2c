package org.onewindow.connector;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.onewindow.signing.WebhookSigner;

/**
 * An approval system for tests: a real HTTP server that fails in configurable ways, records
 * what it accepted by idempotency key and checks every request's Standard Webhooks signature.
 */
public final class Receiver {

    /** How the receiver answers one request. */
    public enum Fault {
        OK,
        ERROR_500,
        TIMEOUT,
        TOO_MANY_REQUESTS,
        SLOW,
        ACCEPT_THEN_DROP,
        REJECT_422,
        OUTAGE_503
    }

    private final Vertx vertx;
    private final WebhookSigner signer = WebhookSigner.fromSecret(TestConnectors.SECRET);
    private HttpServer server;
    private int port;
    private volatile IntFunction<Fault> faults = n -> Fault.OK;
    public volatile long retryAfterSeconds = 60;
    public volatile long slowMillis = 50;
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger badSignatures = new AtomicInteger();
    public final AtomicInteger accepted = new AtomicInteger();
    /** Accepted bodies by idempotency key. */
    public final Map<String, Set<String>> received = new ConcurrentHashMap<>();

    public Receiver(Vertx vertx) {
        this.vertx = vertx;
    }

    public Future<Receiver> start() {
        return listen(0);
    }

    private Future<Receiver> listen(int at) {
        server = vertx.createHttpServer(
                new HttpServerOptions().setHost("127.0.0.1").setPort(at));
        server.requestHandler(this::handle);
        return server.listen().map(s -> {
            port = s.actualPort();
            return this;
        });
    }

    /** Refuses connections from now on (the port is closed). */
    public Future<Void> stop() {
        return server.close();
    }

    /** Listens again on the same port. */
    public Future<Receiver> restart() {
        return listen(port);
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/intake";
    }

    public int port() {
        return port;
    }

    public void faults(IntFunction<Fault> faults) {
        this.faults = faults;
    }

    private void handle(HttpServerRequest request) {
        int n = requests.incrementAndGet();
        Fault fault = faults.apply(n);
        request.body().onSuccess(buffer -> {
            String body = buffer.toString();
            String key = request.getHeader("Idempotency-Key");
            if (signer.verify(
                                    request.getHeader("webhook-id"),
                                    request.getHeader("webhook-timestamp"),
                                    request.getHeader("webhook-signature"),
                                    body,
                                    Instant.ofEpochSecond(Long.parseLong(request.getHeader("webhook-timestamp"))))
                            != null
                    || key == null
                    || !key.equals(request.getHeader("webhook-id"))) {
                badSignatures.incrementAndGet();
                request.response().setStatusCode(401).end();
                return;
            }
            switch (fault) {
                case OK -> accept(request, key, body);
                case SLOW -> vertx.setTimer(slowMillis, t -> accept(request, key, body));
                case ERROR_500 -> request.response().setStatusCode(500).end("boom");
                case OUTAGE_503 -> request.response().setStatusCode(503).end("down for maintenance");
                case TIMEOUT -> {
                    /* never answers */
                }
                case TOO_MANY_REQUESTS ->
                    request.response()
                            .setStatusCode(429)
                            .putHeader("Retry-After", Long.toString(retryAfterSeconds))
                            .end();
                case REJECT_422 -> request.response().setStatusCode(422).end("{\"error\":\"uscc missing\"}");
                case ACCEPT_THEN_DROP -> {
                    record(key, body);
                    request.connection().close();
                }
            }
        });
    }

    private void accept(HttpServerRequest request, String key, String body) {
        record(key, body);
        request.response().setStatusCode(200).end("{\"ok\":true}");
    }

    private void record(String key, String body) {
        accepted.incrementAndGet();
        received.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(body);
    }
}
