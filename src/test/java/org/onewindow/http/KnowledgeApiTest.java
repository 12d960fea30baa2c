package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

@IntegrationTest
final class KnowledgeApiTest {

    private final ApiClient api = TestServer.shared().api();

    @Test
    void processes_listsTheRequiredProcessesWithSlaAndFields() {
        Response r = api.get("/api/v1/processes", null);

        assertThat(r.status()).isEqualTo(200);
        JsonArray processes = r.jsonArray();
        List<String> ids =
                processes.stream().map(p -> ((JsonObject) p).getString("id")).toList();
        assertThat(ids)
                .contains(
                        "start-business",
                        "pay-taxes",
                        "start-construction",
                        "acceptance-check",
                        "deregistration",
                        "book-agent");
        JsonObject deregistration = processes.stream()
                .map(p -> (JsonObject) p)
                .filter(p -> p.getString("id").equals("deregistration"))
                .findFirst()
                .orElseThrow();
        assertThat(deregistration.getJsonObject("sla").getInteger("minWorkingDays"))
                .isEqualTo(5);
        assertThat(deregistration.getJsonObject("sla").getInteger("maxWorkingDays"))
                .isEqualTo(10);
        assertThat(deregistration.getJsonArray("fields")).isNotEmpty();
    }

    @Test
    void processes_inChinese_whenAcceptLanguageIsZh() {
        Response r = api.get("/api/v1/processes?lang=zh", null);

        assertThat(r.jsonArray().stream().map(p -> ((JsonObject) p).getString("title")))
                .anyMatch(title -> title.contains("注销"));
    }

    @Test
    void search_chineseWord_findsTheDeregistrationDocumentsWithHighlightedSnippets() {
        Response r = api.get(
                "/api/v1/search?q=" + URLEncoder.encode("注销", StandardCharsets.UTF_8) + "&lang=zh&limit=3", null);

        assertThat(r.status()).isEqualTo(200);
        JsonArray hits = r.json().getJsonArray("hits");
        assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        JsonObject first = hits.getJsonObject(0);
        assertThat(first.getString("source")).startsWith("knowledge-base/");
        assertThat(first.getString("snippet")).contains("<em>");
        assertThat(first.getDouble("score")).isPositive();
    }

    @Test
    void search_badParameters_are400() {
        assertThat(api.get("/api/v1/search", null).errorCode()).isEqualTo("missing_q");
        assertThat(api.get("/api/v1/search?q=x&lang=fr", null).errorCode()).isEqualTo("invalid_lang");
        assertThat(api.get("/api/v1/search?q=x&limit=0", null).errorCode()).isEqualTo("invalid_limit");
    }

    @Test
    void question_inEnglish_isAnsweredWithACitationThatCanBeOpened() {
        Conversation c = api.createConversation("en");

        JsonObject answer = botReply(api.say(c, "How long does it take to deregister a company?"));

        assertThat(answer.getString("text")).containsIgnoringCase("working days");
        JsonObject citation = answer.getJsonArray("citations").getJsonObject(0);
        assertThat(citation.getString("source")).startsWith("knowledge-base/");
        assertThat(api.get("/kb/" + citation.getString("source"), null).status())
                .isEqualTo(200);
    }

    @Test
    void question_inChinese_isAnsweredInChinese() {
        Conversation c = api.createConversation("en");

        JsonObject answer = botReply(api.say(c, "注销公司需要多少个工作日？"));

        assertThat(answer.getString("text")).containsPattern("[\\u4e00-\\u9fff]");
        assertThat(answer.getJsonArray("citations")).isNotEmpty();
    }

    @Test
    void twoThingsAskedAtOnce_areBothAnsweredWithACitationEach() {
        TestServer.shared().awaitPassageVectors();
        Conversation en = api.createConversation("en");
        JsonObject both =
                botReply(api.say(en, "how many days for the building permit and how many to file the acceptance"));
        assertThat(both.getString("text")).contains("7 days").contains("15 days");
        assertThat(both.getJsonArray("citations")).hasSize(2);

        Conversation zh = api.createConversation("zh");
        JsonObject fees = botReply(api.say(zh, "开公司和注销公司都要钱吗"));
        assertThat(fees.getString("text")).contains("营业执照").contains("注销登记");
    }

    @Test
    void twoQuestionsOneAfterTheOther_theBareSecondIsReadAsAFollowUpToTheFirst() {
        TestServer.shared().awaitPassageVectors();
        Conversation en = api.createConversation("en");
        JsonObject both = botReply(api.say(en, "can park staff visit us n sort the forms? costs anything?"));
        assertThat(both.getString("text")).contains("door-to-door").contains("generally free");

        Conversation zh = api.createConversation("zh");
        JsonObject fees = botReply(api.say(zh, "代办收费不 能上门服务不"));
        assertThat(fees.getString("text")).contains("工本费").contains("上门服务");
    }

