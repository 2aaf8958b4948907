package vn.bca.antq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 16's path in a real browser against the production build: the demo LEADERSHIP account sets Tuyên Quang's
 * target of festival sites for 2026 at today's count; Tuyên Quang's demo officer imports a file with a third of the
 * sites; the background job raises the alert, which the officer sees on its alerts page (and the bell counts) and
 * acknowledges with a comment. Screenshots in {@code target/e2e-screenshots/monitoring-*}.
 */
class MonitoringIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String INTAKE = "/intake?province=08&year=2026&dataset=FESTIVAL";
    /** The acknowledge button of the alert this test raises (the demo's targets raise others). */
    private static final String ALERT = "button[data-alert='08/FESTIVAL_SITES/AT_RISK']";

    private String baseUrl;
    private E2eBrowser browser;
    private IntakePage page;
    private int shot;

    @BeforeEach
    void startBrowser() {
        baseUrl = E2eBrowser.skipUnlessAvailable("MonitoringIT");
        browser = E2eBrowser.start(1600, 1100);
        page = new IntakePage(browser, baseUrl);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void leadershipSetsATargetAnImportFallsBelowItAndTheOfficerAcknowledgesTheAlert() throws Exception {
        try {
            browser.signIn(baseUrl, "tuyenquang", "antq-demo-tuyenquang");
            page.open(INTAKE);
            String template =
                    (String) page.fetch(".intake-templates a.export-menu__csv").get("text");
            List<CSVRecord> records = CSVFormat.DEFAULT
                    .parse(new StringReader(template.substring(1)))
                    .getRecords();
            int sites = records.size() - 1;
            assertThat(sites)
                    .as("Tuyên Quang's festival sites of 2026 in the demo data")
                    .isGreaterThan(3);
            page.click("#logout");

            browser.signIn(baseUrl, "lanhdao", "antq-demo-lanhdao");
            page.open("/targets?year=2026");
            browser.js(
                    "const f = document.querySelector('#target-08-FESTIVAL_SITES'); f.value = arguments[0];"
                            + "f.dispatchEvent(new Event('change', {bubbles: true}));",
                    String.valueOf(sites));
            page.waitFor(d -> browser.vaadinIdle(), "the target sent", TIMEOUT);
            screenshot("target-set");
            page.open("/targets?year=2026");
            assertThat(browser.js("return document.querySelector('#target-08-FESTIVAL_SITES').value;"))
                    .as("the target stored, as the page shows it again")
                    .isEqualTo(vietnamese(sites));
            page.click("#logout");

            browser.signIn(baseUrl, "tuyenquang", "antq-demo-tuyenquang");
            page.open(INTAKE);
            page.upload("ngay-hoi-tuyen-quang-2026.csv", firstRows(records, Math.max(1, sites / 3)));
            page.waitForCleanCheck(TIMEOUT);
            page.click("#intake-store");
            page.waitForText("#intake-state", "Bản nháp");
            screenshot("stored");

            // the job runs in the background after the import: the alert shows within seconds
            page.waitFor(
                    d -> {
                        page.open("/alerts?year=2026");
                        return !d.findElements(By.cssSelector(ALERT)).isEmpty()
                                && page.bodyText().contains("mục tiêu " + vietnamese(sites));
                    },
                    "the alert of Tuyên Quang's target",
                    TIMEOUT);
            assertThat(page.bodyText())
                    .contains("Tỉnh Tuyên Quang")
                    .contains("Có nguy cơ không đạt mục tiêu")
                    .contains("mục tiêu " + vietnamese(sites));
            assertThat(browser.driver.findElement(By.id("alert-bell-count")).getText())
                    .as("the bell counts the officer's open alerts")
                    .isNotEqualTo("0");
            screenshot("alert");

            page.click(ALERT);
            browser.js(
                    "const a = document.querySelector('#acknowledge-comment'); a.value = arguments[0];"
                            + "a.dispatchEvent(new Event('change', {bubbles: true}));",
                    "Đã yêu cầu các xã bổ sung danh sách điểm tổ chức");
            page.waitFor(d -> browser.vaadinIdle(), "the comment sent", TIMEOUT);
            page.click("#acknowledge-save");
            page.waitFor(
                    d -> page.bodyText().contains("Đã yêu cầu các xã bổ sung danh sách điểm tổ chức"),
                    "the acknowledgement shown with its comment",
                    TIMEOUT);
            screenshot("acknowledged");
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure");
            throw e;
        }
    }

    /** A count written the vi-VN way: 1.234. */
    private static String vietnamese(int count) {
        return String.format(java.util.Locale.ROOT, "%,d", count).replace(',', '.');
    }

    /** The template's header and its first {@code count} rows. */
    private static String firstRows(List<CSVRecord> records, int count) throws Exception {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (CSVRecord record : records.subList(0, count + 1)) {
                printer.printRecord(record.toList());
            }
        }
        return out.toString();
    }

    private void screenshot(String name) {
        browser.screenshot("monitoring-%02d-%s".formatted(++shot, name));
    }
}
