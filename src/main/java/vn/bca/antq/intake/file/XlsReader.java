package vn.bca.antq.intake.file;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an Excel 97–2003 workbook (.xls) with Apache POI, by the same rules as an XLSX: the data sheet is the first
 * with the header row (those named "Dữ liệu" or "Data" first), hidden sheets are refused, a formula cell is read by
 * the value Excel saved with it (.xls files always carry one), merged cells in the data are refused. POI holds the whole workbook in memory; the
 * upload's size limit bounds it (an .xls of 10 MB takes well under 200 MB while it is read).
 */
final class XlsReader {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private XlsReader() {
    }

    /** Whether the compound file is an Excel 97–2003 workbook. */
    static boolean isWorkbook(DirectoryNode root) {
        return root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book");
    }

    static RawTable read(String fileName, POIFSFileSystem fs, UploadLimits limits, Deadline deadline, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            List<String> hidden = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    hidden.add("“" + workbook.getSheetName(i) + "”");
                }
            }
            if (!hidden.isEmpty()) {
                throw new FileRejectedException("intake.file.hidden-sheets", String.join(", ", hidden));
            }
            WorkbookSheets sheets = new WorkbookSheets(names.stream().map(n -> new WorkbookSheets.Sheet(n, n, false)).toList(),
                    false);
            for (WorkbookSheets.Sheet sheet : sheets.inSearchOrder()) {
                try {
                    return sheets.withSheetNotice(read(fileName, workbook.getSheet(sheet.name()), limits, deadline, isHeader));
                } catch (TableBuilder.NoHeaderRow notThisOne) {
                    deadline.check();
                }
            }
            return sheets.withSheetNotice(read(fileName, workbook.getSheet(sheets.dataSheet().name()), limits, deadline, cells -> true));
        } catch (IOException | RuntimeException e) {
            throw e instanceof FileRejectedException refusal ? refusal : new FileRejectedException("intake.file.broken");
        }
    }

    private static RawTable read(String fileName, Sheet sheet, UploadLimits limits, Deadline deadline, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        TableBuilder table = new TableBuilder(fileName, sheet.getSheetName(), limits, deadline, isHeader);
        int computed = 0;
        FileRejectedException rowProblem = null;
        for (Row row : sheet) {
            List<RawCell> cells = new ArrayList<>();
            int rowNumber = row.getRowNum() + 1;
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                if (column >= limits.maxColumns()) {
                    throw new FileRejectedException("intake.file.too-many-columns", limits.maxColumns(), CellText.reference(column, rowNumber));
                }
                while (cells.size() < column) {
                    cells.add(new RawCell.Blank(cells.size(), rowNumber));
                }
                CellType type = cell.getCellType();
                if (type == CellType.FORMULA) {
                    type = cell.getCachedFormulaResultType();
                    computed++;
                }
                cells.add(cell(cell, type, column, rowNumber));
            }
            if (rowProblem != null) {
                continue;
            }
            try {
                table.add(rowNumber, cells);
            } catch (TableBuilder.NoHeaderRow e) {
                throw e;
            } catch (FileRejectedException e) {
                if (TableBuilder.STOPS_READING.contains(e.messageKey())) {
                    throw e;
                }
                rowProblem = e;
            }
        }
        if (!table.hasHeaders() && rowProblem == null) {
            table.build();
        }
        FirstFew merged = new FirstFew();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (!table.isOutsideTheData(range.getFirstRow() + 1) || !table.isOutsideTheData(range.getLastRow() + 1)) {
                merged.add(range.formatAsString());
            }
        }
        if (!merged.isEmpty()) {
            throw new FileRejectedException("intake.file.merged-cells", sheet.getSheetName(), merged.toString());
        }
        if (rowProblem != null) {
            throw rowProblem;
        }
        RawTable read = table.build();
        return computed == 0 ? read : RawTable.withNotice(read, new RawTable.Notice("intake.read.formulas-computed", computed));
    }

    private static RawCell cell(Cell cell, CellType type, int column, int row) {
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new RawCell.Date(column, row, cell.getLocalDateTimeCellValue().toLocalDate())
                    : number(column, row, cell.getNumericCellValue());
            case STRING -> text(column, row, cell.getStringCellValue());
            case BOOLEAN -> new RawCell.Bool(column, row, cell.getBooleanCellValue());
            case ERROR -> new RawCell.Text(column, row, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> new RawCell.Blank(column, row);
        };
    }

    private static RawCell text(int column, int row, String raw) {
        String text = CellText.clean(raw);
        return text.isEmpty() ? new RawCell.Blank(column, row) : new RawCell.Text(column, row, text);
    }

    private static RawCell number(int column, int row, double number) {
        BigDecimal exact = BigDecimal.valueOf(number).round(EXCEL_PRECISION).stripTrailingZeros();
        return new RawCell.Number(column, row, exact.scale() < 0 ? exact.setScale(0) : exact);
    }
}
