package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.CapturedLogs;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** An admin exports, then erases, everything stored about an enterprise. */
@IntegrationTest
final class PersonalDataTest {

    private final ApiClient api = TestServer.shared().api();

    @Test
    void export_thenErase_removesTheEnterprisesConversationsAndLeavesOthers() {
        String uscc = "91430100MA4L0EXP10";
        Conversation mine = api.createConversation(new JsonObject()
                .put("locale", "en")
                .put(
                        "enterprise",
                        new JsonObject().put("name", "Export Test Co").put("uscc", uscc)));
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
        assertThat(erased.json().getJsonObject("deleted").getInteger("conversations"))
                .isEqualTo(1);

        assertThat(api.history(mine).status()).isEqualTo(404);
        assertThat(api.history(other).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/enterprises/" + uscc + "/export", admin)
                        .body())
                .doesNotContain("13807310000");
    }

    @Test
    void retention_removesConversationsIdleLongerThanThePeriod() throws Exception {
        try (TestServer node =
                TestServer.start(TestServer.tempDir("onewindow-retention-"), java.util.Map.of("retention-days", "0"))) {
            ApiClient nodeApi = node.api();
            Conversation idle = nodeApi.createConversation("en");
            nodeApi.say(idle, "my phone is 13807310000");
            Thread.sleep(5);
            String admin = nodeApi.staffLogin("admin", TestServer.STAFF_PASSWORD);

            Response run = nodeApi.post("/api/v1/admin/retention/run", admin, new JsonObject());

            assertThat(run.status()).as(run.body()).isEqualTo(200);
            assertThat(run.json().getJsonObject("deleted").getInteger("conversations"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(nodeApi.history(idle).status()).isEqualTo(404);
        }
    }

    @Test
    void personalDataEndpoints_needTheAdminRole_andAValidCode() {
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);

        assertThat(api.get("/api/v1/admin/enterprises/91350100M000100Y43/export", agent)
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/admin/enterprises/91350100M000100Y43", null)
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/admin/enterprises/not-a-code/export", admin).status())
                .isEqualTo(400);
    }

    @Test
    void logs_ofAProcessAnsweredWithPersonalData_holdNoneOfIt_inEitherFormat_andTurnLinesCarryTheRequestId()
            throws Exception {
        Map<String, String> answers = Map.of(
                "companyName",
                "Hunan Xingchen Technology Co. Ltd",
                "companyType",
                "LLC",
                "registeredCapital",
                "5 million yuan",
                "businessScope",
                "Software development",
                "address",
                "88 Lugu Avenue, Yuelu District, Changsha",
                "foreignInvested",
                "no",
                "legalRepName",
                "Zhang Weiming",
                "legalRepId",
                "11010519491231002X",
                "contactPhone",
                "13807310123",
                "email",
                "zhang.weiming@example.com");
        List<String> personal =
                List.of("Zhang Weiming", "11010519491231002X", "13807310123", "zhang.weiming@example.com");
        // Turn lines are debug lines: on for this test, so that the lines checked include them.
        Logger service = (Logger) org.slf4j.LoggerFactory.getLogger("org.onewindow");
        Level before = service.getLevel();
        service.setLevel(Level.DEBUG);
        try (CapturedLogs logs = new CapturedLogs()) {
            Conversation c = api.createConversation("en");
            api.say(
                    c,
                    "hello, I am Zhang Weiming, ID 11010519491231002X, phone 13807310123, zhang.weiming@example.com");
            Response r = api.press(c, "process:start:start-business");
            for (int turn = 0; turn < 30 && !asksForAFile(r); turn++) {
                r = actions(r).contains("process:privacy-accept")
                        ? api.press(c, "process:privacy-accept")
                        : api.say(
                                c,
                                answers.get(r.json()
                                        .getJsonObject("state")
                                        .getJsonObject("process")
                                        .getJsonObject("field")
                                        .getString("name")));
            }
            assertThat(asksForAFile(r))
                    .as("start-business asked for every personal field, then the file")
                    .isTrue();
            HttpResponse<String> tagged = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(TestServer.shared()
                                                    .baseUrl() + "/api/v1/conversations/" + c.id() + "/messages"))
                                    .header("Authorization", "Bearer " + c.token())
                                    .header("Content-Type", "application/json")
                                    .header("X-Request-Id", "pii-test-turn")
                                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject()
                                            .put(
                                                    "text",
                                                    "my e-mail is "
                                                            + "zhang.weiming@example.com and my phone 13807310123")
                                            .encode()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(200);

            assertThat(logs.text())
                    .contains("conversation " + c.id() + ": turn done")
                    .doesNotContain(personal);
            assertThat(logs.json()).doesNotContain(personal);
            List<JsonObject> turnLines = logs.json()
                    .lines()
                    .map(JsonObject::new)
                    .filter(l ->
                            l.getString("formattedMessage", "").startsWith("conversation " + c.id() + ": turn done"))
                    .toList();
            assertThat(turnLines).hasSizeGreaterThan(personal.size());
            assertThat(turnLines)
                    .allSatisfy(l -> assertThat(l.getJsonObject("mdc").getString("requestId"))
                            .isNotBlank());
            assertThat(turnLines)
                    .anySatisfy(l -> assertThat(l.getJsonObject("mdc").getString("requestId"))
                            .isEqualTo("pii-test-turn"));
        } finally {
            service.setLevel(before);
        }
    }

    private static boolean asksForAFile(Response r) {
        JsonObject process = r.json().getJsonObject("state").getJsonObject("process");
        JsonObject field = process == null ? null : process.getJsonObject("field");
        return field != null && "file".equals(field.getString("type"));
    }

    private static List<String> actions(Response r) {
        JsonArray messages = r.json().getJsonArray("messages");
        JsonArray quick = messages.getJsonObject(messages.size() - 1).getJsonArray("quickReplies");
        return quick == null
                ? List.of()
                : quick.stream().map(q -> ((JsonObject) q).getString("action")).toList();
    }
}
