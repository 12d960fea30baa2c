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

@IntegrationTest
final class MessageRoutesTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = TestServer.shared().baseUrl();

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void messages_withPrefixes_areTheFlatTextsOfTheseAreasOnly() throws Exception {
        HttpResponse<String> r = get("/api/v1/messages/zh?prefix=widget.&prefix=department.", null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        JsonObject texts = new JsonObject(r.body());
        assertThat(texts.getString("widget.send")).isEqualTo("发送");
        assertThat(texts.getString("widget.step")).isEqualTo("第 {n} 步 / 共 {m} 步");
        assertThat(texts.getString("department.tax")).as("the registry's name").isEqualTo("税务局");
        assertThat(texts.fieldNames()).allMatch(k -> k.startsWith("widget.") || k.startsWith("department."));
    }

    @Test
    void messages_withoutPrefix_areEveryKey() throws Exception {
        JsonObject texts = new JsonObject(get("/api/v1/messages/en", null).body());

        assertThat(texts.getString("handoff.joined")).isEqualTo("A staff member has joined the conversation.");
        assertThat(texts.getString("console.send")).isEqualTo("Send");
    }

    @Test
    void messages_sameETag_isNotModified() throws Exception {
        HttpResponse<String> first = get("/api/v1/messages/en?prefix=console.", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("/api/v1/messages/en?prefix=console.", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/api/v1/messages/zh?prefix=console.", null).headers().firstValue("ETag"))
                .isNotEqualTo(etag);
    }

    @Test
    void messages_unknownLanguage_is404WithTheJsonError() throws Exception {
        HttpResponse<String> r = get("/api/v1/messages/fr", null);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(new JsonObject(r.body()).getJsonObject("error").getString("code"))
                .isEqualTo("unknown_language");
    }
}
