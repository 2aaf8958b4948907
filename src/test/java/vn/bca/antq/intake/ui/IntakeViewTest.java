package vn.bca.antq.intake.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.export.CsvWriter;
import vn.bca.antq.export.Table;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.ImportRow;
import vn.bca.antq.intake.IntakeService;
import vn.bca.antq.intake.SubmissionService;
import vn.bca.antq.intake.SubmissionState;
import vn.bca.antq.security.AuditKind;
import vn.bca.antq.security.Role;

/**
 * The import page as an officer and the ministry use it: the template's current figures, a file with a mistake shown
 * on its cell and refused, the corrected file stored, submitted, approved and locked against further imports; a
 * single-value correction; another province's address showing the officer's own.
 */
class IntakeViewTest extends KaribuTest {

    static final String LAI_CHAU = "12";

    @Autowired
    IntakeService intake;

    @Autowired
    SubmissionService approval;

    @Autowired
    vn.bca.antq.security.AuditService audit;

    @Test
    void anOfficerImportsAFileThatTheMinistryThenApproves() throws Exception {
        signIn(Role.PROVINCE_OFFICER, LAI_CHAU);
        open(LAI_CHAU, 2024, Dataset.FESTIVAL);
        IntakeView view = _get(IntakeView.class);
        assertThat(_get(Select.class, spec -> spec.withId("intake-province")).isReadOnly())
                .isTrue();
        assertThat(state()).isEqualTo("Chưa nộp");
        Table template =
                intake.template(LAI_CHAU, 2024, Dataset.FESTIVAL, Language.VI).getFirst();
        assertThat(template.rows()).isNotEmpty();

        Table broken = withCell(template, 0, 5, "-12");
        upload(view, "ngay-hoi-lai-chau-2024.csv", broken);
        Paragraph summary = _get(Paragraph.class, spec -> spec.withId("intake-preview-summary"));
        assertThat(summary.getElement().getAttribute("data-errors")).isEqualTo("1");
        assertThat(_get(Button.class, spec -> spec.withId("intake-store")).isEnabled())
                .isFalse();
        Grid<ImportRow> grid = _get(view, PreviewPanel.class).grid().grid();
        ImportRow bad = grid.getListDataView()
                .getItems()
                .filter(r -> !r.issues().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(grid.getColumnByKey("attendance").getPartNameGenerator().apply(bad))
                .isEqualTo("intake-error");
        assertThat(grid.getColumnByKey("attendance").getTooltipGenerator().apply(bad))
                .contains("-12", "không được nhỏ hơn 0");

        Table fixed = withCell(template, 0, 5, "1.234");
        upload(view, "ngay-hoi-lai-chau-2024.csv", fixed);
        for (TextArea comment : _find(TextArea.class, spec -> spec.withId("intake-comment"))) {
            _setValue(comment, "Số người dự tăng vì tổ chức liên xã");
        }
        _click(_get(Button.class, spec -> spec.withId("intake-store")));
        settle(view);
        assertThat(state()).isEqualTo("Bản nháp");
        assertThat(_get(HistoryPanel.class).imports().getListDataView().getItemCount())
                .isEqualTo(1);
        assertThat(intake.current(LAI_CHAU, 2024, Dataset.FESTIVAL).getFirst().count("attendance"))
                .isEqualTo(1234L);

        _click(_get(Button.class, spec -> spec.withId("intake-step-submit")));
        assertThat(state()).isEqualTo("Chờ duyệt");
        assertThat(_get(view, UploadPanel.class).isOpen()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("intake-upload-note"))
                        .getText())
                .contains("không nhập được");

        signIn(Role.LEADERSHIP, null);
        open(LAI_CHAU, 2024, Dataset.FESTIVAL);
        _click(_get(Button.class, spec -> spec.withId("intake-step-approve")));
        assertThat(state()).isEqualTo("Đã duyệt");
        assertThat(approval.submission(LAI_CHAU, 2024, Dataset.FESTIVAL).state())
                .isEqualTo(SubmissionState.APPROVED);
        assertThat(_get(HistoryPanel.class).steps().getListDataView().getItemCount())
                .isEqualTo(2);
    }

