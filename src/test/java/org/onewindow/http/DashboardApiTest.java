package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.config.AppConfig;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** The supervisor dashboard's numbers on a fresh node whose tables hold exactly known rows. */
@IntegrationTest
final class DashboardApiTest {

    private static final long MIN = 60_000;
    private static final long HOUR = 60 * MIN;
    private static TestServer server;
    private static ApiClient api;
    private static long now;

    @BeforeAll
    static void start() throws Exception {
        Path dir = TestServer.tempDir("onewindow-dashboard-");
        server = TestServer.start(dir, Map.of());
        api = server.api();
        now = System.currentTimeMillis() - MIN;
        try (Connection c = DriverManager.getConnection(AppConfig.embeddedDatabaseUrl(dir))) {
            conversation(c, "c1", "{\"mode\":\"handoff\"}", now);
            conversation(c, "c2", "{\"mode\":\"bot\"}", now);
            conversation(
                    c,
                    "c3",
                    "{\"mode\":\"process\",\"process\":{\"processId\":\"deregistration\",\"stage\":\"ASKING\"}}",
                    now);
            conversation(c, "old", "{\"mode\":\"bot\"}", now - 40 * 24 * HOUR);
            answer(c, "c1", 2, "How long does deregistration take?", "answer", now);
            answer(c, "c1", 4, "What does it cost?", "answer", now);
            // the user rated that answer "not what I asked": recorded on the reply to the rating
            answer(c, "c1", 6, "What does it cost?", "flagged", now + 1_000);
            answer(c, "c2", 2, "Which office?", "clarify", now);
            answer(c, "c2", 4, "How do I get a parking permit?", "unknown", now);
            answer(c, "c3", 2, "how do i get a parking permit? ", "unknown", now);
            answer(c, "c3", 4, "Where is the canteen?", "unknown", now);
            answer(c, "old", 2, "An old question", "unknown", now - 40 * 24 * HOUR);
            handoff(c, "h1", "c1", "market-regulation", now, 30_000L, 20_000L);
            handoff(c, "h2", "c2", "market-regulation", now, 90_000L, 120_000L);
            // A conversation has at most one open handoff: h2 ended before c2 was queued again for tax.
            try (PreparedStatement close =
                    c.prepareStatement("UPDATE handoffs SET status = 'closed' WHERE id = 'h2'")) {
                close.executeUpdate();
            }
            // h2's enterprise rated the help once handed back: satisfied
            try (PreparedStatement rate =
                    c.prepareStatement("UPDATE handoffs SET rating = 3, closed_at = ? WHERE id = 'h2'")) {
                rate.setLong(1, now + 30_000L);
                rate.executeUpdate();
            }
            handoff(c, "h3", "c2", "tax", now, null, null);
            String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
            String yesterday = LocalDate.now(ZoneOffset.ofHours(8)).minusDays(1).toString();
            submission(
                    c,
                    "s1",
                    "c1",
                    "deregistration",
                    "approved",
                    LocalDate.parse(today).plusDays(10).toString(),
                    now,
                    now + 2 * HOUR);
            submission(c, "s2", "c2", "deregistration", "rejected", yesterday, now, now + 4 * HOUR);
            submission(c, "s3", "c4", "start-business", "submitted", today, now, now);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void summary_knownRows_countsAnswersAndUnanswered() {
        JsonObject s = summary("supervisor");
        JsonObject answering = s.getJsonObject("answering");
        assertThat(answering.getLong("conversations")).isEqualTo(3);
        // the answer rated wrong counts as not answered, not as answered by the bot
        assertThat(answering.getLong("botAnswers")).isEqualTo(1);
        assertThat(answering.getLong("clarifications")).isEqualTo(1);
        assertThat(answering.getLong("unknown")).isEqualTo(4);
        assertThat(answering.getLong("staffConversations")).isEqualTo(2);
        assertThat(answering.getDouble("botShare")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));

        assertThat(s.getJsonObject("satisfaction").getLong("ratings")).isEqualTo(1);
        assertThat(s.getJsonObject("satisfaction").getDouble("satisfiedShare")).isEqualTo(1.0);

        JsonArray unanswered = s.getJsonArray("unanswered");
        assertThat(unanswered).hasSize(3);
        assertThat(unanswered.getJsonObject(0).getString("question").toLowerCase())
                .isEqualTo("how do i get a parking permit?");
        assertThat(unanswered.getJsonObject(0).getLong("count")).isEqualTo(2);
        assertThat(unanswered.getJsonObject(1).getString("question")).isEqualTo("What does it cost?");
        assertThat(unanswered.getJsonObject(2).getString("question")).isEqualTo("Where is the canteen?");

        JsonArray days = s.getJsonArray("days");
        assertThat(days).hasSize(30);
        long conversations = 0;
        long questions = 0;
        long handoffs = 0;
        for (int i = 0; i < days.size(); i++) {
            conversations += days.getJsonObject(i).getLong("conversations");
            questions += days.getJsonObject(i).getLong("questions");
            handoffs += days.getJsonObject(i).getLong("handoffs");
        }
        assertThat(conversations).isEqualTo(3);
        assertThat(questions).isEqualTo(6);
        assertThat(handoffs).isEqualTo(3);
    }

    @Test
    void summary_knownRows_funnelsAndDecisionsAgainstTheCommittedLimit() {
        JsonObject s = summary("supervisor");
        JsonObject dereg = byKey(s.getJsonArray("funnels"), "processId", "deregistration");
        assertThat(dereg.getLong("started")).isEqualTo(3);
        assertThat(dereg.getLong("completed")).isEqualTo(2);
        assertThat(dereg.getLong("submitted")).isEqualTo(2);
        assertThat(dereg.getLong("approved")).isEqualTo(1);
        JsonObject start = byKey(s.getJsonArray("funnels"), "processId", "start-business");
        assertThat(start.getLong("started")).isEqualTo(1);
        assertThat(start.getLong("submitted")).isEqualTo(1);
        assertThat(start.getLong("approved")).isEqualTo(0);

        JsonObject decisions = byKey(s.getJsonArray("decisions"), "processId", "deregistration");
        assertThat(decisions.getInteger("committedWorkingDays")).isEqualTo(10);
        assertThat(decisions.getLong("decided")).isEqualTo(2);
        assertThat(decisions.getLong("onTime")).isEqualTo(1);
        assertThat(decisions.getDouble("onTimeShare")).isEqualTo(0.5);
        assertThat(decisions.getDouble("medianHours")).isEqualTo(2.0);
        assertThat(decisions.getDouble("p90Hours")).isEqualTo(4.0);
        assertThat(byKey(s.getJsonArray("decisions"), "processId", "start-business")
                        .getLong("decided"))
                .isZero();
    }

    @Test
    void summary_knownRows_waitingAndFirstResponseTimesPerDepartment() {
        JsonObject s = summary("admin");
        JsonObject market = byKey(s.getJsonArray("departments"), "department", "market-regulation");
        assertThat(market.getLong("requested")).isEqualTo(2);
        assertThat(market.getLong("waitMedianSeconds")).isEqualTo(30);
        assertThat(market.getLong("waitP90Seconds")).isEqualTo(90);
        assertThat(market.getLong("firstResponseMedianSeconds")).isEqualTo(20);
        assertThat(market.getLong("firstResponseP90Seconds")).isEqualTo(120);
        assertThat(market.getDouble("withinOneMinute")).isEqualTo(0.5);
        JsonObject tax = byKey(s.getJsonArray("departments"), "department", "tax");
        assertThat(tax.getLong("requested")).isEqualTo(1);
        assertThat(tax.getLong("claimed")).isZero();
        assertThat(tax.getValue("waitMedianSeconds")).isNull();
    }

    @Test
    void summary_agentOrNoToken_isRefused() {
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        ApiClient.Response forbidden = api.get("/api/v1/staff/dashboards/summary", agent);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.errorCode()).isEqualTo("role_required");
        assertThat(api.get("/api/v1/staff/dashboards/summary", null).status()).isEqualTo(401);
    }

