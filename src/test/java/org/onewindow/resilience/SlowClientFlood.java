package org.onewindow.resilience;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A slow-connection flood against a running service: {@code connections} clients (a third dribbling unfinished
 * headers, a third a body shorter than its Content-Length, a third a multipart upload) each send a byte a second,
 * while one well-behaved client asks {@code GET /health} over and over.
 */
public final class SlowClientFlood {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Health latencies before and during the flood (ms), its failures, and the slow connections the server ended. */
    public record Outcome(
            int connections,
            int endedByServer,
            int timeoutSeconds,
            double beforeP50,
            double beforeP99,
            double duringP50,
            double duringP99,
            int healthFailures) {

        public String report() {
            return String.format(
                    java.util.Locale.ROOT,
                    """
                    slow clients: %d (unfinished headers, short bodies, dribbled uploads), a byte a second each
                    GET /health before the flood: p50 %.1f ms, p99 %.1f ms
                    GET /health during the flood: p50 %.1f ms, p99 %.1f ms, failed %d
                    slow connections ended by the server within %d s: %d of %d""",
                    connections,
                    beforeP50,
                    beforeP99,
                    duringP50,
                    duringP99,
                    healthFailures,
                    timeoutSeconds + 1,
                    endedByServer,
                    connections);
        }
    }

    private SlowClientFlood() {}

    /** Floods the service on {@code port}, whose client timeout is {@code timeoutSeconds}. */
    public static Outcome run(int port, int connections, int timeoutSeconds) throws Exception {
        Vertx clients = Vertx.vertx();
        try {
            String health = "http://127.0.0.1:" + port + "/health";
            double[] before = latencies(health, 200);
            AtomicInteger endedByServer = new AtomicInteger();
            CountDownLatch opened = new CountDownLatch(connections);
            NetClient net = clients.createNetClient(new NetClientOptions().setConnectTimeout(5000));
            List<NetSocket> sockets = new ArrayList<>();
            long windowMillis = (timeoutSeconds + 1) * 1000L;
            for (int i = 0; i < connections; i++) {
                byte[] request = slowRequest(i % 3).getBytes(StandardCharsets.US_ASCII);
                int[] sent = {request.length - 40};
                net.connect(port, "127.0.0.1").onComplete(result -> {
                    opened.countDown();
                    if (result.failed()) {
                        return;
                    }
                    NetSocket socket = result.result();
                    synchronized (sockets) {
                        sockets.add(socket);
                    }
                    long connectedAt = System.nanoTime();
                    socket.write(Buffer.buffer(Arrays.copyOf(request, sent[0])));
                    long timer = clients.setPeriodic(1000, tick -> {
                        if (sent[0] < request.length) {
                            socket.write(Buffer.buffer(new byte[] {request[sent[0]++]}));
                        }
                    });
                    socket.closeHandler(v -> {
                        clients.cancelTimer(timer);
                        if ((System.nanoTime() - connectedAt) / 1_000_000 <= windowMillis) {
                            endedByServer.incrementAndGet();
                        }
                    });
                });
            }
            opened.await(30, TimeUnit.SECONDS);
            double[] during = latencies(health, 200);
            Thread.sleep(windowMillis + 1000);
            synchronized (sockets) {
                sockets.forEach(NetSocket::close);
            }
            return new Outcome(
                    connections, endedByServer.get(), timeoutSeconds, before[0], before[1], during[0], during[1], (int)
                            during[2]);
        } finally {
            clients.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** Three kinds of slow request; the last 40 bytes of each are dribbled. */
    private static String slowRequest(int kind) {
        String padding = "x".repeat(60);
        return switch (kind) {
            case 0 -> "GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: " + padding + "\r\n\r\n";
            case 1 ->
                "POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 200\r\n\r\n{\"locale\":\"en\",\"x\":\"" + padding + "\"}";
            default -> {
                String body =
                        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\n"
                                + padding + "\n%%EOF\r\n--b--\r\n";
                yield "POST /api/v1/conversations/x/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
                        + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + body.length()
                        + "\r\n\r\n" + body;
            }
        };
    }

    /** p50 and p99 of {@code count} sequential GETs in milliseconds, and how many did not answer 200. */
    private static double[] latencies(String url, int count) throws Exception {
        double[] millis = new double[count];
        int failed = 0;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(java.time.Duration.ofSeconds(10))
                .build();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            try {
                HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
                failed += response.statusCode() == 200 ? 0 : 1;
            } catch (java.io.IOException e) {
                failed++;
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[count / 2], millis[(int) Math.ceil(count * 0.99) - 1], failed};
    }
}
