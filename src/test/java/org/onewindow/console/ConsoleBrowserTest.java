package org.onewindow.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff console in real headless Chromium: an agent sees a waiting conversation, claims it and
 * replies, and the reply reaches the enterprise's browser (a second, separate browser session on the
 * portal page, listening on the conversation's events socket); a supervisor's dashboard draws its charts.
 */
@IntegrationTest
final class ConsoleBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private final TestServer server = TestServer.shared();
    private ChromeDriver console;
    private ChromeDriver enterprise;

    @AfterEach
    void quit() {
        if (console != null) {
            console.quit();
        }
        if (enterprise != null) {
            enterprise.quit();
        }
    }

    @Test
    void agent_claimsAndReplies_enterpriseBrowserReceivesTheReply() throws Exception {
        enterprise = Browsers.start();
        enterprise.get(server.baseUrl() + "/");
        String conversationId = (String) ((JavascriptExecutor) enterprise).executeAsyncScript(ENTERPRISE_SIDE);
        assertThat(conversationId).as("the enterprise's conversation").doesNotStartWith("ERR");

        console = Browsers.start();
        login(console, "agent");
        WebDriverWait wait = new WebDriverWait(console, WAIT);
        WebElement queued = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".queue-item[data-conversation='" + conversationId + "']")));
        assertThat(queued.getAttribute("data-status")).isEqualTo("queued");
        assertThat(queued.findElement(By.cssSelector(".wait")).getText()).matches("\\d+:\\d\\d");
        queued.click();

        // The enterprise's text is shown as text: markup in it is never run.
        WebElement hostile = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ol[@id='transcript']/li[contains(@class,'user')][.//div[contains(., '<img')]]")));
        assertThat(hostile.findElement(By.cssSelector(".bubble")).getText()).contains("<img src=x onerror=");
        assertThat(console.findElements(By.cssSelector("#transcript img"))).isEmpty();

        console.findElement(By.id("btn-claim")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#state .badge.active")));

        String reply = "您好，我是市场监管窗口的工作人员 " + System.nanoTime();
        console.findElement(By.id("reply-text")).sendKeys(reply);
        console.findElement(By.id("btn-send")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#transcript li.msg.staff"), reply));
        assertThat(console.findElements(By.cssSelector("#transcript li.msg.staff")).stream()
                        .filter(li -> li.getText().contains(reply))
                        .count())
                .as("the reply shown once")
                .isEqualTo(1);

        new WebDriverWait(enterprise, WAIT).until(d -> {
            Object got = ((JavascriptExecutor) d).executeScript("return window.__staff || []");
            return got instanceof List<?> list && list.contains(reply);
        });
        assertThat(((JavascriptExecutor) enterprise).executeScript("return window.__xss === undefined"))
                .isEqualTo(true);

        console.findElement(By.id("note-text")).sendKeys("Called back about the licence");
        console.findElement(By.id("btn-note")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "Called back about the licence"));
        Browsers.screenshot(console, "console.png");
        assertThat(Browsers.severeErrors(console)).isEmpty();
        assertThat(console.findElement(By.id("tab-dashboard")).isDisplayed())
                .as("no dashboard for agents")
                .isFalse();
        assertThat(console.findElement(By.id("tab-admin")).isDisplayed()).isFalse();
    }

    @Test
    void supervisor_dashboard_rendersItsChartsWithoutErrors() throws Exception {
        seedActivity();
        console = Browsers.start();
        login(console, "supervisor");
        WebDriverWait wait = new WebDriverWait(console, WAIT);
        assertThat(console.findElement(By.id("tab-admin")).isDisplayed()).isFalse();
        console.findElement(By.id("tab-dashboard")).click();
        for (String chart : List.of("chart-daily", "chart-share", "chart-funnel", "chart-wait", "chart-decision")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
        }
        assertThat(console.findElements(By.cssSelector("#kpis .kpi"))).hasSize(7);
        assertThat(console.findElement(By.id("dash-error")).getText()).isEmpty();
        assertThat(console.findElement(By.cssSelector("#kpis .kpi .v")).getText())
                .isNotEqualTo("0");
        Thread.sleep(1500); // let the charts' entry animation finish before the screenshot
        Browsers.screenshot(console, "dashboard.png");
        assertThat(Browsers.severeErrors(console)).isEmpty();
    }

    @Test
    void agent_seesNewQueueItemsLive_withTheCallBackContact_andTheyGoWhenTheEnterpriseLeaves() throws Exception {
        console = Browsers.start();
        login(console, "agent");
        // The console's queue socket is up (its marker shows) before anything is queued.
        WebDriverWait live = new WebDriverWait(console, Duration.ofSeconds(10));
        live.until(ExpectedConditions.visibilityOfElementLocated(By.id("live-queue")));

        org.onewindow.testing.ApiClient api = server.api();
        String company = "湖南星辰测试科技有限公司" + System.nanoTime();
        org.onewindow.testing.ApiClient.Conversation c = api.createConversation(new io.vertx.core.json.JsonObject()
                .put("locale", "zh")
                .put("enterprise", new io.vertx.core.json.JsonObject().put("name", company)));
        api.say(c, "注销公司的材料我想找人问问");
        api.say(c, "转人工");
        api.say(c, "请给我回电 13907312468");

        // Pushed, not polled: the console reads the queue every 30 s only while its socket is down.
        WebDriverWait pushed = new WebDriverWait(console, Duration.ofSeconds(5));
        WebElement item = pushed.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".queue-item[data-conversation='" + c.id() + "'] .call-back")));
        assertThat(item.getText()).contains("13907312468");
        // Who is waiting, in the console's language: the enterprise, the channel, the first question, the status.
        WebElement row = console.findElement(By.cssSelector(".queue-item[data-conversation='" + c.id() + "']"));
        assertThat(row.getText())
                .contains(company)
                .contains("网页")
                .contains("注销公司的材料我想找人问问")
                .contains("排队中")
                .contains("请求人工服务")
                .doesNotContain("queued");
        assertThat(console.findElement(By.id("queues")).getText()).doesNotContain("general");
        // The search box narrows the queue to what matches.
        console.findElement(By.id("queue-filter")).sendKeys("no-such-enterprise");
        pushed.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".queue-item[data-conversation='" + c.id() + "']")));
        console.findElement(By.id("queue-filter")).clear();
        console.findElement(By.id("queue-filter")).sendKeys(company);
        pushed.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".queue-item[data-conversation='" + c.id() + "']")));

        api.say(c, "不用了");
        pushed.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".queue-item[data-conversation='" + c.id() + "']")));
        assertThat(Browsers.severeErrors(console)).isEmpty();
    }

    @Test
    void consoleInboxTranscriptAndDashboard_haveNoSeriousAccessibilityViolations() throws Exception {
        org.onewindow.testing.ApiClient api = server.api();
        org.onewindow.testing.ApiClient.Conversation c = api.createConversation("zh");
        api.say(c, "转人工");
        console = Browsers.start();
        login(console, "supervisor");
        WebDriverWait wait = new WebDriverWait(console, WAIT);
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".queue-item[data-conversation='" + c.id() + "']")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#transcript li")));
        assertThat(org.onewindow.testing.Accessibility.seriousViolations(console))
                .as("inbox with a transcript")
                .isEmpty();

        console.findElement(By.id("tab-dashboard")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kpis .kpi")));
        assertThat(org.onewindow.testing.Accessibility.seriousViolations(console))
                .as("dashboard")
                .isEmpty();
    }

    @Test
    void chineseConsole_saysAWrongPasswordInChinese() {
        console = Browsers.start();
        console.get(server.baseUrl() + "/console");
        console.findElement(By.id("login-username")).sendKeys("agent");
        console.findElement(By.id("login-password")).sendKeys("not the password");
        console.findElement(By.id("login-submit")).click();

        new WebDriverWait(console, WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "用户名或密码错误"));
    }

    @Test
    void transferSuggestions_areTheRegistrysDepartments_byTheirNames() {
        console = Browsers.start();
        login(console, "agent");
        WebDriverWait wait = new WebDriverWait(console, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#departments option[value='tax']")));
        assertThat(console.findElement(By.cssSelector("#departments option[value='tax']"))
                        .getAttribute("label"))
                .isEqualTo("税务局");
        assertThat(console.findElements(By.cssSelector("#departments option")).stream()
                        .map(o -> o.getAttribute("value"))
                        .toList())
                .contains("market-regulation", "investment-promotion", "fire-rescue", "general");
    }

    @Test
    void admin_seesTheAdminTab() throws Exception {
        console = Browsers.start();
        login(console, "admin");
        WebDriverWait wait = new WebDriverWait(console, WAIT);
        console.findElement(By.id("tab-admin")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit tbody tr")));
        assertThat(console.findElement(By.id("admin-error")).getText()).isEmpty();
        Browsers.screenshot(console, "admin.png");
        assertThat(Browsers.severeErrors(console)).isEmpty();
    }

    /** Some real activity for the dashboard: questions answered and not, a handoff claimed and answered. */
    private void seedActivity() {
        org.onewindow.testing.ApiClient api = server.api();
        org.onewindow.testing.ApiClient.Conversation a = api.createConversation("en");
        api.say(a, "How long does deregistration take?");
        api.say(a, "Where can I park my bicycle overnight?");
        org.onewindow.testing.ApiClient.Conversation b = api.createConversation("zh");
        api.say(b, "注销需要多久？");
        api.say(b, "转人工");
        String supervisor = api.staffLogin("supervisor", TestServer.STAFF_PASSWORD);
        api.post("/api/v1/staff/conversations/" + b.id() + "/claim", supervisor, "{}");
        api.post(
                "/api/v1/staff/conversations/" + b.id() + "/messages",
                supervisor,
                new io.vertx.core.json.JsonObject().put("text", "您好，请问需要办理哪项业务？"));
    }

    private void login(WebDriver driver, String user) {
        driver.get(server.baseUrl() + "/console");
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(TestServer.STAFF_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-view")));
    }

    /**
     * The enterprise side in its own browser, through the public conversation API the widget uses:
     * starts a conversation, sends a message with markup, asks for a person and listens for staff
     * messages on the events socket (collected in {@code window.__staff}).
     */
    private static final String ENTERPRISE_SIDE = """
            var done = arguments[arguments.length - 1];
            function post(path, token, body) {
              var headers = {'Content-Type': 'application/json'};
              if (token) { headers.Authorization = 'Bearer ' + token; }
              return fetch(path, {method: 'POST', headers: headers, body: JSON.stringify(body)}).then(function (r) { return r.json(); });
            }
            window.__staff = [];
            post('/api/v1/conversations', null, {channel: 'web', locale: 'zh'}).then(function (c) {
              window.__conv = c;
              return post('/api/v1/conversations/' + c.id + '/messages', c.token, {text: '<img src=x onerror="window.__xss=1">'})
                .then(function () { return post('/api/v1/conversations/' + c.id + '/messages', c.token, {text: '转人工'}); })
                .then(function () {
                  var ws = new WebSocket('ws://' + location.host + '/api/v1/conversations/' + c.id + '/events?token='
                      + encodeURIComponent(c.token) + '&after=0');
                  ws.onmessage = function (e) {
                    var f = JSON.parse(e.data);
                    if (f.type === 'message' && f.message.from === 'staff') { window.__staff.push(f.message.text); }
                  };
                  ws.onopen = function () { done(c.id); };
                  ws.onerror = function () { done('ERR websocket'); };
                });
            }).catch(function (e) { done('ERR ' + e); });
            """;
}
