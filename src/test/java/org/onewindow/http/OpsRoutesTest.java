package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

@IntegrationTest
final class OpsRoutesTest {

    private final ApiClient api = TestServer.shared().api();

    @Test
    void health_withWorkingStore_isUpWithComponents() {
        Response r = api.get("/health", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().getString("status")).isEqualTo("UP");
        assertThat(r.json().getJsonObject("components").getJsonObject("store").getString("status"))
                .isEqualTo("UP");
    }

    @Test
    void metrics_afterATurn_showHttpAndTurnLatencyInPrometheusText() {
        api.say(api.createConversation("en"), "hello");

        Response r = api.get("/metrics", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.body())
                .contains("# TYPE")
                .contains("onewindow_turn_duration_seconds_bucket")
                .contains("vertx_http_server_requests_total");
    }

    @Test
    void openApi_describesTheConversationPaths() {
        Response r = api.get("/openapi.json", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().getJsonObject("paths").fieldNames())
                .contains(
                        "/api/v1/conversations",
                        "/api/v1/conversations/{id}/messages",
                        "/api/v1/conversations/{id}/events");
    }

    @Test
    void docs_servesSwaggerUiFromTheWebJar() {
        Response page = api.get("/docs/", null);
        Response bundle = api.get("/docs/swagger-ui/swagger-ui-bundle.js", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/openapi.json");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
    }

    @Test
    void demoPage_embedsTheWidget() {
        Response r = api.get("/", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("/widget.js");
    }
}
