package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.TestServer;

/** An admin exports, then erases, everything stored about an enterprise. */
final class PersonalDataTest {

    private final ApiClient api = TestServer.shared().api();

    @Test
    void export_thenErase_removesTheEnterprisesConversationsAndLeavesOthers() {
        String uscc = "91430100MA4L0EXP10";
        Conversation mine = api.createConversation(new JsonObject().put("locale", "en")
                .put("enterprise", new JsonObject().put("name", "Export Test Co").put("uscc", uscc)));
        Conversation other = api.createConversation("en");
        api.say(mine, "my phone is 13807310000, how long does deregistration take?");
        api.say(other, "How long does deregistration take?");
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);

        Response export = api.get("/api/v1/admin/enterprises/" + uscc + "/export", admin);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().getJsonArray("conversations")).hasSize(1);
        assertThat(export.body()).contains("13807310000");

        Response erased = api.delete("/api/v1/admin/enterprises/" + uscc, admin);
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().getJsonObject("deleted").getInteger("conversations")).isEqualTo(1);

        assertThat(api.history(mine).status()).isEqualTo(404);
        assertThat(api.history(other).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/enterprises/" + uscc + "/export", admin).body()).doesNotContain("13807310000");
    }

    @Test
    void retention_removesConversationsIdleLongerThanThePeriod() throws Exception {
        try (TestServer node = TestServer.start(TestServer.tempDir("onewindow-retention-"), java.util.Map.of("retention-days", "0"))) {
            ApiClient nodeApi = node.api();
            Conversation idle = nodeApi.createConversation("en");
            nodeApi.say(idle, "my phone is 13807310000");
            Thread.sleep(5);
            String admin = nodeApi.staffLogin("admin", TestServer.STAFF_PASSWORD);

            Response run = nodeApi.post("/api/v1/admin/retention/run", admin, new JsonObject());

            assertThat(run.status()).as(run.body()).isEqualTo(200);
            assertThat(run.json().getJsonObject("deleted").getInteger("conversations")).isGreaterThanOrEqualTo(1);
            assertThat(nodeApi.history(idle).status()).isEqualTo(404);
        }
    }

    @Test
    void personalDataEndpoints_needTheAdminRole_andAValidCode() {
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);

        assertThat(api.get("/api/v1/admin/enterprises/91350100M000100Y43/export", agent).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/admin/enterprises/91350100M000100Y43", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/enterprises/not-a-code/export", admin).status()).isEqualTo(400);
    }
}
