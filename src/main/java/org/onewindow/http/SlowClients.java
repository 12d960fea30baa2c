package org.onewindow.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Deadlines for clients that send too slowly, so that a few hundred of them cannot hold the server's connections: a
 * request's headers must arrive within the read limit of the connection opening (or of the previous response), and its
 * body within the read limit of its headers. A late body (a dribbled upload, a body shorter than its Content-Length)
 * gets a 408 when no response has begun; late headers only a closed connection, as there is no request to answer.
 * Silent connections are the server's idle timeout's business. One instance per HTTP verticle: its handlers all run
 * on that verticle's event loop, so the map needs no locking.
 */
final class SlowClients {

    private final Vertx vertx;
    private final long readMillis;
    private final Map<HttpConnection, Long> awaitingHeaders = new HashMap<>();

    SlowClients(Vertx vertx, long readMillis) {
        this.vertx = vertx;
        this.readMillis = readMillis;
    }

    /** A new connection: its first request's headers are due. */
    void connected(HttpConnection connection) {
        connection.closeHandler(closed -> cancelHeaderDeadline(connection));
        awaitHeaders(connection);
    }

    /** The first route: the headers are in, the body is due; after the response, the next request's headers are. */
    void requestStarted(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpConnection connection = request.connection();
        cancelHeaderDeadline(connection);
        // A WebSocket handshake has no body and is paused until it upgrades; its socket pings instead. A request that
        // declares no body (most GETs) needs no timer: this runs on every request.
        if (!request.isEnded() && declaresBody(request) && !request.canUpgradeToWebSocket()) {
            long bodyDeadline = vertx.setTimer(readMillis, fired -> bodyTooSlow(request));
            request.end().onComplete(received -> vertx.cancelTimer(bodyDeadline));
            ctx.addEndHandler(done -> vertx.cancelTimer(bodyDeadline));
        }
        if (!request.canUpgradeToWebSocket()) {
            ctx.addEndHandler(done -> awaitHeaders(connection));
        }
        ctx.next();
    }

    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return length != null && !length.trim().equals("0") || request.getHeader("Transfer-Encoding") != null;
    }

    private void awaitHeaders(HttpConnection connection) {
        cancelHeaderDeadline(connection);
        awaitingHeaders.put(connection, vertx.setTimer(readMillis, fired -> {
            awaitingHeaders.remove(connection);
            connection.close();
        }));
    }

    private void cancelHeaderDeadline(HttpConnection connection) {
        Long timer = awaitingHeaders.remove(connection);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
    }

    private void bodyTooSlow(HttpServerRequest request) {
        if (request.isEnded()) {
            return;
        }
        var response = request.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            request.connection().close();
            return;
        }
        ApiErrors.write(
                        response.putHeader("Connection", "close"),
                        408,
                        "request_timeout",
                        "The request body did not arrive in time; send it again.")
                .onComplete(done -> request.connection().close());
    }
}
