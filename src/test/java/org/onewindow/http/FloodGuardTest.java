package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.config.AppConfig;
import org.onewindow.staff.MutableClock;
import org.onewindow.testing.TestServer;

/** Per-address limits on opening conversations and sending messages, on a node with low limits and a hand-moved clock. */
final class FloodGuardTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
    private static Path dir;
    private static TestServer server;
    private static Vertx vertx;

    @BeforeAll
    static void start() throws Exception {
        dir = TestServer.tempDir("onewindow-flood-");
        server = TestServer.start(dir, Map.of("client-openings-per-minute", "3", "client-messages-per-minute", "5"), CLOCK);
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().await(10, TimeUnit.SECONDS);
        server.close();
    }

    @BeforeEach
    void fillEveryBucket() {
        // A minute refills any bucket: each test starts from a client's full allowance.
        CLOCK.advance(Duration.ofMinutes(2));
    }

    @Test
    void openingsBeyondTheLimit_are429WithRetryAfter_andStoreNothing_untilTheBucketRefills() throws Exception {
        HttpClient client = client("127.0.0.1");
        for (int i = 0; i < 3; i++) {
            assertThat(call(client, "/api/v1/conversations", null, "{}").status()).isEqualTo(201);
        }
        long stored = conversationsStored();

        Reply refused = call(client, "/api/v1/conversations", null, "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().getJsonObject("error").getString("code")).isEqualTo("rate_limited");
        assertThat(refused.json().getJsonObject("error").getString("message")).contains("new conversations", "20 seconds");
        // Three a minute: one more every 20 s.
        assertThat(refused.retryAfter()).isEqualTo("20");
        assertThat(conversationsStored()).isEqualTo(stored);

        CLOCK.advance(Duration.ofSeconds(20));
        assertThat(call(client, "/api/v1/conversations", null, "{}").status()).isEqualTo(201);
        assertThat(call(client, "/api/v1/conversations", null, "{}").status()).isEqualTo(429);
    }

    @Test
    void messagesBeyondTheLimit_are429_areNotStored_andCountAgainstTheAddressEvenWithAWrongToken() throws Exception {
        HttpClient client = client("127.0.0.1");
        JsonObject opened = call(client, "/api/v1/conversations", null, "{\"locale\":\"en\"}").json();
        String path = "/api/v1/conversations/" + opened.getString("id") + "/messages";
        String token = opened.getString("token");
        // A guesser's wrong tokens use up the address's allowance as any message does.
        assertThat(call(client, path, "wrong-token", "{\"text\":\"hello\"}").status()).isEqualTo(403);
        for (int i = 0; i < 4; i++) {
            assertThat(call(client, path, token, "{\"text\":\"question " + i + "\"}").status()).isEqualTo(200);
        }

        Reply refused = call(client, path, token, "{\"text\":\"one too many\"}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().getJsonObject("error").getString("code")).isEqualTo("rate_limited");
        assertThat(refused.retryAfter()).isEqualTo("12");
        Reply history = get(client, path, token);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("question 3").doesNotContain("one too many");

        // The same connection goes on once the bucket has a token again.
        CLOCK.advance(Duration.ofSeconds(12));
        assertThat(call(client, path, token, "{\"text\":\"after the pause\"}").status()).isEqualTo(200);
    }

    @Test
    void theLimitsAreCountedPerClientAddress() throws Exception {
        HttpClient flooding = client("127.0.0.1");
        for (int i = 0; i < 3; i++) {
            call(flooding, "/api/v1/conversations", null, "{}");
        }
        assertThat(call(flooding, "/api/v1/conversations", null, "{}").status()).isEqualTo(429);

        // Loopback is all of 127/8: a client bound to 127.0.0.2 is another address.
        assertThat(call(client("127.0.0.2"), "/api/v1/conversations", null, "{}").status()).isEqualTo(201);
    }

    private record Reply(int status, String retryAfter, String body) {
        JsonObject json() {
            return new JsonObject(body);
        }
    }

    private static HttpClient client(String localAddress) {
        return vertx.createHttpClient(new HttpClientOptions().setLocalAddress(localAddress));
    }

    private static Reply call(HttpClient client, String path, String token, String body) throws Exception {
        return send(client, HttpMethod.POST, path, token, body);
    }

    private static Reply get(HttpClient client, String path, String token) throws Exception {
        return send(client, HttpMethod.GET, path, token, null);
    }

    private static Reply send(HttpClient client, HttpMethod method, String path, String token, String body) throws Exception {
        RequestOptions options = new RequestOptions().setMethod(method).setHost("127.0.0.1").setPort(server.port())
                .setURI(path).putHeader("Content-Type", "application/json");
        if (token != null) {
            options.putHeader("Authorization", "Bearer " + token);
        }
        return client.request(options)
                .compose(request -> body == null ? request.send() : request.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(content ->
                        new Reply(response.statusCode(), response.getHeader("Retry-After"), content.toString())))
                .await(10, TimeUnit.SECONDS);
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
