package org.onewindow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;

/** Drives a started guided process to its submission through the conversation API, as a user would. */
public final class ProcessDriver {

    private ProcessDriver() {}

    /**
     * Answers whatever field is asked from {@code answers}, agrees to the privacy notice, keeps
     * pre-filled values and confirms the summary; returns the response of the submitting turn.
     */
    public static Response untilSubmitted(
            ApiClient api, Conversation c, Response started, Map<String, String> answers) {
        return untilSubmitted(
                started, answers, body -> api.post("/api/v1/conversations/" + c.id() + "/messages", c.token(), body));
    }

    /** The same, sending each turn's body ({@code text} or {@code action}) through {@code send}. */
    public static Response untilSubmitted(
            Response started, Map<String, String> answers, java.util.function.Function<JsonObject, Response> send) {
        Response response = started;
        for (int turn = 0; turn < 40; turn++) {
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonObject state = response.json().getJsonObject("state");
            if (!state.getJsonArray("submissions").isEmpty()) {
                return response;
            }
            List<String> actions = lastQuickReplies(response);
            if (actions.contains("process:privacy-accept")) {
                response = send.apply(new JsonObject().put("action", "process:privacy-accept"));
            } else if (actions.contains("process:confirm")) {
                response = send.apply(new JsonObject().put("action", "process:confirm"));
            } else if (actions.contains("process:keep")) {
                response = send.apply(new JsonObject().put("action", "process:keep"));
            } else {
                String field =
                        state.getJsonObject("process").getJsonObject("field").getString("name");
                assertThat(answers).as("an answer for " + field).containsKey(field);
                response = send.apply(new JsonObject().put("text", answers.get(field)));
            }
        }
        throw new AssertionError("the process did not finish in 40 turns: " + response.body());
    }

    /** The id of the (first) submission of the conversation after {@link #untilSubmitted}. */
    public static String submissionId(Response submitted) {
        return submitted
                .json()
                .getJsonObject("state")
                .getJsonArray("submissions")
                .getJsonObject(0)
                .getString("id");
    }

    private static List<String> lastQuickReplies(Response r) {
        JsonArray messages = r.json().getJsonArray("messages");
        JsonArray quick = messages.getJsonObject(messages.size() - 1).getJsonArray("quickReplies");
        return quick == null
                ? List.of()
                : quick.stream().map(q -> ((JsonObject) q).getString("action")).toList();
    }
}
