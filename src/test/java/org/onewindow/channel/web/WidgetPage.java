package org.onewindow.channel.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget as a user sees it on a page: launcher, panel, log, quick replies, progress.
 * Everything lives in the widget's (open) shadow root; the log is read with one script so
 * that a test sees a consistent snapshot of it.
 */
final class WidgetPage {

    static final Duration WAIT = Duration.ofSeconds(20);

    /** One rendered entry of the log. */
    record Entry(long seq, String from, String type, String text, boolean pending) {}

    private final Browser browser;

    WidgetPage(Browser browser) {
        this.browser = browser;
    }

    WidgetPage load(String url) {
        browser.driver.get(url);
        waitUntil(
                "the widget script to load",
                () -> Boolean.TRUE.equals(
                        browser.js(
                                "return !!(window.OneWindow && window.OneWindow.__loaded && document.querySelector('one-window-widget'));")));
        return this;
    }

    SearchContext root() {
        return browser.driver.findElement(By.cssSelector("one-window-widget")).getShadowRoot();
    }

    WebElement find(String css) {
        return root().findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return root().findElements(By.cssSelector(css));
    }

    /** Opens the panel with the launcher, unless it is open already (it reopens by itself on the next page). */
    WidgetPage open() {
        if (panelOpen()) return this;
        find(".launcher").click();
        waitUntil("the panel to open", this::panelOpen);
        return this;
    }

    boolean panelOpen() {
        return Boolean.TRUE.equals(
                browser.js(
                        "var r=document.querySelector('one-window-widget').shadowRoot; return !r.querySelector('.panel').hidden;"));
    }

    /** The element focused inside the widget (".launcher", "#ow-input", …), as a CSS-ish description. */
    String focused() {
        return (String) browser.js("var h=document.querySelector('one-window-widget');"
                + "if (document.activeElement!==h) return 'outside:'+(document.activeElement&&document.activeElement.tagName);"
                + "var a=h.shadowRoot.activeElement; if(!a) return 'none';"
                + "return a.id ? '#'+a.id : '.'+String(a.className).split(' ')[0];");
    }

    WidgetPage type(String text) {
        WebElement input = find("#ow-input");
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        return this;
    }

    /** Sends a text and waits until the server's stored copy of it replaced the optimistic bubble, and a reply followed. */
    List<Entry> ask(String text) {
        long before = lastSeq();
        type(text);
        return waitForEntries(
                "a reply to \"" + text + "\"",
                es -> es.stream().anyMatch(e -> e.seq() > before && e.from().equals("user"))
                        && es.stream()
                                .anyMatch(e -> e.seq() > before && !e.from().equals("user"))
                        && es.stream().noneMatch(Entry::pending));
    }

    @SuppressWarnings("unchecked")
    List<Entry> entries() {
        List<Map<String, Object>> raw =
                (List<Map<String, Object>>) browser.js("var r=document.querySelector('one-window-widget').shadowRoot;"
                        + "return Array.from(r.querySelectorAll('#ow-log > [data-seq], #ow-log > .pending')).map(function(n){"
                        + " var b=n.querySelector('.bubble,.card')||n;"
                        + " return {seq: n.classList.contains('pending') ? -1 : Number(n.getAttribute('data-seq')),"
                        + "  from: n.getAttribute('data-from')||'user', type: n.getAttribute('data-type')||'text',"
                        + "  text: b.innerText, pending: n.classList.contains('pending')};});");
        return raw.stream()
                .map(m -> new Entry(
                        ((Number) m.get("seq")).longValue(),
                        (String) m.get("from"),
                        (String) m.get("type"),
                        (String) m.get("text"),
                        Boolean.TRUE.equals(m.get("pending"))))
                .toList();
    }

    long lastSeq() {
        return entries().stream().mapToLong(Entry::seq).max().orElse(0);
    }

    List<Entry> waitForEntries(String what, Predicate<List<Entry>> condition) {
        waitUntil(what, () -> condition.test(entries()));
        return entries();
    }

    List<String> quickReplies() {
        return findAll(".qr .chip").stream().map(WebElement::getText).toList();
    }

    WidgetPage clickQuickReply(String labelPart) {
        waitUntil(
                "a quick reply \"" + labelPart + "\"",
                () -> quickReplies().stream().anyMatch(l -> l.contains(labelPart)));
        findAll(".qr .chip").stream()
                .filter(b -> b.getText().contains(labelPart))
                .findFirst()
                .orElseThrow()
                .click();
        return this;
    }

    String progressText() {
        return (String)
                browser.js("var p=document.querySelector('one-window-widget').shadowRoot.querySelector('.progress');"
                        + "return p.hidden ? '' : p.innerText;");
    }

    String text(String css) {
        return (String) browser.js(
                "var e=document.querySelector('one-window-widget').shadowRoot.querySelector(arguments[0]);"
                        + "return e ? (e.hidden ? '' : e.innerText) : null;",
                css);
    }

    /** Pixels between the log's visible bottom and its end: 0 when scrolled to the newest message. */
    long distanceFromLogEnd() {
        return ((Number) browser.js(
                        "var l=document.querySelector('one-window-widget').shadowRoot.querySelector('#ow-log');"
                                + "return Math.round(l.scrollHeight - l.scrollTop - l.clientHeight);"))
                .longValue();
    }

    void scrollLogToTop() {
        browser.js("document.querySelector('one-window-widget').shadowRoot.querySelector('#ow-log').scrollTop = 0;");
    }

    String conversationId() {
        return (String) browser.js("return window.OneWindow.conversationId;");
    }

    void waitUntil(String what, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser.driver, WAIT)
                .withMessage("waiting for " + what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.get());
    }
}
