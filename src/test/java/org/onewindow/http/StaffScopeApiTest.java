package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.RawHttp;
import org.onewindow.testing.TestServer;

/**
 * Staff read what their role and departments cover: the agent of market regulation, the supervisor of market
 * regulation and tax, the admin everything; every refusal and every transcript read is in the audit log.
 */
@IntegrationTest
final class StaffScopeApiTest {

    private final TestServer server = TestServer.shared();
    private final ApiClient api = server.api();

    /** A conversation waiting in the tax department's queue (an admin took it and passed it on). */
    private Conversation waitingForTax() {
        Conversation c = api.createConversation("en");
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);
        assertThat(api.post("/api/v1/staff/conversations/" + c.id() + "/claim", admin, new JsonObject())
                        .status())
                .isEqualTo(200);
        Response moved = api.post(
                "/api/v1/staff/conversations/" + c.id() + "/transfer",
                admin,
                new JsonObject().put("department", "tax"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return c;
    }

    @Test
    void agentReadingAnotherDepartmentsConversation_is403AndTheRefusalIsAudited() {
        Conversation c = waitingForTax();
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);

        Response read = api.get("/api/v1/staff/conversations/" + c.id(), agent);

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.errorCode()).isEqualTo("outside_scope");
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);
        JsonArray entries = api.get("/api/v1/admin/audit?conversation=" + c.id(), admin)
                .json()
                .getJsonArray("entries");
        assertThat(entries.stream()
                        .map(e -> (JsonObject) e)
                        .filter(e -> e.getString("action").equals("access.refused"))
                        .map(e -> e.getString("actor")))
                .containsExactly("agent");
    }

    @Test
    void agentActingOnAnotherDepartmentsConversation_is403AndChangesNothing() {
        Conversation c = waitingForTax();
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);

        Response claim = api.post("/api/v1/staff/conversations/" + c.id() + "/claim", agent, new JsonObject());
        Response note = api.post(
                "/api/v1/staff/conversations/" + c.id() + "/notes", agent, new JsonObject().put("text", "peeked"));

        assertThat(List.of(claim.status(), note.status())).containsOnly(403);
        assertThat(api.history(c)
                        .json()
                        .getJsonObject("state")
                        .getJsonObject("handoff")
                        .getString("status"))
                .isEqualTo("queued");
    }

    @Test
    void supervisorOfTheDepartment_readsItAndTheReadIsAudited() {
        Conversation c = waitingForTax();
        String supervisor = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);

        assertThat(api.get("/api/v1/staff/conversations/" + c.id(), supervisor).status())
                .isEqualTo(200);

        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);
        JsonArray entries = api.get("/api/v1/admin/audit?conversation=" + c.id(), admin)
                .json()
                .getJsonArray("entries");
        assertThat(entries.stream()
                        .map(e -> (JsonObject) e)
                        .filter(e -> e.getString("action").equals("conversation.viewed"))
                        .map(e -> e.getString("actor")))
                .contains("supervisor");
    }

    @Test
    void queuesAndConversationList_showAnAgentOnlyWhatTheyMayOpen() {
        Conversation tax = waitingForTax();
        Conversation general = api.createConversation("en");
        api.say(general, "talk to a human");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String supervisor = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);

        JsonObject agentQueues = api.get("/api/v1/staff/handoffs", agent).json().getJsonObject("queues");
        JsonObject supervisorQueues =
                api.get("/api/v1/staff/handoffs", supervisor).json().getJsonObject("queues");
        String agentList =
                api.get("/api/v1/staff/conversations?limit=500", agent).body();

        assertThat(agentQueues.fieldNames()).doesNotContain("tax");
        assertThat(agentQueues.getJsonArray("general").encode()).contains(general.id());
        assertThat(supervisorQueues.getJsonArray("tax").encode()).contains(tax.id());
        assertThat(agentList).contains(general.id()).doesNotContain(tax.id());
    }

    @Test
    void conversationNeverHandedOver_isListedForAdminsOnly() {
        Conversation c = api.createConversation("en");
        api.say(c, "hello");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        String admin = api.staffLogin("admin", TestServer.STAFF_PASSWORD);

        assertThat(api.get("/api/v1/staff/conversations?limit=500", agent).body())
                .doesNotContain(c.id());
        assertThat(api.get("/api/v1/staff/conversations?limit=500", admin).body())
                .contains(c.id());
        assertThat(api.get("/api/v1/staff/conversations/" + c.id(), agent).status())
                .isEqualTo(403);
    }

    @Test
    void eventsSocketOutsideTheScope_isRefusedWith403BeforeTheUpgrade() {
        Conversation c = waitingForTax();
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);

        RawHttp.Reply reply = RawHttp.exchange(
                server.port(),
                "GET /api/v1/staff/conversations/" + c.id()
                        + "/events?token=" + agent
                        + " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Key: MDEyMzQ1Njc4OWFiY2RlZg==\r\nSec-WebSocket-Version: 13\r\n\r\n");

        assertThat(reply.status()).isEqualTo(403);
    }
}