    @Test
    void aSingleValueIsCorrectedThroughTheSameRules() {
        signIn(Role.PROVINCE_OFFICER, LAI_CHAU);
        open(LAI_CHAU, 2023, Dataset.SAFETY);
        IntakeView view = _get(IntakeView.class);
        ImportRow first = intake.current(LAI_CHAU, 2023, Dataset.SAFETY).getFirst();
        long total = Objects.requireNonNull(first.count("AGENCY.total"));
        Grid<ImportRow> current = _get(view, RowsGrid.class, spec -> spec.withId("intake-current-grid"))
                .grid();
        _click((Button) _getCellComponent(current, 0, "correct"));
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        dialog.column().setValue(Dataset.SAFETY.column("AGENCY.recognised"));
        _setValue(dialog.value(), String.valueOf(total + 1));
        _click(_get(Button.class, spec -> spec.withId("intake-correction-save")));
        assertThat(_get(dialog, com.vaadin.flow.component.html.UnorderedList.class)
                                .getElement()
                                .getText()
                        + _get(dialog, com.vaadin.flow.component.html.UnorderedList.class)
                                .getChildren()
                                .map(c -> c.getElement().getText())
                                .toList())
                .contains("lớn hơn tổng số");

        _setValue(dialog.value(), String.valueOf(total));
        _click(_get(Button.class, spec -> spec.withId("intake-correction-save")));
        TextArea reason = dialog.getChildren()
                .filter(TextArea.class::isInstance)
                .map(TextArea.class::cast)
                .findFirst()
                .orElseThrow();
        if (reason.isVisible()) {
            _setValue(reason, "Đơn vị báo cáo lại");
            _click(_get(Button.class, spec -> spec.withId("intake-correction-save")));
        }
        settle(view);
        assertThat(intake.current(LAI_CHAU, 2023, Dataset.SAFETY).getFirst().count("AGENCY.recognised"))
                .isEqualTo(total);
        assertThat(_get(HistoryPanel.class)
                        .imports()
                        .getListDataView()
                        .getItems()
                        .map(i -> i.kind()))
                .containsExactly("CORRECTION");
    }

    @Test
    void anotherProvincesAddressShowsTheOfficersOwnProvince() {
        signIn(Role.PROVINCE_OFFICER, LAI_CHAU);
        UI.getCurrent()
                .navigate(
                        "intake",
                        com.vaadin.flow.router.QueryParameters.fromString("province=01&year=2025&dataset=SAFETY"));
        @SuppressWarnings("unchecked")
        Select<vn.bca.antq.admin.AdminUnit> province = _get(Select.class, spec -> spec.withId("intake-province"));
        assertThat(province.getValue().getCode()).isEqualTo(LAI_CHAU);
    }

