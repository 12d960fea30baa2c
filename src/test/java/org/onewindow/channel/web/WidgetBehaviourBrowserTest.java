package org.onewindow.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.IntegrationTest;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

/**
 * The widget's client-side behaviour in a real headless Chromium, against
 * {@link FakeConversationApi}: the parts of the contract the real server cannot be steered
 * into on demand (a socket dropped mid-conversation, a token that stops being valid, every
 * message and state shape). The end-to-end run against the real server is
 * {@code WidgetEndToEndBrowserTest}.
 */
@IntegrationTest
final class WidgetBehaviourBrowserTest {

    private Vertx vertx;
    private FakeConversationApi api;
    private String base;
    private Browser browser;
    private WidgetPage widget;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() throws Exception {
        vertx = Vertx.vertx();
        api = new FakeConversationApi(vertx);
        int port = api.start().await();
        base = "http://localhost:" + port;
        browser = Browser.start();
        widget = new WidgetPage(browser);
    }

    @AfterEach
    void tearDown() {
        try {
            if (browser != null) browser.close();
        } finally {
            api.stop().await();
            vertx.close().await();
        }
    }

    private void hook(String conversationId, String what, JsonObject body) throws Exception {
        HttpResponse<String> res = http.send(
                HttpRequest.newBuilder(URI.create(base + "/test/" + conversationId + "/" + what))
                        .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
                        .header("content-type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(204);
    }

    @Test
    void ask_question_showsFormattedAnswerWithCitationLink() {
        widget.load(base + "/").open();
        assertThat(api.createdBodies()).hasSize(1);
        assertThat(api.createdBodies().get(0).getString("channel")).isEqualTo("web");
        assertThat(api.createdBodies().get(0).getString("locale")).isEqualTo("zh");

        List<WidgetPage.Entry> entries = widget.ask("企业注销需要多久？");

        assertThat(entries).extracting(WidgetPage.Entry::text).anyMatch(t -> t.contains("5–10 个工作日"));
        WebElement link = widget.find(".cites a");
        assertThat(link.getText()).isEqualTo("企业注销指南");
        assertThat(link.getAttribute("href")).isEqualTo(base + "/kb/knowledge-base/procedures/deregistration.zh.md");
        assertThat(widget.text(".cites")).contains("办理时限");
        assertThat(widget.find(".msg.bot:last-of-type strong").getText()).isEqualTo("5–10 个工作日");
        assertThat(widget.findAll(".msg.bot .bubble li")).hasSize(2);
        assertThat(widget.find(".bubble a[href='https://example.org/dereg']").getText())
                .isEqualTo("https://example.org/dereg");
        assertThat(widget.quickReplies()).contains("立即办理");
        browser.screenshot("widget-answer");
    }

    @Test
    void process_quickReplies_showChoiceAsUserMessageAndProgress() throws Exception {
        widget.load(base + "/").open();
        widget.clickQuickReply("企业注销");
        widget.waitUntil("step 1", () -> widget.progressText().contains("第 1 步 / 共 5 步"));
        assertThat(widget.progressText()).contains("企业注销 / Deregistration").contains("注销原因");

        widget.clickQuickReply("决议解散");
        widget.waitUntil("step 2", () -> widget.progressText().contains("第 2 步 / 共 5 步"));
        widget.clickQuickReply("是 / Yes");
        widget.waitUntil("the file step", () -> widget.progressText().contains("第 3 步"));

        List<WidgetPage.Entry> entries = widget.entries();
        assertThat(entries)
                .filteredOn(e -> e.from().equals("user"))
                .extracting(WidgetPage.Entry::text)
                .containsExactly("企业注销", "决议解散 / Dissolution", "是 / Yes");
        assertThat(entries).noneMatch(WidgetPage.Entry::pending);

        // the file field offers a picker; the upload goes to …/files as part "file"
        assertThat(widget.find(".attach").isDisplayed()).isTrue();
        Path pdf = Files.createTempFile("resolution", ".pdf");
        Files.writeString(pdf, "%PDF-1.4 test");
        widget.find("input[type=file]").sendKeys(pdf.toAbsolutePath().toString());
        widget.waitForEntries(
                "the uploaded file",
                es -> es.stream()
                        .anyMatch(e -> e.type().equals("file")
                                && e.text().contains(pdf.getFileName().toString())));
        browser.screenshot("widget-process");
    }

    @Test
    void reload_continuesTheSameConversation_withoutDuplicates() {
        widget.load(base + "/").open();
        widget.ask("第一个问题");
        String id = widget.conversationId();
        List<WidgetPage.Entry> before = widget.entries();

        widget.load(base + "/").open();
        widget.waitForEntries("the history", es -> es.size() >= before.size());

        assertThat(widget.conversationId()).isEqualTo(id);
        assertThat(api.createdBodies()).hasSize(1);
        assertThat(widget.entries()).isEqualTo(before);
    }

    @Test
    void nextPage_ofThePortal_keepsThePanelOpen_withoutTakingFocus() {
        widget.load(base + "/").open();
        widget.ask("你好");
        widget.load(base + "/?page=2");
        widget.waitUntil("the panel to reopen", widget::panelOpen);
        assertThat(widget.focused()).startsWith("outside:");
        widget.find(".close").click();
        widget.load(base + "/?page=3");
        assertThat(widget.panelOpen()).isFalse();
    }

    @Test
    void newTab_continuesTheConversation_andFollowsAResetInAnotherTab() {
        widget.load(base + "/").open();
        widget.ask("第一个标签页");
        String id = widget.conversationId();
        String first = browser.driver.getWindowHandle();

        browser.driver.switchTo().newWindow(WindowType.TAB);
        widget.load(base + "/").open();
        assertThat(widget.conversationId()).isEqualTo(id);
        widget.waitForEntries(
                "the history", es -> es.stream().anyMatch(e -> e.text().equals("第一个标签页")));
        String second = browser.driver.getWindowHandle();

        browser.driver.switchTo().window(first);
        widget.ask("来自第一个标签页的新消息");
        browser.driver.switchTo().window(second);
        widget.waitForEntries(
                "the message sent in the other tab",
                es -> es.stream().filter(e -> e.text().equals("来自第一个标签页的新消息")).count() == 1);

        browser.js("OneWindow.reset();");
        widget.waitUntil(
                "a new conversation", () -> !id.equals(widget.conversationId()) && widget.conversationId() != null);
        String next = widget.conversationId();
        browser.driver.switchTo().window(first);
        widget.waitUntil("the first tab to follow", () -> next.equals(widget.conversationId()));
        widget.waitForEntries(
                "the new conversation's log",
                es -> es.stream().noneMatch(e -> e.text().contains("标签页")));
        assertThat(api.createdBodies()).hasSize(2);
    }

    @Test
    void push_overWebSocket_showsStaffMessage_andCatchesUpAfterReconnectExactlyOnce() throws Exception {
        widget.load(base + "/").open();
        widget.ask("转人工");
        String id = widget.conversationId();
        hook(
                id,
                "state",
                new JsonObject()
                        .put("mode", "handoff")
                        .put("handoff", new JsonObject().put("status", "queued").put("department", "园区政务服务中心")));
        widget.waitUntil(
                "the queued banner", () -> widget.text(".banner.handoff").contains("正在为您转接园区政务服务中心"));

        hook(
                id,
                "state",
                new JsonObject()
                        .put("handoff", new JsonObject().put("status", "active").put("department", "园区政务服务中心")));
        hook(id, "push", new JsonObject().put("from", "staff").put("text", "您好，我是园区工作人员小李。"));
        widget.waitForEntries(
                "the staff message", es -> es.stream().anyMatch(e -> e.from().equals("staff")));
        assertThat(widget.text(".msg.staff .who")).contains("工作人员");
        assertThat(widget.text(".banner.handoff")).contains("已接入");

        // the socket drops; messages stored meanwhile arrive after the reconnect, once
        hook(id, "drop", new JsonObject());
        hook(id, "push", new JsonObject().put("from", "staff").put("text", "断线期间的消息"));
        hook(
                id,
                "push",
                new JsonObject().put("from", "system").put("type", "notice").put("text", "工作人员已离开"));
        widget.waitForEntries(
                "the messages sent while disconnected",
                es -> es.stream().anyMatch(e -> e.text().contains("工作人员已离开")));
        hook(id, "push", new JsonObject().put("from", "staff").put("text", "重连之后的消息"));
        List<WidgetPage.Entry> entries = widget.waitForEntries(
                "a push after the reconnect",
                es -> es.stream().anyMatch(e -> e.text().contains("重连之后的消息")));

        assertThat(widget.distanceFromLogEnd()).isLessThan(5);

        // a reader who scrolled up to read history is not pulled down by a push
        for (int i = 0; i < 8; i++) {
            hook(id, "push", new JsonObject().put("from", "staff").put("text", "填充消息 " + i + "\n第二行\n第三行"));
        }
        widget.waitForEntries(
                "the filler", es -> es.stream().anyMatch(e -> e.text().startsWith("填充消息 7")));
        widget.scrollLogToTop();
        hook(id, "push", new JsonObject().put("from", "staff").put("text", "阅读历史时到达的消息"));
        entries = widget.waitForEntries(
                "the message while reading",
                es -> es.stream().anyMatch(e -> e.text().equals("阅读历史时到达的消息")));
        assertThat(widget.distanceFromLogEnd()).isGreaterThan(100);

        List<Long> seqs = entries.stream().map(WidgetPage.Entry::seq).toList();
        assertThat(seqs).doesNotHaveDuplicates().isSorted();
        assertThat(seqs)
                .containsExactlyElementsOf(api.conversation(id).messages.stream()
                        .map(m -> m.getLong("seq"))
                        .toList());
    }

    @Test
    void send_lostReply_retriesOnceWithTheSameClientMessageId() throws Exception {
        widget.load(base + "/").open();
        widget.ask("你好");
        String id = widget.conversationId();
        hook(id, "flaky", new JsonObject());

        List<WidgetPage.Entry> entries = widget.ask("回复丢失的问题");

        List<String> ids = api.conversation(id).receivedClientIds;
        assertThat(ids).hasSize(3);
        assertThat(ids.get(1)).isEqualTo(ids.get(2)).isNotEqualTo(ids.get(0));
        assertThat(entries).filteredOn(e -> e.text().equals("回复丢失的问题")).hasSize(1);
        assertThat(entries)
                .filteredOn(e -> e.text().equals("I received: 回复丢失的问题"))
                .hasSize(1);
        assertThat(entries.stream().map(WidgetPage.Entry::seq).toList()).doesNotHaveDuplicates();
    }

    @Test
    void send_refusedByTheServer_showsWhy_andTheConversationGoesOn() {
        widget.load(base + "/").open();
        widget.waitUntil(
                "the greeting's quick replies", () -> widget.quickReplies().size() == 2);
        widget.type("FAIL400");
        widget.waitUntil(
                "the failure", () -> !widget.findAll(".msg.failed .failbar").isEmpty());
        assertThat(widget.text(".msg.failed .failbar"))
                .contains("发送失败")
                .contains("text is longer than 4000 characters.");
        assertThat(widget.quickReplies())
                .as("a failed message does not hold back the quick replies")
                .hasSize(2);

        List<WidgetPage.Entry> entries = widget.ask("下一条消息");
        assertThat(entries.get(entries.size() - 1).text()).isEqualTo("I received: 下一条消息");
        assertThat(
                        (Long)
                                browser.js(
                                        "var r=document.querySelector('one-window-widget').shadowRoot;"
                                                + "var kids=Array.from(r.querySelector('#ow-log').children);"
                                                + "return kids.indexOf(r.querySelector('.msg.failed')) - kids.indexOf(r.querySelector('[data-seq]:last-child'));"))
                .as("later messages come after the failed one")
                .isNegative();
    }

    @Test
    void pushedMessage_whileClosed_showsUnreadBadge() throws Exception {
        widget.load(base + "/").open();
        widget.ask("你好");
        widget.find(".close").click();
        hook(
                widget.conversationId(),
                "push",
                new JsonObject().put("from", "staff").put("text", "有新消息"));
        widget.waitUntil("the unread badge", () -> "1".equals(widget.text(".launcher .badge")));
        assertThat(widget.find(".launcher").getAttribute("aria-label")).contains("1 条新消息");
    }

    @Test
    void xssStrings_renderAsText() throws Exception {
        widget.load(base + "/").open();
        String img = "<img src=x onerror=\"window.__owXss=1\">";
        String script = "<script>window.__owXss=2</script>";
        String jsLink = "[click](javascript:window.__owXss=3) javascript:window.__owXss=4";
        widget.ask(img);
        widget.ask(script);
        widget.ask(jsLink);
        hook(
                widget.conversationId(),
                "push",
                new JsonObject()
                        .put("from", "bot")
                        .put("text", "**<b>x</b>** " + img)
                        .put(
                                "citations",
                                new JsonArray()
                                        .add(new JsonObject()
                                                .put("title", img)
                                                .put("source", "x\"><img src=x onerror=alert(1)>.md")))
                        .put(
                                "quickReplies",
                                new JsonArray()
                                        .add(new JsonObject().put("label", img).put("action", "a"))));
        List<WidgetPage.Entry> entries = widget.waitForEntries(
                "the pushed bot message",
                es -> es.stream()
                        .anyMatch(e -> e.from().equals("bot") && e.text().contains("<b>x</b>")));

        Set<String> texts = entries.stream().map(WidgetPage.Entry::text).collect(Collectors.toSet());
        assertThat(texts).contains(img, script, jsLink);
        assertThat(browser.js("return window.__owXss === undefined;")).isEqualTo(true);
        assertThat(widget.findAll("img")).isEmpty();
        assertThat(widget.findAll("script")).isEmpty();
        assertThat(widget.findAll("a").stream().map(a -> a.getAttribute("href")))
                .allMatch(h -> h.startsWith("http://") || h.startsWith("https://"));
        assertThat(widget.quickReplies()).contains(img);
    }

    @Test
    void keyboardOnly_opensSendsAndCloses() {
        widget.load(base + "/");
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 60 && !".launcher".equals(widget.focused()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(widget.focused()).as("Tab reaches the launcher").isEqualTo(".launcher");
        keys.sendKeys(Keys.ENTER).perform();
        widget.waitUntil("the panel to open", widget::panelOpen);
        widget.waitUntil("focus in the input", () -> "#ow-input".equals(widget.focused()));

        keys.sendKeys("键盘发送的问题").sendKeys(Keys.ENTER).perform();
        widget.waitForEntries(
                "the reply", es -> es.stream().anyMatch(e -> e.text().contains("I received: 键盘发送的问题")));

        keys.sendKeys(Keys.ESCAPE).perform();
        widget.waitUntil("the panel to close", () -> !widget.panelOpen());
        assertThat(widget.focused()).isEqualTo(".launcher");
        assertThat(widget.find(".launcher").getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void quickReply_byKeyboard_sendsAndKeepsFocusInThePanel() {
        widget.load(base + "/").open();
        widget.waitUntil("focus in the input", () -> "#ow-input".equals(widget.focused()));
        widget.waitUntil(
                "the greeting's quick replies", () -> widget.quickReplies().size() == 2);
        Actions keys = new Actions(browser.driver);
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(widget.focused()).isEqualTo(".chip");
        assertThat(browser.js(
                        "return document.querySelector('one-window-widget').shadowRoot.activeElement.textContent;"))
                .isEqualTo("转人工");
        keys.sendKeys(Keys.ENTER).perform();
        widget.waitForEntries(
                "the choice as the user's message",
                es -> es.stream()
                        .anyMatch(e -> e.from().equals("user") && e.text().equals("转人工") && !e.pending()));
        assertThat(widget.focused()).isEqualTo("#ow-input");
    }

    @Test
    void accessibility_rolesAndLabels() {
        widget.load(base + "/").open();
        WebElement log = widget.find("#ow-log");
        assertThat(log.getAttribute("role")).isEqualTo("log");
        assertThat(log.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(widget.find(".panel").getAttribute("role")).isEqualTo("dialog");
        for (WebElement b : widget.findAll("button")) {
            String name = b.getAttribute("aria-label") != null ? b.getAttribute("aria-label") : b.getText();
            assertThat(name).as("every button has an accessible name").isNotBlank();
        }
        assertThat(widget.find("label[for=ow-input]").getAttribute("textContent"))
                .isNotBlank();
    }

    @Test
    void rejectedToken_startsANewConversation() throws Exception {
        widget.load(base + "/").open();
        widget.ask("你好");
        String first = widget.conversationId();
        hook(first, "forget", new JsonObject());

        widget.load(base + "/").open();
        widget.waitUntil(
                "a new conversation", () -> widget.conversationId() != null && !first.equals(widget.conversationId()));
        assertThat(api.createdBodies()).hasSize(2);
        widget.ask("还在吗");
    }

    @Test
    void verifiedIdentity_isSentWhenCreatingTheConversation() {
        widget.load(base + "/");
        browser.js("OneWindow.identify({uscc:'91430100MA4L000000', name:'示例科技有限公司', ts:1764230400, sig:'ab12'});");
        widget.open();
        widget.waitUntil("the conversation", () -> api.createdBodies().size() == 1);
        JsonObject identity = api.createdBodies().get(0).getJsonObject("identity");
        assertThat(identity).isNotNull();
        assertThat(identity.getString("uscc")).isEqualTo("91430100MA4L000000");
        assertThat(identity.getString("name")).isEqualTo("示例科技有限公司");
        assertThat(identity.getLong("ts")).isEqualTo(1764230400L);
        assertThat(identity.getString("sig")).isEqualTo("ab12");
    }

    @Test
    void identityAttributes_underAStrictCsp_areSentAndTheWidgetIsStyled() {
        widget.load(base + "/test-embed?data-identity-uscc=91430100MA4L000000&data-identity-name=%E7%A4%BA%E4%BE%8B"
                + "&data-identity-ts=1764230400&data-identity-sig=ab12&data-locale=en&data-open=true");
        widget.waitUntil("the panel opened by data-open", widget::panelOpen);
        widget.waitUntil("the conversation", () -> api.createdBodies().size() == 1);
        JsonObject body = api.createdBodies().get(0);
        assertThat(body.getString("locale")).isEqualTo("en");
        assertThat(body.getJsonObject("identity").getString("uscc")).isEqualTo("91430100MA4L000000");
        assertThat(body.getJsonObject("identity").getString("name")).isEqualTo("示例");
        assertThat(body.getJsonObject("identity").getLong("ts")).isEqualTo(1764230400L);
        assertThat(widget.text(".verified")).contains("Verified");
        // the stylesheet applied despite style-src 'self': the panel is a positioned, sized box
        assertThat(browser.js("return getComputedStyle(document.querySelector('one-window-widget').shadowRoot"
                        + ".querySelector('.panel')).position;"))
                .isEqualTo("fixed");
    }

    @Test
    void callsQueuedBeforeLoad_areReplayed() {
        widget.load(base + "/test-embed?queue=1");
        widget.open();
        widget.waitUntil("the conversation", () -> api.createdBodies().size() == 1);
        assertThat(api.createdBodies().get(0).getJsonObject("identity").getString("name"))
                .isEqualTo("排队公司");
    }

    @Test
    void hostPageCss_doesNotReachTheWidget() {
        widget.load(base + "/");
        // the demo portal sets `button { all: unset }` and its own fonts and colours
        assertThat(browser.js("var l=document.querySelector('one-window-widget').shadowRoot.querySelector('.launcher');"
                        + "var cs=getComputedStyle(l); return [cs.position, cs.height, cs.borderRadius].join(' ');"))
                .isEqualTo("fixed 56px 28px");
        assertThat(browser.js("return Object.keys(window).filter(function(k){return /onewindow/i.test(k);});"))
                .isEqualTo(List.of("OneWindow"));
    }

    @Test
    void englishPage_usesEnglishStrings() {
        widget.load(base + "/?lang=en").open();
        widget.waitUntil(
                "English strings",
                () -> widget.find(".launcher").getAttribute("aria-label").contains("Open"));
        assertThat(widget.find("#ow-input").getAttribute("placeholder")).startsWith("Ask a question");
        assertThat(api.createdBodies().get(0).getString("locale")).isEqualTo("en");
    }

    @Test
    void submissionStatus_rendersAsCard() throws Exception {
        widget.load(base + "/").open();
        widget.ask("你好");
        String id = widget.conversationId();
        hook(
                id,
                "state",
                new JsonObject()
                        .put(
                                "submissions",
                                new JsonArray()
                                        .add(new JsonObject()
                                                .put("id", "s1")
                                                .put("receipt", "OW-2026-000123")
                                                .put("version", 1)
                                                .put("process", "deregistration")
                                                .put("status", "in_review")
                                                .put("expectedBy", "2026-12-08")
                                                .put(
                                                        "targets",
                                                        new JsonArray()
                                                                .add(new JsonObject()
                                                                        .put("connector", "market-regulation")
                                                                        .put("status", "in_review"))
                                                                .add(new JsonObject()
                                                                        .put("connector", "tax")
                                                                        .put("status", "delivered"))))));
        hook(
                id,
                "push",
                new JsonObject()
                        .put("from", "system")
                        .put("type", "status")
                        .put("submissionId", "s1")
                        .put("text", "您的注销申请已进入审核。"));
        widget.waitForEntries(
                "the status card", es -> es.stream().anyMatch(e -> e.type().equals("status")));
        String card = widget.text(".card");
        assertThat(widget.text(".card .targets"))
                .as("the approval systems by the registry's names of their departments")
                .contains("市场监督管理局")
                .contains("税务局");
        assertThat(card)
                .contains("OW-2026-000123")
                .contains("审核中")
                .contains("2026年12月8日")
                .contains("已送达")
                .contains("您的注销申请已进入审核。");

        hook(
                id,
                "state",
                new JsonObject()
                        .put(
                                "submissions",
                                new JsonArray()
                                        .add(new JsonObject()
                                                .put("id", "s1")
                                                .put("receipt", "OW-2026-000123")
                                                .put("version", 1)
                                                .put("process", "deregistration")
                                                .put("status", "approved")
                                                .put("expectedBy", "2026-12-08")
                                                .put(
                                                        "targets",
                                                        new JsonArray()
                                                                .add(new JsonObject()
                                                                        .put("connector", "market-regulation")
                                                                        .put("status", "approved"))))));
        widget.waitUntil("the card to update", () -> widget.text(".card").contains("已通过"));
        assertThat(widget.text(".hbtn.apps")).contains("1");
    }

    @Test
    void phoneScreen_panelIsFullScreen() {
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        widget.load(base + "/").open();
        widget.ask("企业注销需要多久？");
        Number width = (Number) browser.js("return document.querySelector('one-window-widget').shadowRoot"
                + ".querySelector('.panel').getBoundingClientRect().width;");
        Number viewport = (Number) browser.js("return window.innerWidth;");
        assertThat(width.doubleValue()).isCloseTo(viewport.doubleValue(), org.assertj.core.data.Offset.offset(1.0));
        browser.screenshot("widget-phone");
        assertThat(browser.js("return document.documentElement.style.overflow;"))
                .isEqualTo("hidden");
        widget.find(".close").click();
        assertThat(browser.js("return document.documentElement.style.overflow;"))
                .isEqualTo("");
    }
}
