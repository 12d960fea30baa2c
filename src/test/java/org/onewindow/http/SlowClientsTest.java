package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.RawHttp;
import org.onewindow.testing.TestServer;

/**
 * Clients that send too slowly or vanish lose their connection after {@code client-timeout-seconds} (two here), with a
 * JSON 408 where a request can still be answered. Time here is the network's, so these tests wait a few seconds.
 */
@IntegrationTest
final class SlowClientsTest {

    private static final int TIMEOUT_SECONDS = 2;
    /** Long enough for the server's deadline and a loaded machine's delay, short of hanging the suite. */
    private static final int PATIENCE_MILLIS = 10_000;

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(
                TestServer.tempDir("onewindow-slow-clients-"),
                Map.of("client-timeout-seconds", String.valueOf(TIMEOUT_SECONDS)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void unfinishedHeaders_loseTheConnection() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(PATIENCE_MILLIS);
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));

            assertThat(readAll(socket.getInputStream()))
                    .as("nothing is answered, the connection is closed")
                    .isEmpty();
        }
    }

    @Test
    void headersDribbledAByteAtATime_loseTheConnection() throws IOException {
        byte[] request = ("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(200) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(dribble(request, 0))
                .as("closed before the headers were complete, unanswered")
                .isEqualTo("");
    }

    @Test
    void bodyShorterThanItsContentLength_gets408Json() {
        RawHttp.Reply reply = RawHttp.exchange(
                server.port(),
                ("POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"locale\":")
                        .getBytes(StandardCharsets.US_ASCII),
                PATIENCE_MILLIS);

        assertThat(reply.status()).isEqualTo(408);
        assertThat(reply.errorCode()).isEqualTo("request_timeout");
    }

    @Test
    void uploadDribbledAByteAtATime_isRefusedBeforeItCompletes() throws IOException {
        Conversation c = server.api().createConversation("en");
        String boundary = "----slow";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n" + "x".repeat(400) + "\n%%EOF\r\n--" + boundary
                + "--\r\n";
        String head = "POST /api/v1/conversations/" + c.id() + "/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + c.token() + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
                + body.length() + "\r\n\r\n";

        String answer = dribble((head + body).getBytes(StandardCharsets.US_ASCII), head.length());

        assertThat(answer).as("refused before the body was complete").startsWith("HTTP/1.1 408");
        assertThat(answer).contains("\"request_timeout\"");
        assertThat(server.api().history(c).json().getJsonArray("messages")).hasSize(1);
    }

    @Test
    void webSocketThatNeverAnswersPings_isClosed() throws IOException {
        Conversation c = server.api().createConversation("en");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(PATIENCE_MILLIS);
            String key = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream()
                    .write(("GET /api/v1/conversations/" + c.id() + "/events?token=" + c.token() + " HTTP/1.1\r\n"
                                    + "Host: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                                    + key
                                    + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));

            String received = readUntilCloseFrame(socket.getInputStream());

            assertThat(received).startsWith("HTTP/1.1 101");
            assertThat(received).as("the server's pings reached the client").contains("\u0089");
            assertThat(received).as("then a close frame").contains("\u0088");
        }
    }

    @Test
    void webSocketThatAnswersPings_staysOpenPastTheTimeoutAndStillGetsEvents() throws Exception {
        ApiClient api = server.api();
        Conversation c = api.createConversation("en");
        CountDownLatch pings = new CountDownLatch(4);
        CompletableFuture<String> reply = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(
                        URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/conversations/" + c.id()
                                + "/events?token=" + c.token()),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
                                pings.countDown();
                                return WebSocket.Listener.super.onPing(webSocket, message);
                            }

                            @Override
                            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                String frame = data.toString();
                                if (frame.contains("\"from\":\"bot\"") && frame.contains("\"seq\":3")) {
                                    reply.complete(frame);
                                }
                                return WebSocket.Listener.super.onText(webSocket, data, last);
                            }
                        })
                .get(5, TimeUnit.SECONDS);

        assertThat(pings.await(PATIENCE_MILLIS, TimeUnit.MILLISECONDS))
                .as("four pings, past the timeout")
                .isTrue();
        api.say(c, "hello");

        assertThat(new JsonObject(reply.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).encode())
                .contains("\"seq\":3");
        socket.abort();
    }

    /**
     * Sends {@code request} whole up to {@code at}, then a byte every 200 ms until the server answers or closes:
     * what it answered ("" when it closed without a word); an AssertionError when the whole request went through.
     */
    private static String dribble(byte[] request, int at) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(200);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(request, 0, at);
            for (int i = at; i < request.length; i++) {
                try {
                    out.write(request[i]);
                    out.flush();
                } catch (IOException closed) {
                    return "";
                }
                try {
                    int first = in.read();
                    if (first < 0) {
                        return "";
                    }
                    socket.setSoTimeout(PATIENCE_MILLIS);
                    return (char) first + new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                } catch (SocketTimeoutException stillOpen) {
                    // keep dribbling
                }
            }
            throw new AssertionError("the server took the whole request, a byte every 200 ms");
        }
    }

    /** What the server sends (as ISO-8859-1) until a close frame's first byte, 0x88, or the end of the stream. */
    private static String readUntilCloseFrame(InputStream in) throws IOException {
        StringBuilder received = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            received.append((char) b);
            if (b == 0x88) {
                break;
            }
        }
        return received.toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
