package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.ProcessDriver;
import org.onewindow.testing.TestServer;

/** Guided processes through the conversation API, from the trigger to the receipt. */
@IntegrationTest
final class ProcessConversationTest {

    private static final Map<String, String> DEREGISTRATION_ZH = Map.of(
            "route",
            "一般注销",
            "reason",
            "股东会决议解散",
            "liquidationLeader",
            "张伟",
            "creditorNoticeDate",
            "2026年9月1日",
            "taxesSettled",
            "是的",
            "contactName",
            "李娜",
            "contactPhone",
            "１３８ ０７３１ ００００");
    private static final Map<String, String> DEREGISTRATION_EN = Map.of(
            "companyName",
            "Hunan Xingchen Technology Co. Ltd",
            "uscc",
            "91350100m000100y43",
            "route",
            "simplified",
            "reason",
            "shareholders resolved to dissolve",
            "taxesSettled",
            "yes",
            "contactName",
            "Li Na",
            "contactPhone",
            "0731-8888 6666");

    private final ApiClient api = TestServer.shared().api();

    @Test
    void deregistration_inChinese_withKnownEnterprise_endsWithReceiptAndExpectedDate() {
        Conversation c = api.createConversation(new JsonObject()
                .put("locale", "zh")
                .put("enterprise", new JsonObject().put("name", "湖南星辰科技有限公司").put("uscc", "91350100M000100Y43")));

        Response started = api.say(c, "我要注销公司");
        assertThat(started.json().getJsonObject("state").getString("mode")).isEqualTo("process");
        assertThat(started.json()
                        .getJsonObject("state")
                        .getJsonObject("process")
                        .getString("id"))
                .isEqualTo("deregistration");
        JsonObject state = complete(c, started, DEREGISTRATION_ZH);

        JsonObject submission = state.getJsonArray("submissions").getJsonObject(0);
        assertThat(submission.getString("receipt")).matches("OW-\\d{4}-\\d{6}");
        assertThat(submission.getString("status")).isEqualTo("submitted");
        assertThat(submission.getString("expectedBy")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(state.getString("mode")).isEqualTo("bot");
        assertThat(state.getValue("process")).isNull();
        JsonArray history = api.history(c).json().getJsonArray("messages");
        // The receipt card; delivery status cards may follow it at any moment.
        JsonObject card = history.stream()
                .map(m -> (JsonObject) m)
                .filter(m -> "status".equals(m.getString("type"))
                        && m.getString("text").contains("受理编号"))
                .findFirst()
                .orElseThrow();
        assertThat(card.getString("type")).isEqualTo("status");
        assertThat(card.getString("submissionId")).isEqualTo(submission.getString("id"));
        assertThat(card.getString("text"))
                .contains(submission.getString("receipt"))
                .contains("工作日");
    }

    @Test
    void deregistration_inEnglish_byQuickReply_completesAndStatusQuestionTellsIt() {
        Conversation c = api.createConversation("en");

        Response started = api.press(c, "process:start:deregistration");
        JsonObject state = complete(c, started, DEREGISTRATION_EN);
        String receipt = state.getJsonArray("submissions").getJsonObject(0).getString("receipt");

        Response status = api.say(c, "What's the status of my application?");
        assertThat(lastText(status)).contains(receipt).containsPattern("submitted|in review|received");
    }

    @Test
    void invalidAnswer_getsASpecificReasonAndTheSameQuestionAgain() {
        Conversation c = api.createConversation("en");
        api.press(c, "process:start:deregistration");
        api.say(c, "Hunan Xingchen Technology Co. Ltd");

        Response r = api.say(c, "91350100M000100Y40");

        assertThat(r.json()
                        .getJsonObject("state")
                        .getJsonObject("process")
                        .getJsonObject("field")
                        .getString("name"))
                .isEqualTo("uscc");
        assertThat(allText(r)).containsIgnoringCase("check");
    }

    @Test
    void knowledgeQuestion_midProcess_isAnsweredThenTheQuestionIsRepeated() {
        Conversation c = api.createConversation("en");
        api.press(c, "process:start:deregistration");

        Response r = api.say(c, "How long does deregistration take?");

        assertThat(allText(r)).contains("working days");
        assertThat(r.json()
                        .getJsonObject("state")
                        .getJsonObject("process")
                        .getJsonObject("field")
                        .getString("name"))
                .isEqualTo("companyName");
    }

    @Test
    void choiceDescribedInOtherWords_isTakenAsThatOptionAndTheReplyNamesIt() {
        Conversation c = api.createConversation("en");
        api.press(c, "process:start:deregistration");
        api.say(c, "Hunan Xingchen Technology Co. Ltd");
        api.say(c, "91350100M000100Y43");

        Response r =
                api.say(c, "the firm never owed money to anybody, and all of our investors will put that in writing");

        assertThat(r.json()
                        .getJsonObject("state")
                        .getJsonObject("process")
                        .getJsonObject("field")
                        .getString("name"))
                .isEqualTo("reason");
        assertThat(allText(r)).contains("I took that as the deregistration route: Simplified deregistration");
    }

    @Test
    void earlierChoiceCorrectedInOtherWords_isWeighedAndChanged_andTheFormGoesOn() {
        Conversation c = api.createConversation("en");
        api.press(c, "process:start:book-agent");
        api.say(c, "taxes");
        api.say(c, "skip");
        api.say(c, "meet at the service hall");

        Response r = api.say(c, "hmm, it's actually about closing down the company, not taxes");

        assertThat(allText(r)).contains("Deregistration");
        assertThat(r.json()
                        .getJsonObject("state")
                        .getJsonObject("process")
                        .getJsonObject("field")
                        .getString("name"))
                .isEqualTo("preferredDate");
    }

    @Test
    void cancel_withConfirmation_returnsToTheBotAndSubmitsNothing() {
        Conversation c = api.createConversation("en");
        api.press(c, "process:start:deregistration");

        api.say(c, "cancel");
        Response r = api.press(c, "process:cancel-confirm");

        assertThat(r.json().getJsonObject("state").getString("mode")).isEqualTo("bot");
        assertThat(r.json().getJsonObject("state").getJsonArray("submissions")).isEmpty();
    }

    @Test
    void processInProgress_afterRestart_continuesAtTheSameStep() throws Exception {
        Path dataDir = TestServer.tempDir("onewindow-process-restart-");
        Conversation c;
        try (TestServer first = TestServer.start(dataDir, Map.of())) {
            c = first.api().createConversation("en");
            first.api().press(c, "process:start:deregistration");
            first.api().say(c, "Hunan Xingchen Technology Co. Ltd");
        }
        try (TestServer second = TestServer.start(dataDir, Map.of())) {
            JsonObject state = second.api().history(c).json().getJsonObject("state");
            assertThat(state.getJsonObject("process").getJsonObject("field").getString("name"))
                    .isEqualTo("uscc");

            Response r = second.api().say(c, "91350100M000100Y43");
            assertThat(r.json().getJsonObject("state").getJsonObject("process").getInteger("step"))
                    .isEqualTo(3);
        }
    }

    private JsonObject complete(Conversation c, Response started, Map<String, String> answers) {
        return ProcessDriver.untilSubmitted(api, c, started, answers).json().getJsonObject("state");
    }

    private static String lastText(Response r) {
        JsonArray messages = r.json().getJsonArray("messages");
        return messages.getJsonObject(messages.size() - 1).getString("text");
    }

    private static String allText(Response r) {
        StringBuilder text = new StringBuilder();
        r.json()
                .getJsonArray("messages")
                .forEach(m -> text.append(((JsonObject) m).getString("text")).append('\n'));
        return text.toString();
    }
}
