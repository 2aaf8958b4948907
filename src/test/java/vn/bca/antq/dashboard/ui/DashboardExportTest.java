package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.export.ExportFormat;
import vn.bca.antq.export.ui.Downloads;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.indicator.Figure;

/** The dashboard's downloads hold what its grids and rankings show, row for row, with numbers as numbers. */
class DashboardExportTest extends KaribuTest {

    @Autowired
    private AdministrativeUnits units;

    @Test
    void theProvinceTableDownloadsAsTheGridShowsItInItsCurrentOrder() throws IOException {
        UI.getCurrent()
                .navigate(
                        "",
                        DashboardParameters.defaults()
                                .withYear(2024)
                                .withStructure(Structure.REPORTED)
                                .toQuery());
        Grid<Figure> grid = figureGrid();
        _sortByKey(grid, "unit", SortDirection.ASCENDING);

        Downloads.Download download = Downloads.click(menu("unit-table-export"), ExportFormat.XLSX);

        assertThat(download.disposition()).contains("so-lieu-tinh-thanh-pho-2024-xa-phuong-thi-tran-");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0)))
                    .containsExactly("Đơn vị", "Giá trị", "Số đạt chuẩn", "Tổng số", "Nguồn", "Ước tính (≈)");
            assertThat(sheet.getLastRowNum()).isEqualTo(_size(grid)).isEqualTo(63);
            for (int i = 0; i < _size(grid); i++) {
                Figure figure = _findAll(grid).get(i);
                List<String> shown = _getFormattedRow(grid, i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue())
                        .isEqualTo(figure.unit().getShortName());
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(Format.percent(BigDecimal.valueOf(row.getCell(1).getNumericCellValue())))
                        .isEqualTo(shown.get(1));
                assertThat(Format.number((long) row.getCell(2).getNumericCellValue()) + "/"
                                + Format.number((long) row.getCell(3).getNumericCellValue()))
                        .isEqualTo(shown.get(2));
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(shown.get(3));
            }
            assertThat(texts(sheet, 0))
                    .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
        }
    }

    @Test
    void theRankingDownloadsTheTopAndBottomTenWithTheirRealRanks() throws IOException {
        UI.getCurrent()
                .navigate(
                        "",
                        DashboardParameters.defaults()
                                .withYear(2020)
                                .withStructure(Structure.REPORTED)
                                .toQuery());

        List<CSVRecord> records = csv(Downloads.click(menu("ranking-export"), ExportFormat.CSV));

        assertThat(records.getFirst().values()).containsExactly("Hạng", "Đơn vị", "Giá trị", "Ước tính (≈)");
        List<CSVRecord> rows = records.subList(1, records.size());
        assertThat(rows).hasSize(20);
        assertThat(rows.getFirst().get(0)).isEqualTo("1");
        assertThat(rows.get(9).get(0)).isEqualTo("10");
        assertThat(rows.get(10).get(0)).isEqualTo("54");
        assertThat(rows.getLast().get(0)).isEqualTo("63");
        List<BigDecimal> values = rows.stream()
                .map(r -> new BigDecimal(r.get(2).replace(',', '.')))
                .toList();
        assertThat(values).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void inEnglishTheHeadersAndTheFileNameAreEnglish() throws IOException {
        UI.getCurrent()
                .navigate("", DashboardParameters.defaults().withYear(2024).toQuery());
        UiLanguage.choose(UI.getCurrent(), Language.EN);

        Downloads.Download download = Downloads.click(menu("unit-table-export"), ExportFormat.CSV);

        assertThat(download.disposition()).contains("figures-of-provinces-2024-");
        assertThat(csv(download).getFirst().values())
                .containsExactly("Unit", "Value", "Recognised", "Total", "Source", "Estimate (≈)");
    }

    @Test
    void theCommunesOfADistrictDownloadAfterTheFilterInTheGridsOrder() throws IOException {
        AdminUnit namDinh =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "36").orElseThrow();
        AdminUnit district = units.within(namDinh, UnitLevel.DISTRICT).getFirst();
        UI.getCurrent()
                .navigate(
                        "province/36/district/" + district.getCode(),
                        DashboardParameters.defaults()
                                .withYear(2020)
                                .withStructure(Structure.REPORTED)
                                .toQuery());
        @SuppressWarnings("unchecked")
        Grid<UnitCommuneGrid.Row> grid = _get(Grid.class, spec -> spec.withId("commune-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("commune-filter")), "xa");
        _sortByKey(grid, "rate", SortDirection.DESCENDING);
        List<UnitCommuneGrid.Row> shown = _findAll(grid);
        assertThat(shown)
                .isNotEmpty()
                .hasSizeLessThan(units.within(district, UnitLevel.COMMUNE).size());

        List<CSVRecord> records = csv(Downloads.click(menu("commune-export"), ExportFormat.CSV));

        assertThat(records.getFirst().values())
                .containsExactly("Tên", "Loại", "Tỷ lệ đạt chuẩn", "Số đạt chuẩn", "Tổng số", "Điểm Ngày hội", "Nguồn");
        assertThat(records.subList(1, records.size()).stream()
                        .map(r -> r.get(0))
                        .toList())
                .containsExactlyElementsOf(
                        shown.stream().map(UnitCommuneGrid.Row::name).toList());
        UnitCommuneGrid.Row first = shown.getFirst();
        assertThat(records.get(1).values())
                .containsExactly(
                        first.name(),
                        first.type(),
                        first.rate() == null ? "" : first.rate().toPlainString().replace('.', ','),
                        String.valueOf(first.recognised()),
                        String.valueOf(first.total()),
                        String.valueOf(first.festivalSites()),
                        "Dữ liệu mô phỏng");
    }

    @Test
    void theFestivalSitesDownloadWithRealDatesAndWordsForYesAndNo() throws IOException {
        AdminUnit town =
                units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow();
        AdminUnit district = units.ancestorAt(town, UnitLevel.DISTRICT).orElseThrow();
        UI.getCurrent()
                .navigate(
                        "province/38/district/" + district.getCode(),
                        DashboardParameters.defaults()
                                .withYear(2022)
                                .withStructure(Structure.REPORTED)
                                .toQuery());
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("festival-grid"));

        Downloads.Download download = Downloads.click(menu("festival-export"), ExportFormat.XLSX);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(_size(grid));
            Row seed = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i).getCell(0).getStringCellValue().equals("Thị trấn Thiệu Hóa")) {
                    seed = sheet.getRow(i);
                }
            }
            assertThat(seed).isNotNull();
            Cell date = seed.getCell(2);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 8, 16));
            assertThat(seed.getCell(5).getStringCellValue()).isEqualTo("Không");
            assertThat(seed.getCell(6).getStringCellValue()).isEqualTo("Bài báo nguồn");
        }
        assertThat(menu("model-export")).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Figure> figureGrid() {
        return _get(Grid.class, spec -> spec.withId("unit-table"));
    }

    private static ExportMenu menu(String id) {
        return _get(ExportMenu.class, spec -> spec.withId(id));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static List<String> texts(Sheet sheet, int column) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            texts.add(sheet.getRow(i).getCell(column).getStringCellValue());
        }
        return texts;
    }

    private static List<CSVRecord> csv(Downloads.Download download) throws IOException {
        String text = new String(download.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }
}
