package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.Await;
import org.onewindow.testing.Folders;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** Admin upload and delete of knowledge documents, on a node of its own (it changes the knowledge base). */
@IntegrationTest
final class AdminDocumentsTest {

    @Test
    void uploadedDocument_isAnsweredFromWithinSeconds_andGoneAfterDelete() throws Exception {
        java.nio.file.Path kb = TestServer.tempDir("onewindow-kb-");
        Folders.copy(java.nio.file.Path.of("knowledge-base"), kb);
        try (TestServer node = TestServer.start(
                TestServer.tempDir("onewindow-admin-docs-"), Map.of("knowledge-base", kb.toString()))) {
            ApiClient api = node.api();
            String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);
            String marker = "zorbulation" + UUID.randomUUID().toString().substring(0, 6);
            byte[] doc = ("---\ntitle: Rooftop solar subsidy\nlang: en\ndepartment: development-reform\n"
                            + "source: test fixture\neffective: 2026-01-01\n---\n# Rooftop solar\n\n## Who qualifies\n\n"
                            + "Enterprises installing rooftop solar panels (" + marker + ") can apply.\n")
                    .getBytes(StandardCharsets.UTF_8);

            Response uploaded = api.multipart(
                    "/api/v1/admin/documents", admin, Map.of("path", "policies/solar.en.md"), "solar.en.md", doc);
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            Await.until(
                    "the uploaded document found by search",
                    Duration.ofSeconds(20),
                    () -> search(api, marker).contains("policies/solar.en.md"));
            assertThat(api.get("/api/v1/admin/documents", admin).body()).contains("policies/solar.en.md");

            assertThat(api.delete("/api/v1/admin/documents/policies/solar.en.md", admin)
                            .status())
                    .isEqualTo(204);
            Await.until(
                    "the deleted document gone from search",
                    Duration.ofSeconds(20),
                    () -> !search(api, marker).contains("policies/solar.en.md"));
        }
    }

    @Test
    void upload_pathEscapingTheKnowledgeBase_is400_andAgentsGet403() {
        ApiClient api = TestServer.shared().api();
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);

        Response escaping = api.multipart(
                "/api/v1/admin/documents",
                admin,
                Map.of("path", "../evil.md"),
                "evil.md",
                "# x".getBytes(StandardCharsets.UTF_8));
        Response byAgent = api.multipart(
                "/api/v1/admin/documents",
                agent,
                Map.of("path", "policies/x.md"),
                "x.md",
                "# x".getBytes(StandardCharsets.UTF_8));

        assertThat(escaping.status()).isEqualTo(400);
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/admin/documents/policies/none.md", admin).status())
                .isEqualTo(404);
    }

    private static String search(ApiClient api, String q) {
        return api.get("/api/v1/search?lang=en&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null)
                .body();
    }
}
