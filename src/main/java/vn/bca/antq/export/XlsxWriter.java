package vn.bca.antq.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Tables as an Excel workbook, one sheet per table in the given order (an intake template: the data sheet first,
 * then instructions and code lists). Each sheet has a bold, frozen header row with an autofilter; whole numbers are
 * numeric cells shown "#,##0", decimals numeric "#,##0.00", dates real date cells shown dd/mm/yyyy, so that sums and
 * sorting work in Excel. Rows are streamed (SXSSF): only a window of rows is held in memory, the rest goes to a
 * compressed temporary file, so a table of 100,000 rows costs little heap.
 */
public final class XlsxWriter {

    private static final int ROWS_IN_MEMORY = 200;
    /** Column widths are measured on the first rows only; long tables are uniform enough. */
    private static final int ROWS_MEASURED = 500;

    private static final int WIDEST_COLUMN = 60;
    private static final int LONGEST_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private XlsxWriter() {}

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one table");
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            Set<String> sheetNames = new HashSet<>();
            for (Table table : tables) {
                writeSheet(workbook.createSheet(sheetName(table.name(), sheetNames)), table, styles);
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(Sheet sheet, Table table, Styles styles) {
        int columns = table.headers().size();
        int[] widths = new int[columns];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(styles.header);
            widths[c] = table.headers().get(c).length() + 3; // room for the filter button
        }
        int r = 1;
        for (List<@Nullable Object> values : table.rows()) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns; c++) {
                int length = write(row.createCell(c), values.get(c), styles);
                if (r <= ROWS_MEASURED) {
                    widths[c] = Math.max(widths[c], length);
                }
            }
            r++;
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(widths[c] + 1, WIDEST_COLUMN) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
        }
    }

    /** Writes one value and returns its width in characters, as shown. */
    private static int write(Cell cell, @Nullable Object value, Styles styles) {
        switch (value) {
            case null -> {
                return 0;
            }
            case String text -> {
                // Excel refuses longer texts; the audit log's before/after values can be longer
                cell.setCellValue(text.length() > LONGEST_TEXT ? text.substring(0, LONGEST_TEXT - 1) + "…" : text);
                return text.length();
            }
            case Long number -> {
                return whole(cell, number, styles);
            }
            case Integer number -> {
                return whole(cell, number, styles);
            }
            case BigDecimal number -> {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.decimal);
                return number.setScale(0, RoundingMode.DOWN).toPlainString().length() * 4 / 3 + 3;
            }
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
                return 10;
            }
            default ->
                throw new IllegalArgumentException(
                        "a table cell cannot hold a " + value.getClass().getSimpleName());
        }
    }

    private static int whole(Cell cell, long number, Styles styles) {
        cell.setCellValue(number);
        cell.setCellStyle(styles.whole);
        return Long.toString(number).length() * 4 / 3;
    }

    /**
     * A sheet name Excel accepts: at most 31 characters, none of {@code \ / ? * [ ] :}, not starting or ending with an
     * apostrophe, not empty, and unique in the workbook (case-insensitively).
     */
    static String sheetName(String tableName, Set<String> taken) {
        String trimmed = tableName.strip().replaceAll("^'+|'+$", "").strip();
        String name = trimmed.isEmpty()
                ? "Sheet"
                : WorkbookUtil.createSafeSheetName(trimmed, ' ').strip();
        String unique = name;
        for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(unique.toLowerCase(Locale.ROOT));
        return unique;
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            whole = numberStyle(workbook, "#,##0");
            decimal = numberStyle(workbook, "#,##0.00");
            date = numberStyle(workbook, "dd/mm/yyyy");
        }

        private static CellStyle numberStyle(Workbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
