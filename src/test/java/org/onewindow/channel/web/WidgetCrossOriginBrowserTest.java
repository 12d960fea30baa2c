package org.onewindow.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/**
 * The widget as a portal really embeds it: the portal's page on one origin, the script and the API
 * on another. The server allows only the portal's origin ({@code allowed-origins}), so CORS with a
 * bearer token and the WebSocket's Origin check are both exercised; a page of another origin is refused.
 */
@IntegrationTest
final class WidgetCrossOriginBrowserTest {

    private static Vertx vertx;
    private static HttpServer portal;
    private static HttpServer stranger;
    private static TestServer server;
    private Browser browser;
    private WidgetPage widget;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        portal = hostPages().await();
        stranger = hostPages().await();
        server = TestServer.start(
                TestServer.tempDir("onewindow-widget-cors-"),
                Map.of("allowed-origins", "http://localhost:" + portal.actualPort()));
    }

    /** A portal page on its own origin, embedding the widget from the OneWindow server. */
    private static io.vertx.core.Future<HttpServer> hostPages() {
        return vertx.createHttpServer()
                .requestHandler(req -> req.response()
                        .putHeader("content-type", "text/html; charset=utf-8")
                        .end(
                                "<!doctype html><html lang=zh-CN><head><meta charset=utf-8><title>portal</title></head><body>"
                                        + "<h1>某园区门户</h1><script src=\"" + server.baseUrl()
                                        + "/widget.js\" data-locale=\"zh\" async></script>"
                                        + "</body></html>"))
                .listen(0, "127.0.0.1");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        vertx.close().await();
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

    @Test
    void preflightFromAnOriginNotAllowed_isRefusedWith403_notAServerError() throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(server.baseUrl() + "/api/v1/conversations"))
                                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                                .header("Origin", "http://evil.example")
                                .header("Access-Control-Request-Method", "POST")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(r.statusCode()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(r.body()).contains("origin_not_allowed");
    }

    @Test
    void allowedPortalOrigin_talksToTheApiAndHoldsTheSocket() {
        String page = "http://localhost:" + portal.actualPort() + "/";
        widget.load(page).open();
        widget.waitForEntries(
                "the greeting", es -> es.stream().anyMatch(e -> e.from().equals("bot")));
        List<WidgetPage.Entry> entries = widget.ask("企业注销需要多长时间？");
        assertThat(entries.get(entries.size() - 1).from()).isEqualTo("bot");
        widget.waitUntil(
                "the events socket to be open",
                () -> Boolean.TRUE.equals(
                        browser.js("var w=OneWindow._debug.widget; return !!(w.ws && w.ws.readyState === 1);")));
        assertThat(widget.find(".cites a").getAttribute("href")).startsWith(server.baseUrl() + "/kb/");

        String id = widget.conversationId();
        widget.load(page).open();
        widget.waitForEntries("the history", es -> es.size() >= entries.size());
        assertThat(widget.conversationId()).isEqualTo(id);
    }

    @Test
    void otherOrigin_isRefused_andTheWidgetSaysSo() {
        // "localhost" and "127.0.0.1" are different origins; only the first one's portal port is allowed
        widget.load("http://127.0.0.1:" + stranger.actualPort() + "/").open();
        widget.waitUntil(
                "the unavailable notice",
                () -> !widget.findAll(".notice.unavailable").isEmpty());
        assertThat(widget.conversationId()).isNull();
    }
}
