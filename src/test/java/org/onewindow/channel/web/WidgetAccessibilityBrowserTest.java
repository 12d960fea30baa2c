package org.onewindow.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.Accessibility;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** axe-core on the widget in real Chromium, at each stage an enterprise meets: no serious or critical violation. */
@IntegrationTest
final class WidgetAccessibilityBrowserTest {

    private final TestServer server = TestServer.shared();
    private Browser browser;
    private WidgetPage widget;

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
    void widgetOpenedAndAnswering_hasNoSeriousAccessibilityViolations() {
        widget.load(server.baseUrl() + "/").open();
        assertThat(Accessibility.seriousViolations(browser.driver)).as("opened").isEmpty();

        widget.ask("How long does deregistration take?");
        assertThat(Accessibility.seriousViolations(browser.driver))
                .as("with an answer")
                .isEmpty();
    }

    @Test
    void widgetInAProcessAndQueuedForAPerson_hasNoSeriousAccessibilityViolations() {
        widget.load(server.baseUrl() + "/").open();
        widget.ask("我要注销公司");
        assertThat(Accessibility.seriousViolations(browser.driver))
                .as("in a process")
                .isEmpty();

        widget.ask("转人工");
        widget.waitUntil(
                "the queued banner", () -> !widget.text(".banner.handoff").isEmpty());
        assertThat(Accessibility.seriousViolations(browser.driver))
                .as("queued for a person")
                .isEmpty();
    }
}
