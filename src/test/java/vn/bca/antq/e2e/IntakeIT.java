package vn.bca.antq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The path in a real browser against the production build: Hưng Yên's demo officer (README) downloads the
 * prefilled festival template as CSV (and the XLSX one), changes a figure, uploads the file, sees the check, stores and
 * submits it; the demo LEADERSHIP account approves it; the officer then sees the imported figures on the province's
 * dashboard, named as an approved import, and downloads the table. Screenshots in {@code target/e2e-screenshots/intake-*}.
 */
class IntakeIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String INTAKE = "/intake?province=33&year=2026&dataset=FESTIVAL";

    private String baseUrl;
    private E2eBrowser browser;
    private WebDriver driver;
    private int shot;

    @BeforeEach
    void startBrowser() {
        baseUrl = E2eBrowser.skipUnlessAvailable("IntakeIT");
        browser = E2eBrowser.start(1600, 1100);
        driver = browser.driver;
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOfficerImportsTheLeadershipApprovesTheDashboardShowsAndExportsIt() throws Exception {
        try {
            browser.signIn(baseUrl, "hungyen", "antq-demo-hungyen");
            open(INTAKE);
            waitForText("#intake-state", "Chưa nộp");
            assertThat(browser.js("return getComputedStyle(document.querySelector('#intake-state')).backgroundColor;"))
                    .as("the intake style sheet is served and applied").isNotIn("rgba(0, 0, 0, 0)", "transparent");
            screenshot("officer-page");

            Map<?, ?> xlsx = fetch(".intake-templates a.export-menu__xlsx");
            assertThat(xlsx.get("status")).isEqualTo(200L);
            assertThat((String) xlsx.get("start")).as("an XLSX file is a zip").startsWith("PK");
            String template = (String) fetch(".intake-templates a.export-menu__csv").get("text");
            assertThat(template).startsWith("\uFEFF").contains("Tên điểm tổ chức");

            upload("ngay-hoi-hung-yen-2026.csv", withAttendance(template, 4321));
            waitFor(d -> "0".equals(attribute("#intake-preview-summary", "data-errors")), "the file checked without errors");
            screenshot("preview");
            if (!driver.findElements(By.cssSelector("#intake-comment:not([hidden])")).isEmpty()) {
                browser.js("const a = document.querySelector('#intake-comment'); a.value = arguments[0];"
                        + "a.dispatchEvent(new Event('change', {bubbles: true}));", "Số người dự tăng do tổ chức liên phường");
            }
            click("#intake-store");
            waitForText("#intake-state", "Bản nháp");
            click("#intake-step-submit");
            waitForText("#intake-state", "Chờ duyệt");
            screenshot("submitted");

            click("#logout");
            browser.signIn(baseUrl, "lanhdao", "antq-demo-lanhdao");
            open(INTAKE);
            waitForText("#intake-state", "Chờ duyệt");
            click("#intake-step-approve");
            waitForText("#intake-state", "Đã duyệt");
            screenshot("approved");

            click("#logout");
            browser.signIn(baseUrl, "hungyen", "antq-demo-hungyen");
            open("/province/33?year=2026&indicator=FESTIVAL_ATTENDANCE");
            waitFor(d -> bodyText().contains("hungyen"), "the province page names the import");
            assertThat(bodyText()).contains("ngay-hoi-hung-yen-2026.csv").contains("đã phê duyệt").doesNotContain("chưa phê duyệt");
            screenshot("dashboard");

            String exported = (String) fetch("#unit-table-export a.export-menu__csv").get("text");
            assertThat(exported).startsWith("\uFEFF").contains("Số liệu do địa phương nhập");
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure");
            throw e;
        }
    }

    /** The CSV with the first site's attendance changed. */
    private static String withAttendance(String csv, long attendance) throws Exception {
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
        int column = records.getFirst().toList().indexOf("Số người dự");
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (int i = 0; i < records.size(); i++) {
                List<String> cells = new ArrayList<>(records.get(i).toList());
                if (i == 1) {
                    cells.set(column, String.valueOf(attendance));
                }
                printer.printRecord(cells);
            }
        }
        return out.toString();
    }

    /** Hands a file to the page's upload as a user's drop would. */
    private void upload(String name, String content) {
        browser.js("const up = document.querySelector('#intake-upload vaadin-upload');"
                + "up._addFiles([new File([arguments[0]], arguments[1], {type: 'text/csv'})]);", content, name);
    }

    /** Downloads what a link points to in the page's session: status, text and the first bytes. */
    private Map<?, ?> fetch(String selector) {
        waitFor(d -> !d.findElements(By.cssSelector(selector)).isEmpty(), "a link " + selector);
        return (Map<?, ?>) browser.asyncJs("const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector(arguments[0]).href).then(async r => { const b = await r.arrayBuffer();"
                + "done({status: r.status, text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(b),"
                + "start: String.fromCharCode(...new Uint8Array(b.slice(0, 2)))}); }).catch(e => done({status: -1, text: String(e)}));",
                selector);
    }

    private void open(String path) {
        driver.get(baseUrl + path);
        waitFor(d -> browser.vaadinIdle(), "the page settled at " + path);
    }

    private void click(String selector) {
        waitFor(d -> !d.findElements(By.cssSelector(selector)).isEmpty(), selector + " on " + driver.getCurrentUrl());
        WebElement element = driver.findElement(By.cssSelector(selector));
        browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        waitFor(d -> browser.vaadinIdle(), "the page settled after clicking " + selector);
    }

    private void waitForText(String selector, String text) {
        waitFor(d -> d.findElements(By.cssSelector(selector)).stream().anyMatch(e -> e.getText().contains(text)),
                selector + " saying " + text + " on " + URI.create(driver.getCurrentUrl()).getPath());
    }

    private String attribute(String selector, String name) {
        return driver.findElements(By.cssSelector(selector)).stream().map(e -> e.getAttribute(name)).filter(v -> v != null)
                .findFirst().orElse(null);
    }

    private String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition, String what) {
        browser.waitUntil(TIMEOUT, () -> "waited for " + what + "; at " + driver.getCurrentUrl(), condition);
    }

    private void screenshot(String name) {
        browser.screenshot("intake-%02d-%s".formatted(++shot, name));
    }
}
