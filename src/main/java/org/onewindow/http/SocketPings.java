package org.onewindow.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;

/**
 * Keeps a server WebSocket honest: a ping every {@code pingMillis}, and the socket closed once the
 * client has answered none of the last two, so a vanished client does not hold a subscription for ever.
 */
final class SocketPings {
    private final ServerWebSocket socket;
    private final long pingMillis;
    private long lastPongNanos = System.nanoTime();

    private SocketPings(ServerWebSocket socket, long pingMillis) {
        this.socket = socket;
        this.pingMillis = pingMillis;
    }

    /** Starts pinging {@code socket}; the timer ends with it, after {@code onClose} (the caller's clean-up) runs. */
    static void start(Vertx vertx, ServerWebSocket socket, long pingMillis, Runnable onClose) {
        SocketPings pings = new SocketPings(socket, pingMillis);
        long timer = vertx.setPeriodic(pingMillis, tick -> pings.ping());
        socket.closeHandler(v -> {
            vertx.cancelTimer(timer);
            onClose.run();
        });
        socket.pongHandler(pong -> pings.lastPongNanos = System.nanoTime());
    }

    private void ping() {
        if (socket.isClosed()) {
            return;
        }
        if (System.nanoTime() - lastPongNanos > 2 * pingMillis * 1_000_000L + pingMillis * 500_000L) {
            socket.close((short) 1001, "no answer to ping");
            return;
        }
        socket.writePing(Buffer.buffer());
    }
}
