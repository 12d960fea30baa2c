package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.ProcessDriver;
import org.onewindow.testing.TestServer;

/** An agent booking lands in the staff's list with its slot; staff confirm it or propose another. */
@IntegrationTest
final class BookingTest {

    private static final Map<String, String> ANSWERS = Map.of(
            "topic",
            "deregistration",
            "topicDetail",
            "We want to close our branch office.",
            "serviceMode",
            "door to door",
            "preferredDate",
            "next Tuesday",
            "preferredSlot",
            "morning",
            "address",
            "Room 1203, Building 5, 88 Lugu Avenue",
            "contactName",
            "Li Na",
            "contactPhone",
            "13807310000");

    private final ApiClient api = TestServer.shared().api();

    @Test
    void booking_isListedForStaff_confirmed_andAnotherSlotCanBeProposed() {
        Conversation c = api.createConversation("en");
        String id = book(c);
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);

        JsonArray bookings = api.get("/api/v1/staff/bookings", agent).json().getJsonArray("bookings");
        JsonObject mine = bookings.stream()
                .map(b -> (JsonObject) b)
                .filter(b -> b.getString("submissionId").equals(id))
                .findFirst()
                .orElseThrow();
        String date = mine.getString("preferredDate");
        assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(mine.getString("preferredSlot")).isEqualTo("morning");

        assertThat(api.post("/api/v1/staff/bookings/" + id + "/confirm", agent, new JsonObject())
                        .status())
                .isEqualTo(200);
        Response proposed = api.post(
                "/api/v1/staff/bookings/" + id + "/propose",
                agent,
                new JsonObject().put("date", "2027-03-03").put("slot", "afternoon"));

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        List<String> staffSaid = api.history(c).json().getJsonArray("messages").stream()
                .map(m -> (JsonObject) m)
                .filter(m -> m.getString("from").equals("staff"))
                .map(m -> m.getString("text"))
                .toList();
        assertThat(staffSaid).hasSize(2);
        assertThat(staffSaid.get(0)).contains("confirmed").contains(date);
        assertThat(staffSaid.get(1)).contains("2027-03-03").contains("afternoon");
        assertThat(proposed.json().getJsonObject("state").getString("mode")).isEqualTo("handoff");
        assertThat(api.post("/api/v1/staff/bookings/no-such/confirm", agent, new JsonObject())
                        .status())
                .isEqualTo(404);
    }

    private String book(Conversation c) {
        return ProcessDriver.submissionId(
                ProcessDriver.untilSubmitted(api, c, api.press(c, "process:start:book-agent"), ANSWERS));
    }
}
