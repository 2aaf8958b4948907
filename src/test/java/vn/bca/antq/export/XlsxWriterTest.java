package vn.bca.antq.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    private static final Table COMMUNES = new Table(
            "Xã của huyện Giao Thủy 2020",
            List.of("Tên", "Số điểm", "Tỷ lệ", "Ngày", "Ghi chú"),
            List.of(
                    CsvWriterTest.row(
                            "Giao Thủy", 1234567L, new BigDecimal("97.37"), LocalDate.of(2022, 8, 19), "=1+1"),
                    CsvWriterTest.row("Hải Hậu", 7, new BigDecimal("100.00"), null, null)));

    @Test
    void writesTheHeaderBoldAndFrozenWithAnAutofilter() throws IOException {
        try (XSSFWorkbook workbook = read(COMMUNES)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Tên");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Số điểm");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(4 * 256).isLessThanOrEqualTo(60 * 256);
        }
    }

    @Test
    void writesNumbersAndDatesAsRealCellsWithTheirFormats() throws IOException {
        try (XSSFWorkbook workbook = read(COMMUNES)) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Giao Thủy");
            assertNumeric(first.getCell(1), 1234567, "#,##0");
            assertNumeric(first.getCell(2), 97.37, "#,##0.00");
            Cell date = first.getCell(3);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 8, 19));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            Cell text = first.getCell(4);
            assertThat(text.getCellType())
                    .as("text in a workbook is never a formula")
                    .isEqualTo(CellType.STRING);
            assertThat(text.getStringCellValue()).isEqualTo("=1+1");
            Row second = workbook.getSheetAt(0).getRow(2);
            assertNumeric(second.getCell(1), 7, "#,##0");
            assertThat(second.getCell(3) == null || second.getCell(3).getCellType() == CellType.BLANK)
                    .isTrue();
        }
    }

    @Test
    void writesSeveralTablesAsSheetsInTheirOrder() throws IOException {
        Table instructions = new Table("Hướng dẫn", List.of("Bước"), List.of(CsvWriterTest.row("Điền số liệu")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(List.of(COMMUNES, instructions, instructions), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Xã của huyện Giao Thủy 2020");
            assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
            assertThat(workbook.getSheetName(2)).isEqualTo("Hướng dẫn (2)");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Điền số liệu");
        }
    }

    @Test
    void cleansSheetNamesByExcelsRules() {
        Set<String> taken = new HashSet<>();
        assertThat(XlsxWriter.sheetName("Tỷ lệ khu dân cư đạt chuẩn an toàn về ANTT theo tỉnh 2024", taken))
                .hasSize(31)
                .isEqualTo("Tỷ lệ khu dân cư đạt chuẩn an t");
        assertThat(XlsxWriter.sheetName("Tỉnh/thành: [2024]?*", taken))
                .doesNotContainPattern("[\\\\/?*\\[\\]:]")
                .startsWith("Tỉnh thành");
        assertThat(XlsxWriter.sheetName("'Trích'", taken)).isEqualTo("Trích");
        assertThat(XlsxWriter.sheetName("   ", taken)).isEqualTo("Sheet");
        assertThat(XlsxWriter.sheetName("TỶ LỆ KHU DÂN CƯ ĐẠT CHUẨN AN TOÀN", taken))
                .hasSize(31)
                .endsWith(" (2)");
    }

    @Test
    void writesAHundredThousandRowsQuicklyInBoundedMemory() throws IOException {
        Table big = new Table("Lớn", List.of("Tên", "Số", "Tỷ lệ", "Ngày"), new LazyRows(100_000));
        long before = usedHeapAfterGc();
        CountingStream out = new CountingStream();

        long start = System.nanoTime();
        XlsxWriter.write(List.of(big), out);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("100,000 rows in %d ms", millis).isLessThan(10_000);
        assertThat(out.bytes).isGreaterThan(1_000_000);
        // measured when every row has been added and the file is being written: a workbook held in memory (XSSF)
        // still holds all 400,000 cells then, hundreds of MB; streaming holds a window of rows
        long retained = out.heapWhenWritingStarted - before;
        assertThat(retained)
                .as("heap retained while writing: %d MB", retained >> 20)
                .isLessThan(64L << 20);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void writesAHundredThousandRowsOfCsvQuickly() throws IOException {
        Table big = new Table("Lớn", List.of("Tên", "Số", "Tỷ lệ", "Ngày"), new LazyRows(100_000));
        CountingStream out = new CountingStream();

        long start = System.nanoTime();
        CsvWriter.write(big, out);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("100,000 rows in %d ms", millis).isLessThan(5_000);
        assertThat(out.bytes).isGreaterThan(3_000_000);
    }

    private static void assertNumeric(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static XSSFWorkbook read(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(List.of(table), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Rows made when asked, so the test measures the writer's memory, not the table's. */
    private static final class LazyRows extends java.util.AbstractList<List<@Nullable Object>> {

        private final int size;

        LazyRows(int size) {
            this.size = size;
        }

        @Override
        public List<@Nullable Object> get(int index) {
            List<@Nullable Object> row = new ArrayList<>(4);
            row.add("Điểm số " + index + " thôn Đông, xã Giao Thủy");
            row.add((long) index);
            row.add(BigDecimal.valueOf(index % 10_000, 2));
            row.add(LocalDate.of(2024, 1, 1).plusDays(index % 366));
            return row;
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static final class CountingStream extends OutputStream {

        long bytes;
        long heapWhenWritingStarted;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (bytes == 0) {
                heapWhenWritingStarted = usedHeapAfterGc();
            }
            bytes += len;
        }
    }
}