    @Test
    void aFileThatOnceKilledTheServerIsRefusedWithItsReasonAndAudited() throws Exception {
        signIn(Role.PROVINCE_OFFICER, LAI_CHAU);
        open(LAI_CHAU, 2024, Dataset.COUNTERS);
        IntakeView view = _get(IntakeView.class);

        view.receive(
                "o-xa.xlsx",
                java.nio.file.Files.readAllBytes(
                        java.nio.file.Path.of("src/test/resources/intake/files/far-cell.xlsx")));
        settle(view);

        assertThat(_get(Span.class, spec -> spec.withClasses("intake-refusal")).getText())
                .isEqualTo("Tệp có quá nhiều cột: tối đa 64 "
                        + "cột, nhưng có giá trị ở ô ZZZZZZ3. Hãy xoá các cột nằm ngoài mẫu (kể cả ô trông trống nhưng có định dạng hay khoảng trắng) "
                        + "rồi tải lên lại.");
        com.vaadin.flow.component.notification.Notification refusal =
                _get(com.vaadin.flow.component.notification.Notification.class);
        assertThat(refusal.getDuration()).as("stays until dismissed").isZero();
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("intake-refusal-close")));
        assertThat(refusal.isOpened()).isFalse();
        signIn(Role.ADMIN, null);
        assertThat(audit.search("test-province_officer-" + LAI_CHAU, AuditKind.UPLOAD_REJECTED, null, null))
                .anySatisfy(row -> {
                    assertThat(row.target()).isEqualTo("submission province 12, 2024, COUNTERS");
                    assertThat(row.detail()).contains("o-xa.xlsx").contains("intake.file.too-many-columns");
                });
    }

    @Test
    void theBrowsersOwnRefusalIsShownInTheProductsWordsAndOldFormatsReachTheServer() {
        signIn(Role.PROVINCE_OFFICER, LAI_CHAU);
        open(LAI_CHAU, 2024, Dataset.COUNTERS);
        com.vaadin.flow.component.upload.Upload upload = _get(com.vaadin.flow.component.upload.Upload.class);

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(
                upload,
                new com.vaadin.flow.component.upload.FileRejectedEvent(
                        upload, upload.getI18n().getError().getFileIsTooBig(), "lon.xlsx"));

        assertThat(_get(Span.class, spec -> spec.withClasses("intake-refusal")).getText())
                .startsWith("Tệp lớn hơn giới hạn 10 MB")
                .doesNotContain("lỗi hệ thống");
        assertThat(upload.getAcceptedFileTypes()).contains(".xls", ".ods", ".txt");
    }

    /** A workbook with the data renamed and moved after the instructions: read right, and the page says how, as a notice. */
    @Test
    void aMovedDataSheetIsFoundAndThePageSaysWhichSheetItReadAsANotice() throws Exception {
        signIn(Role.PROVINCE_OFFICER, "33");
        open("33", 2026, Dataset.SAFETY);
        IntakeView view = _get(IntakeView.class);
        byte[] workbook = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("src/test/resources/intake/rows/safety-sheet-moved.xlsx"));

        view.receive("an-toan.xlsx", workbook);
        settle(view);

        assertThat(_get(Paragraph.class, spec -> spec.withId("intake-preview-summary"))
                        .getElement()
                        .getAttribute("data-errors"))
                .isEqualTo("0");
        com.vaadin.flow.component.html.ListItem notice = _get(
                com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("intake-file-issues__notice"));
        assertThat(notice.getText()).isEqualTo("Đã đọc trang tính “Sheet3” (tệp có 2 trang tính).");
        assertThat(notice.getStyle().get("color")).isEqualTo("var(--lumo-secondary-text-color)");
    }

    private static void open(String province, int year, Dataset dataset) {
        UI.getCurrent()
                .navigate(
                        "intake",
                        com.vaadin.flow.router.QueryParameters.fromString(
                                "province=" + province + "&year=" + year + "&dataset=" + dataset.name()));
    }

    private static String state() {
        return _get(Span.class, spec -> spec.withId("intake-state")).getText();
    }

    private static void upload(IntakeView view, String name, Table table) throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvWriter.write(table, csv);
        view.receive(name, csv.toByteArray());
        settle(view);
    }

    /** Waits for the page's background work and runs what it handed back to the UI. */
    private static void settle(IntakeView view) {
        CompletableFuture<Void> work = view.work();
        if (work != null) {
            work.join();
        }
        MockVaadin.clientRoundtrip(false);
    }

    private static Table withCell(Table table, int row, int column, String value) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> cells = new java.util.ArrayList<>(table.rows().get(i));
            if (i == row) {
                cells.set(column, value);
            }
            rows.add(cells);
        }
        return new Table(table.name(), table.headers(), (List) rows);
    }
}
