package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.config.AppConfig;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.MutableClock;
import org.onewindow.testing.TestServer;

/** Per-address limits on opening conversations and sending messages, on a node with low limits and a hand-moved clock. */
@IntegrationTest
final class FloodGuardTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
    private static Path dir;
    private static TestServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        dir = TestServer.tempDir("onewindow-flood-");
        server = TestServer.start(
                dir, Map.of("client-openings-per-minute", "3", "client-messages-per-minute", "5"), CLOCK);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void fillEveryBucket() {
        // A minute refills any bucket: each test starts from a client's full allowance.
        CLOCK.advance(Duration.ofMinutes(2));
    }

    @Test
    void openingsBeyondTheLimit_are429WithRetryAfter_andStoreNothing_untilTheBucketRefills() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call("/api/v1/conversations", null, "{}").status()).isEqualTo(201);
        }
        long stored = conversationsStored();

        Reply refused = call("/api/v1/conversations", null, "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().getJsonObject("error").getString("code")).isEqualTo("rate_limited");
        assertThat(refused.json().getJsonObject("error").getString("message"))
                .contains("new conversations", "20 seconds");
        // Three a minute: one more every 20 s.
        assertThat(refused.retryAfter()).isEqualTo("20");
        assertThat(conversationsStored()).isEqualTo(stored);

        CLOCK.advance(Duration.ofSeconds(20));
        assertThat(call("/api/v1/conversations", null, "{}").status()).isEqualTo(201);
        assertThat(call("/api/v1/conversations", null, "{}").status()).isEqualTo(429);
    }

    @Test
    void messagesBeyondTheLimit_are429_areNotStored_andCountAgainstTheAddressEvenWithAWrongToken() throws Exception {
        JsonObject opened =
                call("/api/v1/conversations", null, "{\"locale\":\"en\"}").json();
        String path = "/api/v1/conversations/" + opened.getString("id") + "/messages";
        String token = opened.getString("token");
        // A guesser's wrong tokens use up the address's allowance as any message does.
        assertThat(call(path, "wrong-token", "{\"text\":\"hello\"}").status()).isEqualTo(403);
        for (int i = 0; i < 4; i++) {
            assertThat(call(path, token, "{\"text\":\"question " + i + "\"}").status())
                    .isEqualTo(200);
        }

        Reply refused = call(path, token, "{\"text\":\"one too many\"}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().getJsonObject("error").getString("code")).isEqualTo("rate_limited");
        assertThat(refused.retryAfter()).isEqualTo("12");
        Reply history = get(path, token);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("question 3").doesNotContain("one too many");

        // The client goes on (over its kept-alive connection) once the bucket has a token again.
        CLOCK.advance(Duration.ofSeconds(12));
        assertThat(call(path, token, "{\"text\":\"after the pause\"}").status()).isEqualTo(200);
    }

    @Test
    void anUploadBeyondTheMessageLimit_is429_andItsFileIsNotKept() throws Exception {
        ApiClient api = server.api();
        ApiClient.Conversation c = api.createConversation("en");
        for (int i = 0; i < 5; i++) {
            call("/api/v1/conversations/" + c.id() + "/messages", c.token(), "{\"text\":\"question " + i + "\"}");
        }

        ApiClient.Response refused =
                api.upload(c, "licence.pdf", "%PDF-1.4 a refused upload".getBytes(StandardCharsets.US_ASCII));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("rate_limited");
        assertThat(get("/api/v1/conversations/" + c.id() + "/messages", c.token())
                        .body())
                .doesNotContain("licence.pdf");
    }

    @Test
    void theLimitsAreCountedPerClientAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("/api/v1/conversations", null, "{}");
        }
        assertThat(call("/api/v1/conversations", null, "{}").status()).isEqualTo(429);

        // Loopback is all of 127/8: a client bound to 127.0.0.2 is another address.
        assertThat(openFrom("127.0.0.2")).isEqualTo(201);
    }

    private record Reply(int status, String retryAfter, String body) {
        JsonObject json() {
            return new JsonObject(body);
        }
    }

    private static Reply call(String path, String token, String body) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                token);
    }

    private static Reply get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET(), token);
    }

    private static Reply send(HttpRequest.Builder request, String token) throws Exception {
        request.header("Content-Type", "application/json").timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Retry-After").orElse(null),
                response.body());
    }

    /** The status of opening a conversation over a connection from {@code localAddress} (another loopback address). */
    private static int openFrom(String localAddress) throws Exception {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(10_000);
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
            socket.getOutputStream()
                    .write(("POST /api/v1/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                            .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static long conversationsStored() throws SQLException {
        try (Connection c = DriverManager.getConnection(AppConfig.embeddedDatabaseUrl(dir));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM conversations")) {
            r.next();
            return r.getLong(1);
        }
    }
}
