package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** Every request has a correlation id: in the X-Request-Id response header, in its error body and in its log lines. */
@IntegrationTest
final class RequestIdTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final TestServer server = TestServer.shared();

    @Test
    void errorResponse_withoutAnIncomingId_carriesTheGeneratedIdOfItsHeader() throws Exception {
        HttpResponse<String> r = get("/api/v1/no-such-thing", null);

        assertThat(r.statusCode()).isEqualTo(404);
        String id = r.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(new JsonObject(r.body()).getString("requestId")).isEqualTo(id);
        assertThat(new JsonObject(r.body()).getJsonObject("error").getString("code"))
                .isEqualTo("not_found");
    }

    @Test
    void incomingSafeId_isEchoedInHeaderAndErrorBody() throws Exception {
        HttpResponse<String> r = get("/api/v1/conversations/nope/messages", "proxy-7f3a.b_2");

        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.headers().firstValue("X-Request-Id")).hasValue("proxy-7f3a.b_2");
        assertThat(new JsonObject(r.body()).getString("requestId")).isEqualTo("proxy-7f3a.b_2");
    }

    @Test
    void incomingUnsafeOrLongId_isReplaced() throws Exception {
        for (String unsafe : new String[] {"has space", "x".repeat(65), "<script>", "a/b"}) {
            HttpResponse<String> r = get("/api/v1/no-such-thing", unsafe);

            String id = r.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(id).as(unsafe).matches("[0-9a-f]{16}");
            assertThat(new JsonObject(r.body()).getString("requestId")).isEqualTo(id);
        }
    }

    @Test
    void successfulResponse_alsoCarriesAnId_andTwoRequestsGetTwoIds() throws Exception {
        HttpResponse<String> first = get("/health", null);
        HttpResponse<String> second = get("/health", null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(first.headers().firstValue("X-Request-Id"))
                .isNotEqualTo(second.headers().firstValue("X-Request-Id"));
    }

    private HttpResponse<String> get(String path, String requestId) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
