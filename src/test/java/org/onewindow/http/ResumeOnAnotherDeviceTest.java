package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.onewindow.conversation.IdentityVerifier;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** A verified enterprise that opens a conversation on another device continues its unfinished form there. */
@IntegrationTest
final class ResumeOnAnotherDeviceTest {

    private final ApiClient api = TestServer.shared().api();

    private Conversation openVerified(String uscc, String locale) {
        long ts = Instant.now().getEpochSecond();
        String sig = HexFormat.of()
                .formatHex(new IdentityVerifier(TestServer.IDENTITY_SECRET, java.time.Clock.systemUTC())
                        .sign(uscc + "." + ts));
        return api.createConversation(new JsonObject()
                .put("locale", locale)
                .put(
                        "identity",
                        new JsonObject()
                                .put("uscc", uscc)
                                .put("name", "Hunan Resume Test Co.")
                                .put("ts", ts)
                                .put("sig", sig)));
    }

    @Test
    void verifiedEnterprise_onANewDevice_continuesItsUnfinishedForm_andTheOldConversationIsTold() {
        String uscc = "91430100MA4R5UME0U"; // an enterprise of its own: other tests share this node
        Conversation phone = openVerified(uscc, "en");
        api.press(phone, "process:start:book-agent");
        api.say(phone, "taxes");
        api.say(phone, "skip");

        Conversation laptop = openVerified(uscc, "en");

        JsonObject state = laptop.created().getJsonObject("state");
        assertThat(state.getString("mode")).isEqualTo("process");
        assertThat(state.getJsonObject("process").getString("id")).isEqualTo("book-agent");
        assertThat(state.getJsonObject("process").getJsonObject("field").getString("name"))
                .isEqualTo("serviceMode");
        JsonArray greeting = laptop.created().getJsonArray("messages");
        assertThat(greeting.encode()).contains("from another device");
        JsonObject old = api.history(phone).json();
        assertThat(old.getJsonObject("state").getString("mode")).isEqualTo("bot");
        assertThat(old.getJsonArray("messages").encode()).contains("continued on another device");
    }

    @Test
    void anonymousVisitor_onANewConversation_startsAfresh() {
        Conversation first = api.createConversation("en");
        api.press(first, "process:start:book-agent");

        Conversation second = api.createConversation("en");

        assertThat(second.created().getJsonObject("state").getString("mode")).isEqualTo("bot");
    }
}
