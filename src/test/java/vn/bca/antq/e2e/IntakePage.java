package vn.bca.antq.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The import page (/intake) in a browser, for the browser tests of data intake: opening it, downloading what a link
 * points to, handing a file to the upload, waiting for texts and states. Relies on the ids of intake/ui.
 */
final class IntakePage {

    static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final E2eBrowser browser;
    private final String baseUrl;

    IntakePage(E2eBrowser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    void open(String path) {
        browser.driver.get(baseUrl + path);
        waitFor(d -> browser.vaadinIdle(), "the page settled at " + path, TIMEOUT);
    }

    /** Downloads what a link points to in the page's session: status, text (BOM kept) and the first two bytes. */
    Map<?, ?> fetch(String selector) {
        waitFor(d -> !d.findElements(By.cssSelector(selector)).isEmpty(), "a link " + selector, TIMEOUT);
        return (Map<?, ?>) browser.asyncJs(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector(arguments[0]).href).then(async r => { const b = await r.arrayBuffer();"
                        + "done({status: r.status, text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(b),"
                        + "start: String.fromCharCode(...new Uint8Array(b.slice(0, 2)))}); }).catch(e => done({status: -1, text: String(e)}));",
                selector);
    }

    /** Hands a CSV file to the page's upload as a user's drop would. */
    void upload(String name, String content) {
        awaitUpload();
        browser.js(
                "const up = document.querySelector('#intake-upload vaadin-upload');"
                        + "up._addFiles([new File([arguments[0]], arguments[1], {type: 'text/csv'})]);",
                content,
                name);
    }

    /** Hands any file to the page's upload, its bytes as they are (a workbook, or a file made to attack the server). */
    void upload(String name, byte[] content, String type) {
        awaitUpload();
        browser.js(
                "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                        + "const up = document.querySelector('#intake-upload vaadin-upload');"
                        + "up._addFiles([new File([bytes], arguments[1], {type: arguments[2]})]);",
                java.util.Base64.getEncoder().encodeToString(content),
                name,
                type);
    }

    /** Waits for the check of an upload to end without errors, and gives the reason asked for warnings, if any. */
    /** The upload is drawn with the rest of the page: a script run before that finds nothing to hand the file to. */
    private void awaitUpload() {
        waitFor(
                d -> !d.findElements(By.cssSelector("#intake-upload vaadin-upload"))
                        .isEmpty(),
                "the page's upload",
                TIMEOUT);
    }

    void waitForCleanCheck(Duration timeout) {
        waitFor(
                d -> "0".equals(attribute("#intake-preview-summary", "data-errors")),
                "the file checked without errors",
                timeout);
        if (!browser.driver
                .findElements(By.cssSelector("#intake-comment:not([hidden])"))
                .isEmpty()) {
            browser.js(
                    "const a = document.querySelector('#intake-comment'); a.value = arguments[0];"
                            + "a.dispatchEvent(new Event('change', {bubbles: true}));",
                    "Đã kiểm tra với báo cáo của xã");
            waitFor(d -> browser.vaadinIdle(), "the reason sent", TIMEOUT);
        }
    }

    void click(String selector) {
        waitFor(d -> !d.findElements(By.cssSelector(selector)).isEmpty(), selector, TIMEOUT);
        browser.js(
                "const e = document.querySelector(arguments[0]); e.scrollIntoView({block: 'center'}); e.click();",
                selector);
        waitFor(d -> browser.vaadinIdle(), "the page settled after clicking " + selector, TIMEOUT);
    }

    void waitForText(String selector, String text) {
        waitFor(
                d -> d.findElements(By.cssSelector(selector)).stream()
                        .anyMatch(e -> e.getText().contains(text)),
                selector + " saying " + text,
                TIMEOUT);
    }

    String attribute(String selector, String name) {
        return browser.driver.findElements(By.cssSelector(selector)).stream()
                .map(e -> e.getAttribute(name))
                .filter(v -> v != null)
                .findFirst()
                .orElse(null);
    }

    String bodyText() {
        return browser.driver.findElement(By.tagName("body")).getText();
    }

    void waitFor(Function<WebDriver, Boolean> condition, String what, Duration timeout) {
        browser.waitUntil(timeout, () -> "waited for " + what + "; at " + browser.driver.getCurrentUrl(), condition);
    }
}
