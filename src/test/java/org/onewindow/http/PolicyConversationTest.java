package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** "Which incentives can I get?" through the conversation API. */
@IntegrationTest
final class PolicyConversationTest {

    private final ApiClient api = TestServer.shared().api();

    @Test
    void subsidyQuestion_inChinese_asksTheMostDecisiveFactFirst() {
        Conversation c = api.createConversation("zh");

        Response r = api.say(c, "我能享受哪些优惠政策？");

        JsonObject question = last(r);
        assertThat(question.getString("text")).contains("行业");
        assertThat(question.getJsonArray("quickReplies").stream().map(q -> ((JsonObject) q).getString("action")))
                .contains("policy:answer:software-it", "policy:skip", "policy:cancel");
    }

    @Test
    void answeredFacts_showInTheEligibilityEndpoint_andNeverInAnotherUnverifiedConversation() {
        JsonObject enterprise = new JsonObject().put("name", "湖南星辰科技有限公司").put("uscc", "91350100M000100Y43");
        Conversation a =
                api.createConversation(new JsonObject().put("locale", "en").put("enterprise", enterprise));
        Conversation b =
                api.createConversation(new JsonObject().put("locale", "en").put("enterprise", enterprise));
        api.say(a, "what subsidies can I get?");
        api.press(a, "policy:answer:software-it");
        api.press(a, "policy:answer:true");

        JsonObject eligibilityA = api.get("/api/v1/conversations/" + a.id() + "/eligibility", a.token())
                .json();
        JsonObject eligibilityB = api.get("/api/v1/conversations/" + b.id() + "/eligibility", b.token())
                .json();

        assertThat(eligibilityA.getJsonArray("facts")).isNotEmpty();
        JsonArray policies = eligibilityA.getJsonArray("policies");
        assertThat(policies).isNotEmpty();
        assertThat(policies.stream().map(p -> ((JsonObject) p).getString("outcome")))
                .allMatch(o -> o.equals("eligible") || o.equals("not_eligible") || o.equals("unknown"));
        assertThat(eligibilityB.getJsonArray("facts")).isEmpty();
    }

    @Test
    void eligibility_withAnotherConversationsToken_is403() {
        Conversation a = api.createConversation("en");
        Conversation b = api.createConversation("en");

        assertThat(api.get("/api/v1/conversations/" + a.id() + "/eligibility", b.token())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void cancel_leavesTheEligibilityDialogue() {
        Conversation c = api.createConversation("en");
        api.say(c, "what subsidies can I get?");

        api.press(c, "policy:cancel");
        Response after = api.say(c, "How long does deregistration take?");

        assertThat(last(after).getJsonArray("citations")).isNotEmpty();
    }

    @Test
    void whetherOnePolicyApplies_toTheEnterpriseTheQuestionDescribes_isAnsweredYesAndAFollowUpNamingAnotherIsToo() {
        Conversation c = api.createConversation("zh");

        JsonObject first = last(api.say(c, "六税两费减半，小规模纳税人能享受吗？"));
        JsonObject followUp = last(api.say(c, "那个体户呢"));

        assertThat(first.getString("text")).startsWith("可以。").contains("增值税小规模纳税人");
        assertThat(followUp.getString("text")).startsWith("可以。").contains("个体工商户");
        assertThat(followUp.getJsonArray("citations").getJsonObject(0).getString("source"))
                .isEqualTo("knowledge-base/incentives/six-taxes-two-fees-halved.yaml");
    }

    @Test
    void whetherOnePolicyApplies_whenWhatTheQuestionSaysRulesItOut_isAnsweredNoWithTheRule() {
        Conversation c = api.createConversation("en");

        JsonObject answer = last(api.say(c, "we run a restaurant, can we claim the R&D super deduction?"));

        assertThat(answer.getString("text")).startsWith("No.").contains("Accommodation and catering (H)");
    }

    @Test
    void aQuestionAskedDuringTheCheck_isAnswered_thenTheCheckAsksItsQuestionAgain() {
        Conversation c = api.createConversation("zh");
        api.say(c, "我能享受哪些优惠政策？");

        Response r = api.say(c, "小规模纳税人月销售额多少以内免增值税？");

        JsonArray messages = r.json().getJsonArray("messages");
        assertThat(messages.getJsonObject(messages.size() - 2).getString("text"))
                .contains("10万");
        JsonObject again = last(r);
        assertThat(again.getString("text")).contains("行业");
        assertThat(again.getJsonArray("quickReplies").stream().map(q -> ((JsonObject) q).getString("action")))
                .contains("policy:answer:software-it");
    }

    private static JsonObject last(Response r) {
        JsonArray messages = r.json().getJsonArray("messages");
        return messages.getJsonObject(messages.size() - 1);
    }
}
