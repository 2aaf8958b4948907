package vn.bca.antq.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.export.ExportFormat;
import vn.bca.antq.export.ui.Downloads;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.security.Role;

/** The admin pages' downloads hold their grids' rows as shown. */
class AdminExportTest extends KaribuTest {

    @BeforeEach
    void signInAsAdmin() {
        signIn(Role.ADMIN, null);
    }

    @Test
    void theAccountsDownloadAsTheGridShowsThem() throws IOException {
        UI.getCurrent().navigate("admin/users");

        assertShownRowsAreExported(_get(Grid.class, spec -> spec.withId("account-grid")), "account-export", 5);
        assertShownRowsAreExported(_get(Grid.class, spec -> spec.withId("token-grid")), "token-export", 5);
    }

    @Test
    void theAuditLogDownloadsTheRowsOfItsFilter() throws IOException {
        UI.getCurrent().navigate("admin/audit");

        assertShownRowsAreExported(_get(Grid.class, spec -> spec.withId("audit-grid")), "audit-export", 8);
    }

    private static void assertShownRowsAreExported(Grid<?> grid, String menuId, int columns) throws IOException {
        List<CSVRecord> records =
                csv(Downloads.click(_get(ExportMenu.class, spec -> spec.withId(menuId)), ExportFormat.CSV));

        assertThat(_size(grid)).isPositive();
        assertThat(records).hasSize(_size(grid) + 1);
        assertThat(records.getFirst().size()).isEqualTo(columns);
        for (int i = 0; i < _size(grid); i++) {
            List<String> shown = _getFormattedRow(grid, i).subList(0, columns);
            List<String> exported = records.get(i + 1).toList().stream()
                    .map(AdminExportTest::unquoted)
                    .toList();
            assertThat(exported).as("row %d", i).isEqualTo(shown);
        }
    }

    /** The formula-injection quote is the file's, not the grid's. */
    private static String unquoted(String cell) {
        return cell.matches("(?s)'[=+\\-@\t\r].*") ? cell.substring(1) : cell;
    }

    private static List<CSVRecord> csv(Downloads.Download download) throws IOException {
        String text = new String(download.bytes(), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }
}
