package vn.bca.antq.export.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.export.ExportFormat;
import vn.bca.antq.export.Table;

class ExportMenuTest extends KaribuTest {

    private static final Table TABLE =
            new Table("Bảng thử xuất", List.of("Tên", "Số"), List.of(Arrays.asList("Hà Nội", 7L)));

    @Autowired
    private Exports exports;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void aDownloadRecordsTheExportAndHandsOverTheFileUnderItsName() {
        ExportMenu menu = exports.menu(() -> TABLE, () -> "test scope");
        UI.getCurrent().add(menu);
        int before = exportRows();

        Downloads.Download download = Downloads.click(menu, ExportFormat.CSV);

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.disposition())
                .contains("bang-thu-xuat-" + LocalDate.now(clock).format(DateTimeFormatter.ofPattern("ddMMyyyy"))
                        + ".csv");
        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(new String(download.bytes(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFTên,Số\r\nHà Nội,7\r\n");
        assertThat(exportRows()).isEqualTo(before + 1);
        assertThat(
                        jdbc.queryForMap(
                                "SELECT username, target, detail FROM audit_log WHERE kind = 'EXPORT' ORDER BY id DESC LIMIT 1"))
                .containsEntry("username", "test-leadership")
                .containsEntry("target", "Bảng thử xuất (CSV)")
                .hasEntrySatisfying(
                        "detail", d -> assertThat((String) d).startsWith("test scope; 1 rows; bang-thu-xuat-"));
    }

    @Test
    void aFailureHandsNothingOverRecordsNothingAndTellsTheUserInBothLanguages() {
        ExportMenu menu = exports.menu(
                () -> {
                    throw new IllegalStateException("the grid broke");
                },
                () -> "test scope");
        UI.getCurrent().add(menu);
        int before = exportRows();

        Downloads.Download download = Downloads.click(menu, ExportFormat.XLSX);

        assertThat(download.status()).isEqualTo(500);
        assertThat(download.bytes()).isEmpty();
        assertThat(exportRows()).isEqualTo(before);
        MockVaadin.clientRoundtrip(false);
        expectNotifications("Không tạo được tệp tải xuống. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên. / "
                + "The download could not be prepared. Please try again; if it fails again, tell the administrator.");
    }

    @Test
    void anAnonymousDownloadIsRefusedAndNotRecorded() {
        ExportMenu menu = exports.menu(() -> TABLE, () -> "test scope");
        UI.getCurrent().add(menu);
        signOut();
        int before = exportRows();

        Downloads.Download download = Downloads.click(menu, ExportFormat.CSV);

        assertThat(download.status()).isEqualTo(500);
        assertThat(download.bytes()).isEmpty();
        assertThat(exportRows()).isEqualTo(before);
    }

    @Test
    void theMenuOffersExcelAndCsvUnderDownload() {
        ExportMenu menu = exports.menu(() -> TABLE, () -> "test scope");

        assertThat(menu.getElement().getTextRecursively()).contains("Tải xuống", "Excel (.xlsx)", "CSV (.csv)");
    }

    private int exportRows() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE kind = 'EXPORT'", Integer.class);
        return count == null ? 0 : count;
    }
}
