package org.onewindow.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.signing.WebhookSigner;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.SampleDocuments;
import org.onewindow.testing.TestServer;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The demo portal with the widget, in a real headless Chromium, against a real OneWindow
 * node ({@link TestServer}: a free port, a temporary data dir, the repository's knowledge base).
 * The screenshot {@code target/screenshots/widget.png} is kept as the test's artifact.
 */
@IntegrationTest
final class WidgetEndToEndBrowserTest {

    private static TestServer server;
    private Browser browser;
    private WidgetPage widget;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start(TestServer.tempDir("onewindow-widget-e2e-"), Map.of());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        widget = new WidgetPage(browser);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    private String page() {
        return server.baseUrl() + "/";
    }

    @Test
    void demoPage_openWidgetAndAsk_showsTheAnswer() {
        widget.load(page());
        assertThat(browser.driver.getTitle()).contains("XX 产业园区");
        widget.open();
        widget.waitForEntries(
                "the greeting", es -> es.stream().anyMatch(e -> e.from().equals("bot")));

        List<WidgetPage.Entry> entries = widget.ask("企业注销需要多长时间？");

        WidgetPage.Entry answer = entries.get(entries.size() - 1);
        assertThat(answer.from()).isEqualTo("bot");
        assertThat(answer.text()).isNotBlank();
        assertThat(entries)
                .filteredOn(e -> e.from().equals("user"))
                .extracting(WidgetPage.Entry::text)
                .containsExactly("企业注销需要多长时间？");
        assertThat(answer.text()).contains("5");
        // the answer cites its source, linked to the knowledge-base file the server serves
        List<WebElement> links = widget.findAll(".msg.bot:last-of-type .cites a");
        assertThat(links).isNotEmpty();
        for (WebElement a : links) {
            String href = a.getAttribute("href");
            assertThat(href).startsWith(server.baseUrl() + "/kb/");
            assertThat(a.getText()).isNotBlank();
            assertThat(server.api()
                            .get(href.substring(server.baseUrl().length()), null)
                            .status())
                    .isEqualTo(200);
        }
        browser.screenshot("widget");
    }

    @Test
    void process_twoStepsAnsweredWithQuickReplies_showsProgressAndTheChoices() {
        widget.load(page()).open();
        widget.clickQuickReply("企业注销");
        widget.waitUntil("the process to start", () -> widget.progressText().contains("第 1 步"));
        assertThat(widget.progressText()).contains("企业注销").contains("企业名称");
        widget.ask("湖南星辰科技有限公司");
        widget.waitUntil("step 2", () -> widget.progressText().contains("第 2 步"));
        widget.ask("91350100M000100Y43");
        widget.waitUntil("the route step", () -> widget.progressText().contains("注销方式"));
        String routeStep = widget.progressText();

        widget.clickQuickReply("简易注销");
        widget.waitUntil("the reason step", () -> widget.progressText().contains("注销原因"));
        widget.clickQuickReply("股东会决议解散");
        widget.waitUntil(
                "the step after the reason", () -> !widget.progressText().contains("注销原因"));
        assertThat(widget.progressText()).isNotEqualTo(routeStep).containsPattern("第 \\d+ 步 / 共 \\d+ 步");

        List<WidgetPage.Entry> entries =
                widget.waitForEntries("no pending bubbles", es -> es.stream().noneMatch(WidgetPage.Entry::pending));
        assertThat(entries)
                .filteredOn(e -> e.from().equals("user"))
                .extracting(WidgetPage.Entry::text)
                .containsExactly("企业注销", "湖南星辰科技有限公司", "91350100M000100Y43", "简易注销", "股东会决议解散");
        assertThat(entries.stream().map(WidgetPage.Entry::seq).toList())
                .doesNotHaveDuplicates()
                .isSorted();
        browser.screenshot("widget-process-real");

        // a reload keeps the conversation and its place in the process
        String progress = widget.progressText();
        widget.load(page()).open();
        widget.waitUntil(
                "the progress after the reload", () -> widget.progressText().equals(progress));
        assertThat(widget.entries()).isEqualTo(entries);
    }

    @Test
    void process_submitted_showsTheStatusCardWithItsReceipt() {
        widget.load(page()).open();
        widget.clickQuickReply("企业注销");
        widget.waitUntil("the process to start", () -> widget.progressText().contains("第 1 步"));
        answerProcessUntil(
                () -> !widget.findAll(".card").isEmpty(),
                Map.of(
                        "companyName",
                        "湖南星辰科技有限公司",
                        "uscc",
                        "91350100M000100Y43",
                        "contactName",
                        "李娜",
                        "contactPhone",
                        "13807310000",
                        "liquidationLeader",
                        "张伟",
                        "creditorNoticeDate",
                        "2026-09-01"),
                null);
        widget.waitUntil("the status card", () -> !widget.findAll(".card").isEmpty());
        String card = widget.text(".card:not(.past)");
        assertThat(card)
                .contains("企业注销")
                .containsPattern("已提交|审核中|已送达")
                .containsPattern("OW-\\d{4}-\\d{6}")
                .contains("承诺办结");
        assertThat(widget.progressText()).isEmpty();
        assertThat(widget.text(".hbtn.apps")).contains("1");
        browser.screenshot("widget-submitted");

        // The department's approval system asks for a correction: a signed callback. The server
        // pushes the new status card and state over the WebSocket; the widget shows both.
        String submissionId = (String) browser.js("return OneWindow.state.submissions[0].id;");
        long before = widget.lastSeq();
        String body = new JsonObject()
                .put("submissionId", submissionId)
                .put("status", "needs_correction")
                .put("comment", "请补充股东会解散决议原件扫描件")
                .put(
                        "corrections",
                        new JsonArray()
                                .add(new JsonObject().put("field", "reason").put("reason", "请补充股东会解散决议")))
                .encode();
        String messageId = "msg-" + java.util.UUID.randomUUID();
        long ts = Instant.now().getEpochSecond();
        HttpResponse<String> res = send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/api/v1/connectors/market-regulation/callbacks"))
                .header("Content-Type", "application/json")
                .header(WebhookSigner.HEADER_ID, messageId)
                .header(WebhookSigner.HEADER_TIMESTAMP, Long.toString(ts))
                .header(
                        WebhookSigner.HEADER_SIGNATURE,
                        WebhookSigner.fromSecret(TestServer.CONNECTOR_SECRET).sign(messageId, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(res.statusCode()).as(res.body()).isBetween(200, 299);

        List<WidgetPage.Entry> pushed = widget.waitForEntries(
                "the pushed status card",
                es -> es.stream().anyMatch(e -> e.seq() > before && e.type().equals("status")));
        assertThat(pushed.stream().map(WidgetPage.Entry::seq).toList())
                .doesNotHaveDuplicates()
                .isSorted();
        widget.waitUntil(
                "the card to show the correction",
                () -> widget.text(".card:not(.past)").contains("需补正"));
        assertThat(widget.text(".card:not(.past) .targets"))
                .as("each approval system by the registry's name of its department")
                .contains("市场监督管理局", "税务局", "人力资源和社会保障局")
                .contains("请补充股东会解散决议原件扫描件");
        // one live card per submission; the earlier card keeps what it said then
        assertThat(widget.findAll(".card:not(.past)")).hasSize(1);
        assertThat(widget.text(".card.past")).contains("OW-").doesNotContain("需补正");
        assertThat(widget.distanceFromLogEnd())
                .as("the log follows the newest message")
                .isLessThan(5);
        browser.screenshot("widget-status-pushed");
    }

    /**
     * Answers whatever the server asks, turn by turn, until {@code done}: typed answers by field
     * name, the first option by quick reply for choices, {@code file} through the file picker for
     * file fields; agrees to the privacy notice and confirms the summary.
     */
    private void answerProcessUntil(java.util.function.Supplier<Boolean> done, Map<String, String> typed, Path file) {
        for (int turn = 0; turn < 25 && !done.get(); turn++) {
            List<String> replies = widget.quickReplies();
            long before = widget.lastSeq();
            String field = (String)
                    browser.js("var p=OneWindow.state&&OneWindow.state.process; return p&&p.field?p.field.name:null;");
            String type = (String)
                    browser.js("var p=OneWindow.state&&OneWindow.state.process; return p&&p.field?p.field.type:null;");
            if (replies.contains("同意")) {
                widget.clickQuickReply("同意");
            } else if (replies.contains("确认提交")) {
                widget.clickQuickReply("确认提交");
            } else if ("file".equals(type)) {
                assertThat(file).as("a file for field " + field).isNotNull();
                assertThat(widget.find(".attach").isDisplayed()).isTrue();
                widget.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
            } else if (field != null && typed.containsKey(field)) {
                widget.type(typed.get(field));
            } else if ("enum".equals(type) || "boolean".equals(type)) {
                widget.clickQuickReply(replies.get(0));
            } else {
                assertThat(field)
                        .as("the field asked at turn " + turn + " has an answer in the test")
                        .isNull();
                return;
            }
            widget.waitForEntries(
                    "the reply to turn " + turn + " (" + field + ")",
                    es -> es.get(es.size() - 1).seq() > before
                            && !es.get(es.size() - 1).from().equals("user")
                            && es.stream().noneMatch(WidgetPage.Entry::pending));
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void process_fileField_uploadsThroughThePicker() throws Exception {
        widget.load(page()).open();
        widget.ask("我要申请联合竣工验收");
        widget.waitUntil("the process to start", () -> widget.progressText().contains("第 1 步"));
        Path pdf = java.nio.file.Files.createTempFile("completion-report-", ".pdf");
        java.nio.file.Files.write(pdf, SampleDocuments.pdf());
        String name = pdf.getFileName().toString();
        answerProcessUntil(
                () -> widget.entries().stream().anyMatch(e -> e.type().equals("file")),
                Map.of(
                        "uscc",
                        "91350100M000100Y43",
                        "projectName",
                        "星辰智能制造基地一期",
                        "constructionPermitNo",
                        "430100202601150101",
                        "completionDate",
                        "2026-11-20",
                        "contactName",
                        "王强",
                        "contactPhone",
                        "13807310000",
                        "fireDesignApproval",
                        "长消审字〔2026〕第0123号"),
                pdf);
        List<WidgetPage.Entry> entries = widget.waitForEntries(
                "the uploaded file in the log",
                es -> es.stream()
                        .anyMatch(e -> e.type().equals("file") && e.text().contains(name)));
        assertThat(entries).filteredOn(e -> e.type().equals("file")).hasSize(1);
        assertThat(entries.stream().map(WidgetPage.Entry::seq).toList())
                .doesNotHaveDuplicates()
                .isSorted();
        assertThat(widget.text(".upl")).doesNotContain("失败");
        browser.screenshot("widget-upload");
    }

    @Test
    void reload_continuesTheSameConversation() {
        widget.load(page()).open();
        widget.ask("你好");
        String id = widget.conversationId();
        List<WidgetPage.Entry> before = widget.entries();

        widget.load(page()).open();
        widget.waitForEntries("the history", es -> es.size() >= before.size());

        assertThat(widget.conversationId()).isEqualTo(id);
        assertThat(widget.entries()).isEqualTo(before);
    }

    @Test
    void handoff_staffClaimsAndReplies_pushedOverTheWebSocket() {
        widget.load(page()).open();
        widget.ask("转人工");
        widget.waitUntil(
                "the queued banner", () -> widget.text(".banner.handoff").contains("正在为您转接"));
        String id = widget.conversationId();

        // a park agent logs in to the staff API, claims the conversation and answers
        JsonObject login = server.api()
                .post(
                        "/api/v1/staff/login",
                        null,
                        new JsonObject().put("username", "agent").put("password", TestServer.STAFF_PASSWORD))
                .json();
        String staffToken = login.getString("token");
        assertThat(staffToken).as(login.encode()).isNotBlank();
        var claim = server.api().post("/api/v1/staff/conversations/" + id + "/claim", staffToken, new JsonObject());
        assertThat(claim.status()).as(claim.body()).isBetween(200, 299);
        widget.waitUntil(
                "the active banner", () -> widget.text(".banner.handoff").contains("已接入"));

        long before = widget.lastSeq();
        var reply = server.api()
                .post(
                        "/api/v1/staff/conversations/" + id + "/messages",
                        staffToken,
                        new JsonObject().put("text", "您好，我是园区政务服务中心的工作人员，请问有什么可以帮您？"));
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);

        List<WidgetPage.Entry> entries = widget.waitForEntries(
                "the staff reply",
                es -> es.stream().anyMatch(e -> e.seq() > before && e.from().equals("staff")));
        assertThat(entries)
                .filteredOn(e -> e.from().equals("staff"))
                .extracting(WidgetPage.Entry::text)
                .containsExactly("您好，我是园区政务服务中心的工作人员，请问有什么可以帮您？");
        assertThat(widget.text(".msg.staff .who")).contains("工作人员");
        assertThat(entries.stream().map(WidgetPage.Entry::seq).toList())
                .doesNotHaveDuplicates()
                .isSorted();
        browser.screenshot("widget-staff");

        // the user's answer goes to the person, and the conversation survives a reload as it is
        widget.type("我想咨询注销进度");
        widget.waitForEntries(
                "the user's message to staff",
                es -> es.stream()
                        .anyMatch(e -> e.from().equals("user") && e.text().equals("我想咨询注销进度") && !e.pending()));
        List<WidgetPage.Entry> all = widget.entries();
        widget.load(page()).open();
        widget.waitForEntries("the history", es -> es.size() >= all.size());
        assertThat(widget.entries()).isEqualTo(all);
        assertThat(widget.text(".banner.handoff")).contains("已接入");
    }

    @Test
    void queued_leavesTheQueueWithTheButton_andTheBannerGoes() {
        widget.load(page()).open();
        widget.ask("转人工");
        widget.waitUntil(
                "the queued banner", () -> widget.text(".banner.handoff").contains("正在为您转接"));

        widget.clickQuickReply("退出排队");

        widget.waitForEntries(
                "the notice that the queue was left",
                es -> es.stream().anyMatch(e -> e.text().contains("您已退出排队")));
        widget.waitUntil(
                "the banner to go", () -> widget.text(".banner.handoff").isEmpty());
        browser.screenshot("widget-left-queue");
    }

    @Test
    void queued_leavesAPhoneNumberForACallBack_thatStaffSeeInTheQueue() {
        widget.load(page()).open();
        widget.ask("talk to a human");
        String id = widget.conversationId();

        List<WidgetPage.Entry> asked = widget.ask("please call me back");
        assertThat(asked.get(asked.size() - 1).text()).contains("Which phone number or e-mail address");
        List<WidgetPage.Entry> saved = widget.ask("it's 139 0731 2468");

        assertThat(saved.get(saved.size() - 1).text()).contains("Staff will contact you at 13907312468");
        String staffToken = server.api().staffLogin("agent", TestServer.STAFF_PASSWORD);
        JsonObject row = server
                .api()
                .get("/api/v1/staff/handoffs", staffToken)
                .json()
                .getJsonObject("queues")
                .getJsonArray("general")
                .stream()
                .map(i -> (JsonObject) i)
                .filter(i -> i.getString("conversationId").equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(row.getString("callBack")).isEqualTo("13907312468");
    }

    @Test
    void staffConsole_inASecondBrowser_claimsAndReplies_andTheReplyArrivesInTheWidget() {
        widget.load(page()).open();
        widget.ask("转人工");
        widget.waitUntil(
                "the queued banner", () -> widget.text(".banner.handoff").contains("正在为您转接"));
        String id = widget.conversationId();

        Browser console = Browser.start();
        try {
            org.openqa.selenium.chrome.ChromeDriver staff = console.driver;
            staff.get(server.baseUrl() + "/console");
            staff.findElement(org.openqa.selenium.By.id("login-username")).sendKeys("agent");
            staff.findElement(org.openqa.selenium.By.id("login-password")).sendKeys(TestServer.STAFF_PASSWORD);
            staff.findElement(org.openqa.selenium.By.id("login-submit")).click();
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(staff, WidgetPage.WAIT);
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                            org.openqa.selenium.By.cssSelector(".queue-item[data-conversation='" + id + "']")))
                    .click();
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                            org.openqa.selenium.By.id("btn-claim")))
                    .click();
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.cssSelector("#state .badge.active")));
            String reply = "您好，控制台的工作人员来了 " + System.nanoTime();
            staff.findElement(org.openqa.selenium.By.id("reply-text")).sendKeys(reply);
            staff.findElement(org.openqa.selenium.By.id("btn-send")).click();

            List<WidgetPage.Entry> entries = widget.waitForEntries(
                    "the console's reply in the widget",
                    es -> es.stream()
                            .anyMatch(e -> e.from().equals("staff") && e.text().equals(reply)));
            assertThat(entries)
                    .filteredOn(e -> e.from().equals("staff"))
                    .extracting(WidgetPage.Entry::text)
                    .containsExactly(reply);
            assertThat(widget.text(".banner.handoff")).contains("已接入");
        } finally {
            console.close();
        }
    }

    @Test
    void xssStrings_renderAsHarmlessText() {
        widget.load(page()).open();
        String img = "<img src=x onerror=\"window.__owXss=1\">";
        String link = "javascript:window.__owXss=2 [x](javascript:window.__owXss=3)";
        widget.ask(img);
        List<WidgetPage.Entry> entries = widget.ask(link);

        assertThat(entries).extracting(WidgetPage.Entry::text).contains(img, link);
        assertThat(browser.js("return window.__owXss === undefined;")).isEqualTo(true);
        assertThat(widget.findAll("img")).isEmpty();
        assertThat(widget.findAll("a").stream().map(a -> a.getAttribute("href")))
                .allMatch(h -> h.startsWith("http://") || h.startsWith("https://"));
    }

    @Test
    void keyboardOnly_opensSendsAndCloses() {
        widget.load(page());
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 80 && !".launcher".equals(widget.focused()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(widget.focused()).as("Tab reaches the launcher").isEqualTo(".launcher");
        keys.sendKeys(Keys.ENTER).perform();
        widget.waitUntil("focus in the input", () -> "#ow-input".equals(widget.focused()));
        keys.sendKeys("Where is the service hall?").sendKeys(Keys.ENTER).perform();
        widget.waitForEntries(
                "the reply",
                es -> es.stream()
                                .anyMatch(
                                        e -> e.from().equals("user") && e.text().equals("Where is the service hall?"))
                        && es.get(es.size() - 1).from().equals("bot"));
        keys.sendKeys(Keys.ESCAPE).perform();
        widget.waitUntil("the panel to close", () -> !widget.panelOpen());
        assertThat(widget.focused()).isEqualTo(".launcher");
    }

    @Test
    void signedIdentity_makesAVerifiedConversation() throws Exception {
        widget.load(page());
        String uscc = "91430100MA4L16JQ7B";
        long ts = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestServer.IDENTITY_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sig = HexFormat.of().formatHex(mac.doFinal((uscc + "." + ts).getBytes(StandardCharsets.UTF_8)));
        browser.js(
                "OneWindow.identify({uscc: arguments[0], name: '示例科技有限公司', ts: arguments[1], sig: arguments[2]});",
                uscc,
                ts,
                sig);
        widget.open();
        widget.waitUntil("the verified badge", () -> !widget.text(".verified").isEmpty());
        assertThat(widget.text(".verified")).contains("已认证");
    }

    @Test
    void englishPortal_talksEnglish() {
        widget.load(page() + "?lang=en").open();
        widget.waitForEntries(
                "the greeting", es -> es.stream().anyMatch(e -> e.text().startsWith("Hello")));
        assertThat(widget.find("#ow-input").getAttribute("placeholder")).startsWith("Ask a question");
        assertThat(browser.driver.getTitle()).contains("Industrial Park");
    }
}