    @Test
    void twoQuestionsOneAfterTheOther_oneFactKnownOneNot_eachGetsItsOwnAnswer_afterAnotherTopicToo() {
        TestServer.shared().awaitPassageVectors();
        Conversation en = api.createConversation("en");
        api.say(en, "How long does deregistration take?");
        JsonObject both = botReply(api.say(en, "biz licence free? and the seals?"));
        assertThat(both.getString("text")).contains("free of charge").contains("not verified");
    }

    @Test
    void questionSayingItIsAboutSomethingElse_isNotReadWithTheLastTopic() {
        TestServer.shared().awaitPassageVectors();
        Conversation c = api.createConversation("zh");
        api.say(c, "施工许可证要具备哪些条件？");

        JsonObject answer = botReply(api.say(c, "换个事儿，公司注销要交钱不？"));

        assertThat(answer.getString("text")).contains("不收费");
        assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("source"))
                .contains("deregistration");
    }

    @Test
    void followUp_askingForAnItemOfTheListJustGivenByItsPlace_isAnsweredAboutThatItem() {
        TestServer.shared().awaitPassageVectors();
        Conversation c = api.createConversation("en");
        api.say(c, "What are the five groups of measures?");

        JsonObject answer = botReply(api.say(c, "what's in the second one"));

        assertThat(answer.getString("text")).containsIgnoringCase("life cycle");
    }

    @Test
    void followUp_withoutItsOwnTopic_keepsTheTopicOfThePreviousAnswer() {
        Conversation c = api.createConversation("en");
        api.say(c, "How long does deregistration take?");

        JsonObject answer = botReply(api.say(c, "and how much does it cost?"));

        assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("source"))
                .contains("deregistration");
    }

    @Test
    void followUp_longerButWithoutASubjectOfItsOwn_keepsTheTopicOfThePreviousAnswer() {
        TestServer.shared().awaitPassageVectors();
        Conversation c = api.createConversation("en");
        api.say(c, "What documents do I need to register a new company in the park?");

        JsonObject answer = botReply(api.say(c, "ok how many days till i get the licence n stuff"));

        assertThat(answer.getString("text")).containsPattern("(?:2|two) working days");
        assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("source"))
                .contains("start-business");
    }

    @Test
    void followUp_goingOnWithAndThatAloneFitsAnotherTopic_staysOnTheConversationsTopic() {
        TestServer.shared().awaitPassageVectors();
        Conversation c = api.createConversation("en");
        api.say(c, "how long does it take to get a construction permit?");

        JsonObject answer = botReply(api.say(c, "and what needs to be in place before we apply?"));

        assertThat(answer.getString("text")).contains("planning permit");
        assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("source"))
                .contains("start-construction");
    }

    @Test
    void followUp_askingTheSameForAVariant_isAnsweredForTheVariant() {
        TestServer.shared().awaitPassageVectors();
        Conversation c = api.createConversation("zh");
        api.say(c, "小规模纳税人月销售额多少以内免增值税");

        JsonObject answer = botReply(api.say(c, "那按季度报的话呢"));

        assertThat(answer.getString("text")).contains("30万");
    }

    @Test
    void followUp_namingAnotherTopicByItsTitle_leavesTheConversationsTopic() {
        TestServer.shared().awaitPassageVectors();
        Conversation c = api.createConversation("zh");
        api.say(c, "注销现在要几天");

        JsonObject answer = botReply(api.say(c, "那企业开办呢 要几天"));

        assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("source"))
                .contains("start-business");
    }

    @Test
    void followUp_namingAnotherTopicByWordsOfItsTitleOnly_leavesTheConversationsTopic() {
        TestServer.shared().awaitPassageVectors();
        Conversation c = api.createConversation("en");
        api.say(c, "what does 'one hall, one seal, one main body' mean?");

        // The passage says "minimalist approval"; only the FAQ entry's title says "four-instant reform".
        JsonObject answer = botReply(api.say(c, "and the four-instant reform?"));

        assertThat(answer.getString("text")).contains("land supply upon contract signing");
    }

    @Test
    void question_withPinyinOrASameSoundCharacterTypedForAWord_isAnsweredAboutTheWordMeant() {
        TestServer.shared().awaitPassageVectors();
        Conversation c = api.createConversation("zh");

        assertThat(botReply(api.say(c, "公司不想干了 zhuxiao要几天能搞定啊")).getString("text"))
                .contains("5至10个工作日");
        assertThat(botReply(api.say(c, "竣工眼收完了 几天内要去备案？")).getString("text")).contains("15日内");
    }

    @Test
    void followUp_askingWhichMeasureItIs_namesTheNumberedMeasureOfThePreviousTopic() {
        TestServer.shared().awaitPassageVectors();
        Conversation en = api.createConversation("en");
        api.say(en, "What is fault tolerance and error correction?");
        assertThat(botReply(api.say(en, "which measure is that?")).getString("text"))
                .contains("Measure 19");

        Conversation zh = api.createConversation("zh");
        api.say(zh, "签约即供地是什么意思");
        assertThat(botReply(api.say(zh, "这是第几条")).getString("text")).contains("第11条");
    }

    @Test
    void followUp_inChineseAskingForTheFullTitle_givesTheTitleOfTheDocumentJustDiscussed() {
        TestServer.shared().awaitPassageVectors();
        Conversation c = api.createConversation("zh");
        api.say(c, "二十条是谁发的");

        JsonObject answer = botReply(api.say(c, "全称叫什么"));

        assertThat(answer.getJsonArray("citations")).isNotEmpty();
        assertThat(answer.getString("text")).contains("《");
    }

    @Test
    void followUp_askingForTheOtherLanguage_reanswersFromTheSamePassageInThatLanguage() {
        Conversation c = api.createConversation("en");
        api.say(c, "What are the 20 measures for industrial parks?");

        JsonObject answer = botReply(api.say(c, "and in Chinese?"));

        assertThat(answer.getString("text")).contains("二十条措施");
        assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("source"))
                .isEqualTo("knowledge-base/faq/policies.yaml");
    }

    @Test
    void followUp_askingForTheChineseTermOfWhatWasAsked_givesTheTermInEnglishReplies() {
        Conversation c = api.createConversation("en");
        api.say(c, "What does 'handle park affairs within the park' mean?");

        JsonObject answer = botReply(api.say(c, "whats the chinese term for that"));

        assertThat(answer.getString("text")).startsWith("In Chinese,").contains("园区事园区办");
        assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("source"))
                .isEqualTo("knowledge-base/policies/one-stop-park-affairs.en.md");
    }

    @Test
    void theEnglishNameOfAChineseTerm_isGivenInChineseReplies() {
        Conversation c = api.createConversation("zh");
        api.say(c, "竣工验收备案要交哪些材料？");

        JsonObject answer = botReply(api.say(c, "里面那个工程质量保修书 英文叫啥"));

        assertThat(answer.getString("text")).contains("“工程质量保修书”的英文是“quality warranty”");
    }

    @Test
    void answer_isRecordedOnTheMessageThatGaveIt_withTheQuestionAndTheVersionsOfThePassagesShown() throws Exception {
        Conversation c = api.createConversation("en");
        JsonArray turn = api.say(c, "How long does it take to deregister a company?")
                .json()
                .getJsonArray("messages");
        long answerSeq = turn.getJsonObject(1).getLong("seq");

        try (java.sql.Connection db =
                        java.sql.DriverManager.getConnection(org.onewindow.config.AppConfig.embeddedDatabaseUrl(
                                TestServer.shared().dataDir()));
                java.sql.PreparedStatement select = db.prepareStatement("SELECT seq, question, lang, outcome, passages"
                        + " FROM messages WHERE conversation_id = ? AND outcome IS NOT NULL")) {
            select.setString(1, c.id());
            try (java.sql.ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong("seq")).isEqualTo(answerSeq);
                assertThat(rs.getString("question")).isEqualTo("How long does it take to deregister a company?");
                assertThat(rs.getString("lang")).isEqualTo("en");
                assertThat(rs.getString("outcome")).isEqualTo("answer");
                JsonObject shown = new JsonArray(rs.getString("passages")).getJsonObject(0);
                assertThat(shown.getString("source")).startsWith("knowledge-base/");
                assertThat(shown.getString("contentHash")).matches("[0-9a-f]{16,}");
                assertThat(rs.next())
                        .as("one answer record per answered question")
                        .isFalse();
            }
        }
    }

    @Test
    void outOfScopeQuestion_getsAnHonestFallbackWithoutCitations() {
        Conversation c = api.createConversation("en");

        JsonObject answer = botReply(api.say(c, "Who won the football match last night?"));

        assertThat(answer.getJsonArray("citations")).isEmpty();
        assertThat(answer.getString("text")).containsIgnoringCase("don't know");
    }

    @Test
    void questionAboutAMatterTheKnowledgeBaseDoesNotCover_saysSoInsteadOfAnsweringWithAProcedure() {
        TestServer.shared().awaitPassageVectors();
        Conversation en = api.createConversation("en");
        JsonObject patent = botReply(api.say(en, "How long does it take to get an invention patent granted?"));
        assertThat(patent.getJsonArray("citations")).isEmpty();
        assertThat(patent.getString("text")).contains("does not cover patent");

        Conversation zh = api.createConversation("zh");
        JsonObject tax = botReply(api.say(zh, "个人所得税起征点是多少"));
        assertThat(tax.getJsonArray("citations")).isEmpty();
        assertThat(tax.getString("text")).contains("没有关于“个人所得税”的内容");
    }

    @Test
    void knowledgeFile_pathTraversal_is404() {
        assertThat(api.get("/kb/knowledge-base/../pom.xml", null).status()).isEqualTo(404);
        assertThat(api.get("/kb/..%2F..%2Fetc%2Fpasswd", null).status()).isEqualTo(404);
    }

    private static JsonObject botReply(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonArray messages = r.json().getJsonArray("messages");
        return messages.getJsonObject(messages.size() - 1);
    }
}