    @Test
    void summary_invalidDays_isBadRequest() {
        String token = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);
        assertThat(api.get("/api/v1/staff/dashboards/summary?days=0", token).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/staff/dashboards/summary?days=abc", token).errorCode())
                .isEqualTo("invalid_days");
        assertThat(api.get("/api/v1/staff/dashboards/summary?days=7", token)
                        .json()
                        .getJsonArray("days"))
                .hasSize(7);
    }

    @Test
    void echartsWebJar_isServedLocally() {
        ApiClient.Response js = api.get("/console/vendor/echarts.min.js", null);
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.contentType()).startsWith("application/javascript");
        assertThat(js.body()).contains("echarts");
        ApiClient.Response page = api.get("/console", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/console/console.js");
    }

    private static JsonObject summary(String user) {
        String token = api.staffLogin(user, TestServer.STAFF_PASSWORD);
        ApiClient.Response r = api.get("/api/v1/staff/dashboards/summary?days=30", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonObject byKey(JsonArray rows, String key, String value) {
        for (int i = 0; i < rows.size(); i++) {
            if (value.equals(rows.getJsonObject(i).getString(key))) {
                return rows.getJsonObject(i);
            }
        }
        throw new AssertionError("no row with " + key + " = " + value + " in " + rows.encode());
    }

    private static void conversation(Connection c, String id, String state, long at) throws Exception {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO conversations (id, token_hash, channel, enterprise, state,"
                        + " last_seq, created_at, updated_at) VALUES (?, 'x', 'web', '{}', ?, 0, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, state);
            s.setLong(3, at);
            s.setLong(4, at);
            s.executeUpdate();
        }
    }

    private static void answer(Connection c, String conversation, long seq, String question, String outcome, long at)
            throws Exception {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO messages (conversation_id, seq, body, question, lang, outcome,"
                        + " confidence, passages, created_at) VALUES (?, ?, '{}', ?, 'en', ?, 0.5, '[]', ?)")) {
            s.setString(1, conversation);
            s.setLong(2, seq);
            s.setString(3, question);
            s.setString(4, outcome);
            s.setLong(5, at);
            s.executeUpdate();
        }
    }

    private static void handoff(
            Connection c,
            String id,
            String conversation,
            String department,
            long requested,
            Long waited,
            Long responded)
            throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO handoffs (id, conversation_id, department, status, reason,"
                        + " requested_at, claimed_by, claimed_at, first_response_at) VALUES (?, ?, ?, ?, 'asked', ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, conversation);
            s.setString(3, department);
            s.setString(4, waited == null ? "queued" : "active");
            s.setLong(5, requested);
            s.setString(6, waited == null ? null : "agent");
            s.setObject(7, waited == null ? null : requested + waited);
            s.setObject(8, responded == null ? null : requested + waited + responded);
            s.executeUpdate();
        }
    }

    private static void submission(
            Connection c,
            String id,
            String conversation,
            String process,
            String status,
            String expectedBy,
            long created,
            long updated)
            throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO submissions (id, version, receipt, conversation_id, process_id,"
                        + " payload, status, expected_by, created_at, updated_at) VALUES (?, 1, ?, ?, ?, '{}', ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, "OW-" + id);
            s.setString(3, conversation);
            s.setString(4, process);
            s.setString(5, status);
            s.setString(6, expectedBy);
            s.setLong(7, created);
            s.setLong(8, updated);
            s.executeUpdate();
        }
    }
}
