package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** The metrics page as Prometheus scrapes it: the service's own series beside HTTP and the JVM's. */
@IntegrationTest
final class MetricsPageTest {

    private final ApiClient api = TestServer.shared().api();

    @Test
    void metricsPage_afterAnAnsweredQuestion_countsTheTurnByOutcome_andLabelsHttpByRoute() throws Exception {
        api.say(api.createConversation("en"), "How long does deregistration take?");

        String page = api.get("/metrics", null).body();
        Files.writeString(Path.of("target/metrics-sample.txt"), page);

        assertThat(page).containsPattern("onewindow_turns_total\\{outcome=\"answered\"} [1-9]");
        assertThat(page).contains("onewindow_turns_total{outcome=\"fallback\"}");
        assertThat(page)
                .containsPattern(
                        "vertx_http_server_requests_total\\{[^}]*route=\"[^\"]*/api/v1/conversations/:id/messages\"");
    }

    @Test
    void metricsPage_showsQueueOutboxKnowledgeAndJvmSeries() {
        Response r = api.get("/metrics", null);

        assertThat(r.body())
                .containsPattern("onewindow_knowledge_documents [1-9]")
                .containsPattern("onewindow_knowledge_documents_failed \\d");
        assertThat(r.body())
                .contains(
                        "onewindow_handoffs_waiting ",
                        "onewindow_handoff_oldest_wait_seconds ",
                        "onewindow_outbox_backlog{connector=\"tax\"}",
                        "onewindow_outbox_dead_letters{connector=\"tax\"}",
                        "jvm_memory_used_bytes",
                        "jvm_gc_pause_seconds",
                        "process_cpu_usage",
                        "process_uptime_seconds");
    }
}
