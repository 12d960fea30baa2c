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
import org.onewindow.testing.TestServer;

/** An enterprise waiting for a person is never left at a dead end: answered meanwhile, free to leave, able to leave a contact. */
@IntegrationTest
final class QueueWaitingTest {

    private final ApiClient api = TestServer.shared().api();

    private static String texts(Response r) {
        return String.join(
                "\n",
                r.json().getJsonArray("messages").stream()
                        .map(m -> ((JsonObject) m).getString("text"))
                        .toList());
    }

    private static List<String> actions(Response r) {
        JsonArray messages = r.json().getJsonArray("messages");
        JsonArray replies = messages.getJsonObject(messages.size() - 1).getJsonArray("quickReplies");
        return replies.stream().map(q -> ((JsonObject) q).getString("action")).toList();
    }

    private List<String> queuedConversations() {
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        JsonArray general = api.get("/api/v1/staff/handoffs", agent)
                .json()
                .getJsonObject("queues")
                .getJsonArray("general");
        return general == null
                ? List.of()
                : general.stream()
                        .map(i -> ((JsonObject) i).getString("conversationId"))
                        .toList();
    }

    @Test
    void queued_offersAWayOut() {
        Conversation c = api.createConversation("en");

        Response r = api.say(c, "talk to a human");

        assertThat(actions(r)).contains("handoff:leave");
    }

    @Test
    void questionWhileQueued_isAnswered_andTheEnterpriseStaysInTheQueue() {
        Conversation c = api.createConversation("en");
        api.say(c, "talk to a human");

        Response r = api.say(c, "How long does deregistration take?");

        assertThat(texts(r)).contains("working days").contains("still in the queue");
        assertThat(r.json().getJsonObject("state").getJsonObject("handoff").getString("status"))
                .isEqualTo("queued");
    }

    @Test
    void otherMessageWhileQueued_isAcknowledged_neverMetWithSilence() {
        Conversation c = api.createConversation("zh");
        api.say(c, "转人工");

        Response r = api.say(c, "我们公司想变更一下地址");

        assertThat(texts(r)).contains("您的消息已留给稍后回复的工作人员");
        assertThat(actions(r)).contains("handoff:leave");
    }

    @Test
    void neverMind_leavesTheQueue_andStaffNoLongerSeeIt() {
        Conversation c = api.createConversation("zh");
        api.say(c, "转人工");
        assertThat(queuedConversations()).contains(c.id());

        Response r = api.say(c, "不用了，谢谢");

        assertThat(texts(r)).contains("您已退出排队");
        assertThat(r.json().getJsonObject("state").getString("mode")).isEqualTo("bot");
        assertThat(r.json().getJsonObject("state").getValue("handoff")).isNull();
        assertThat(queuedConversations()).doesNotContain(c.id());
        assertThat(texts(api.say(c, "注销要几天"))).contains("工作日");
    }

    @Test
    void callBackContact_isValidated_thenShownToStaffInTheQueue() {
        Conversation c = api.createConversation("en");
        api.say(c, "talk to a human");

        Response asked = api.press(c, "handoff:call-back");
        Response refused = api.say(c, "call me maybe");
        Response saved = api.say(c, "my mobile is 138 0731 0000");

        assertThat(texts(asked)).contains("Which phone number or e-mail address");
        assertThat(texts(refused)).contains("does not look like a phone number");
        assertThat(texts(saved)).contains("Staff will contact you at 13807310000");
        String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
        JsonObject row =
                api.get("/api/v1/staff/handoffs", agent).json().getJsonObject("queues").getJsonArray("general").stream()
                        .map(i -> (JsonObject) i)
                        .filter(i -> i.getString("conversationId").equals(c.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(row.getString("callBack")).isEqualTo("13807310000");
    }
}
