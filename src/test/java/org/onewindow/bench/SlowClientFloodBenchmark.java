package org.onewindow.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.OneWindow;
import org.onewindow.config.ConfigLoader;
import org.onewindow.testing.TestServer;

/**
 * A slow-connection flood: {@code connections} clients (a third dribbling unfinished headers, a third a body shorter
 * than its Content-Length, a third a multipart upload) each send a byte a second, while one well-behaved client asks
 * {@code GET /health} over and over. Prints the health check's p50/p99 before and during the flood, and how many of
 * the slow connections the server closed (or answered 408) within the client timeout plus a second.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.onewindow.bench.SlowClientFloodBenchmark -Dexec.args="800 5"} (connections, client timeout in
 * seconds).
 */
public final class SlowClientFloodBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SlowClientFloodBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 800;
        int timeoutSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("onewindow-slow-flood-");
        OneWindow node = OneWindow.start(ConfigLoader.load(TestServer.withoutClientLimits(List.of("--host", "127.0.0.1",
                "--port", "0", "--data-dir", work.resolve("data").toString(),
                "--client-timeout-seconds", String.valueOf(timeoutSeconds))), Map.of()), Clock.systemUTC());
        Vertx clients = Vertx.vertx();
        try {
            String health = "http://127.0.0.1:" + node.port() + "/health";
            double[] before = latencies(health, 300);
            AtomicInteger endedByServer = new AtomicInteger();
            CountDownLatch opened = new CountDownLatch(connections);
            NetClient net = clients.createNetClient(new NetClientOptions().setConnectTimeout(5000));
            List<NetSocket> sockets = new ArrayList<>();
            long floodStart = System.nanoTime();
            for (int i = 0; i < connections; i++) {
                byte[] request = slowRequest(i % 3).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                int[] sent = {request.length - 40};
                net.connect(node.port(), "127.0.0.1").onComplete(result -> {
                    opened.countDown();
                    if (result.failed()) {
                        return;
                    }
                    NetSocket socket = result.result();
                    synchronized (sockets) {
                        sockets.add(socket);
                    }
                    long sinceStart = (System.nanoTime() - floodStart) / 1_000_000;
                    socket.write(Buffer.buffer(Arrays.copyOf(request, sent[0])));
                    long timer = clients.setPeriodic(1000, tick -> {
                        if (sent[0] < request.length) {
                            socket.write(Buffer.buffer(new byte[] {request[sent[0]++]}));
                        }
                    });
                    socket.closeHandler(v -> {
                        clients.cancelTimer(timer);
                        if ((System.nanoTime() - floodStart) / 1_000_000 - sinceStart <= (timeoutSeconds + 1) * 1000L) {
                            endedByServer.incrementAndGet();
                        }
                    });
                });
            }
            opened.await(30, TimeUnit.SECONDS);
            double[] during = latencies(health, 300);
            Thread.sleep((timeoutSeconds + 2) * 1000L);
            System.out.printf("slow clients: %d (unfinished headers, short bodies, dribbled uploads), a byte a second each%n",
                    connections);
            System.out.printf("GET /health before the flood: p50 %.1f ms, p99 %.1f ms%n", before[0], before[1]);
            System.out.printf("GET /health during the flood: p50 %.1f ms, p99 %.1f ms%n", during[0], during[1]);
            System.out.printf("slow connections ended by the server within %d s: %d of %d%n", timeoutSeconds + 1,
                    endedByServer.get(), connections);
            synchronized (sockets) {
                sockets.forEach(NetSocket::close);
            }
        } finally {
            clients.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            node.stop();
        }
    }

    /** Three kinds of slow request; the last 40 bytes of each are dribbled. */
    private static String slowRequest(int kind) {
        String padding = "x".repeat(60);
        return switch (kind) {
            case 0 -> "GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: " + padding + "\r\n\r\n";
            case 1 -> "POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200\r\n\r\n{\"locale\":\"en\",\"x\":\"" + padding + "\"}";
            default -> {
                String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\n"
                        + padding + "\n%%EOF\r\n--b--\r\n";
                yield "POST /api/v1/conversations/x/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
                        + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
            }
        };
    }

    /** p50 and p99 of {@code count} sequential GETs, in milliseconds. */
    private static double[] latencies(String url, int count) throws Exception {
        double[] millis = new double[count];
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("health answered " + response.statusCode());
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[count / 2], millis[(int) Math.ceil(count * 0.99) - 1]};
    }
}
