package vn.bca.antq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
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
    private IntakePage page;
    private int shot;

    @BeforeEach
    void startBrowser() {
        baseUrl = E2eBrowser.skipUnlessAvailable("IntakeIT");
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
    void anOfficerImportsTheLeadershipApprovesTheDashboardShowsAndExportsIt() throws Exception {
        try {
            browser.signIn(baseUrl, "hungyen", "antq-demo-hungyen");
            page.open(INTAKE);
            page.waitForText("#intake-state", "Chưa nộp");
            assertThat(browser.js("return getComputedStyle(document.querySelector('#intake-state')).backgroundColor;"))
                    .as("the intake style sheet is served and applied")
                    .isNotIn("rgba(0, 0, 0, 0)", "transparent");
            screenshot("officer-page");

            Map<?, ?> xlsx = page.fetch(".intake-templates a.export-menu__xlsx");
            assertThat(xlsx.get("status")).isEqualTo(200L);
            assertThat((String) xlsx.get("start")).as("an XLSX file is a zip").startsWith("PK");
            String template =
                    (String) page.fetch(".intake-templates a.export-menu__csv").get("text");
            assertThat(template).startsWith("\uFEFF").contains("Tên điểm tổ chức");

            page.upload("ngay-hoi-hung-yen-2026.csv", withAttendance(template, 4321));
            page.waitForCleanCheck(TIMEOUT);
            screenshot("preview");
            page.click("#intake-store");
            page.waitForText("#intake-state", "Bản nháp");
            page.click("#intake-step-submit");
            page.waitForText("#intake-state", "Chờ duyệt");
            screenshot("submitted");

            page.click("#logout");
            browser.signIn(baseUrl, "lanhdao", "antq-demo-lanhdao");
            page.open(INTAKE);
            page.waitForText("#intake-state", "Chờ duyệt");
            page.click("#intake-step-approve");
            page.waitForText("#intake-state", "Đã duyệt");
            screenshot("approved");

            page.click("#logout");
            browser.signIn(baseUrl, "hungyen", "antq-demo-hungyen");
            page.open("/province/33?year=2026&indicator=FESTIVAL_ATTENDANCE");
            // cited as people cite it: who supplied it and when (the file's name only in the details)
            page.waitFor(
                    d -> page.bodyText().contains("Công an tỉnh Hưng Yên, nhập ngày"),
                    "the province page cites the import",
                    TIMEOUT);
            assertThat(page.bodyText()).contains("đã phê duyệt").doesNotContain("chưa phê duyệt");
            screenshot("dashboard");

            String exported =
                    (String) page.fetch("#unit-table-export a.export-menu__csv").get("text");
            assertThat(exported).startsWith("\uFEFF").contains("Số liệu do địa phương nhập");
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure");
            throw e;
        }
    }

    /**
     * An Excel 97–2003 workbook, as many offices still save, goes through the real upload component: accepted, checked
     * without errors, and the page says which sheet was read (the data sheet stands after the instructions).
     */
    @Test
    void anOldExcelWorkbookIsAcceptedAndThePageSaysWhichSheetWasRead() throws Exception {
        try (var xls = IntakeIT.class.getResourceAsStream("/intake/rows/safety-old-excel.xls")) {
            byte[] workbook =
                    java.util.Objects.requireNonNull(xls, "the corpus workbook").readAllBytes();
            browser.signIn(baseUrl, "hungyen", "antq-demo-hungyen");
            page.open("/intake?province=33&year=2026&dataset=SAFETY");
            page.upload("an-toan-hung-yen-2026.xls", workbook, "application/vnd.ms-excel");
            page.waitFor(
                    d -> "0".equals(page.attribute("#intake-preview-summary", "data-errors")),
                    "the .xls checked without errors",
                    TIMEOUT);
            assertThat(page.bodyText())
                    .contains("Đã đọc trang tính “Dữ liệu” (tệp có 2 trang tính).")
                    .doesNotContain("lỗi hệ thống");
            screenshot("old-excel");
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure-xls");
            throw e;
        }
    }

    /** The CSV with the first site's attendance changed. */
    private static String withAttendance(String csv, long attendance) throws Exception {
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
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

    private void screenshot(String name) {
        browser.screenshot("intake-%02d-%s".formatted(++shot, name));
    }
}
