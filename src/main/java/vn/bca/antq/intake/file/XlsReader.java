package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Reads an Excel 97–2003 workbook (.xls) record by record with Apache POI's event API, by the same rules and limits as
 * an XLSX: the data sheet is the first with the header row (those named "Dữ liệu" or "Data" first), hidden sheets are
 * refused, a formula cell is read by the value Excel saved with it (.xls files always carry one), merged cells in the
 * data are refused. Nothing is built as a workbook object: POI's full object model takes several times the file's
 * size (the largest .xls the limits allow, 7 MB, ran the 64 MB per-upload heap budget out); the record stream keeps
 * only the shared strings.
 */
final class XlsReader {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private XlsReader() {}

    /** Whether the compound file is an Excel 97–2003 workbook. */
    static boolean isWorkbook(DirectoryNode root) {
        return root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book");
    }

    static RawTable read(
            String fileName,
            POIFSFileSystem fs,
            UploadLimits limits,
            Deadline deadline,
            Predicate<List<String>> isHeader)
            throws Exception {
        Outline outline = new Outline();
        process(fs, outline);
        return new WorkbookSheets(List.copyOf(outline.sheets), outline.date1904)
                .readDataSheet(
                        (sheet, header) -> readSheet(fileName, fs, sheet, outline.date1904, limits, deadline, header),
                        isHeader,
                        deadline);
    }

    private static RawTable readSheet(
            String fileName,
            POIFSFileSystem fs,
            WorkbookSheets.Sheet sheet,
            boolean date1904,
            UploadLimits limits,
            Deadline deadline,
            Predicate<List<String>> isHeader)
            throws FileRejectedException, IOException {
        deadline.check();
        TableBuilder table = new TableBuilder(fileName, sheet.name(), limits, deadline, isHeader);
        Cells cells = new Cells(table, Integer.parseInt(sheet.relationId()), date1904, limits.maxColumns());
        FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(cells);
        cells.formats = formats;
        process(fs, formats);
        try {
            cells.endRow();
        } catch (Refusal refusal) {
            throw refusal.reason;
        }
        return table.finish(cells.merged, cells.computed);
    }

    /** Plays the workbook stream's records to the listener; a refusal raised inside ends the play. */
    private static void process(POIFSFileSystem fs, HSSFListener listener) throws FileRejectedException, IOException {
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(listener);
        DirectoryNode root = fs.getRoot();
        try (InputStream workbook =
                root.createDocumentInputStream(root.hasEntryCaseInsensitive("Workbook") ? "Workbook" : "Book")) {
            new HSSFEventFactory().processEvents(request, workbook);
        } catch (Refusal refusal) {
            throw refusal.reason;
        }
    }

    /** Carries a refusal out of a listener, which may throw no checked exception. */
    private static final class Refusal extends RuntimeException {
        final FileRejectedException reason;

        Refusal(FileRejectedException reason) {
            super(reason.messageKey(), null, false, false);
            this.reason = reason;
        }
    }

    /** The sheets in order (their index as relation id), whether each is hidden, and the date system. */
    private static final class Outline implements HSSFListener {
        final List<WorkbookSheets.Sheet> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void processRecord(Record record) {
            if (record instanceof BoundSheetRecord bound) {
                sheets.add(new WorkbookSheets.Sheet(
                        bound.getSheetname(), String.valueOf(sheets.size()), bound.isHidden() || bound.isVeryHidden()));
            } else if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
            }
        }
    }

    /** The cells of one sheet (by index), row by row, into the table builder. */
    private static final class Cells implements HSSFListener {
        private final TableBuilder table;
        private final int wanted;
        private final boolean date1904;
        private final int maxColumns;

        @Nullable
        FormatTrackingHSSFListener formats;

        final List<TableBuilder.Merged> merged = new ArrayList<>();
        int computed;

        private @Nullable SSTRecord strings;
        private int sheetIndex = -1;
        private boolean inWanted;
        private int rowNumber = -1;
        private List<RawCell> row = new ArrayList<>();
        private @Nullable FormulaRecord stringFormula;

        Cells(TableBuilder table, int wanted, boolean date1904, int maxColumns) {
            this.table = table;
            this.wanted = wanted;
            this.date1904 = date1904;
            this.maxColumns = maxColumns;
        }

        @Override
        public void processRecord(Record record) {
            switch (record) {
                case BOFRecord bof when bof.getType() == BOFRecord.TYPE_WORKSHEET -> inWanted = ++sheetIndex == wanted;
                case SSTRecord sst -> strings = sst;
                case MergeCellsRecord merge
                when inWanted -> {
                    for (int i = 0; i < merge.getNumAreas() && merged.size() < SheetHandler.MOST_MERGED; i++) {
                        CellRangeAddress range = merge.getAreaAt(i);
                        merged.add(new TableBuilder.Merged(
                                range.getFirstRow() + 1, range.getLastRow() + 1, range.formatAsString()));
                    }
                }
                case StringRecord text
                when inWanted && stringFormula != null -> {
                    add(stringFormula, text(stringFormula, text.getString()));
                    stringFormula = null;
                }
                case CellValueRecordInterface cell when inWanted -> cell(cell);
                default -> {}
            }
        }

        private void cell(CellValueRecordInterface cell) {
            if (cell.getColumn() >= maxColumns) {
                throw new Refusal(new FileRejectedException(
                        "intake.file.too-many-columns",
                        maxColumns,
                        CellText.reference(cell.getColumn(), cell.getRow() + 1)));
            }
            RawCell value = switch (cell) {
                case LabelSSTRecord label ->
                    text(
                            cell,
                            strings == null
                                    ? ""
                                    : strings.getString(label.getSSTIndex()).getString());
                case LabelRecord label -> text(cell, label.getValue());
                case NumberRecord number -> number(cell, number.getValue());
                case RKRecord rk -> number(cell, rk.getRKNumber());
                case BoolErrRecord bool ->
                    bool.isBoolean()
                            ? new RawCell.Bool(cell.getColumn(), cell.getRow() + 1, bool.getBooleanValue())
                            : new RawCell.Text(
                                    cell.getColumn(),
                                    cell.getRow() + 1,
                                    FormulaError.forInt(bool.getErrorValue()).getString());
                case FormulaRecord formula -> formula(formula);
                default -> null;
            };
            if (value != null) {
                add(cell, value);
            }
        }

        private @Nullable RawCell formula(FormulaRecord formula) {
            computed++;
            return switch (CellType.forInt(formula.getCachedResultType())) {
                case NUMERIC -> number(formula, formula.getValue());
                case BOOLEAN ->
                    new RawCell.Bool(formula.getColumn(), formula.getRow() + 1, formula.getCachedBooleanValue());
                case ERROR ->
                    new RawCell.Text(
                            formula.getColumn(),
                            formula.getRow() + 1,
                            FormulaError.forInt(formula.getCachedErrorValue()).getString());
                case STRING -> {
                    stringFormula = formula; // its text follows in a StringRecord
                    yield null;
                }
                default -> null;
            };
        }

        private void add(CellValueRecordInterface at, RawCell cell) {
            if (at.getRow() != rowNumber) {
                endRow();
                rowNumber = at.getRow();
            }
            while (row.size() < cell.column()) {
                row.add(new RawCell.Blank(row.size(), rowNumber + 1));
            }
            if (cell.column() < row.size()) {
                row.set(cell.column(), cell);
            } else {
                row.add(cell);
            }
        }

        void endRow() {
            try {
                if (!row.isEmpty()) {
                    table.offer(rowNumber + 1, row);
                }
            } catch (FileRejectedException e) {
                throw new Refusal(e);
            }
            row = new ArrayList<>();
        }

        private static RawCell text(CellValueRecordInterface at, String raw) {
            String text = CellText.clean(raw);
            return text.isEmpty()
                    ? new RawCell.Blank(at.getColumn(), at.getRow() + 1)
                    : new RawCell.Text(at.getColumn(), at.getRow() + 1, text);
        }

        private RawCell number(CellValueRecordInterface at, double number) {
            int column = at.getColumn();
            int row = at.getRow() + 1;
            if (formats != null
                    && DateUtil.isADateFormat(formats.getFormatIndex(at), formats.getFormatString(at))
                    && DateUtil.isValidExcelDate(number)) {
                LocalDate day = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
                return new RawCell.Date(column, row, day);
            }
            BigDecimal exact = BigDecimal.valueOf(number).round(EXCEL_PRECISION).stripTrailingZeros();
            return new RawCell.Number(column, row, exact.scale() < 0 ? exact.setScale(0) : exact);
        }
    }
}
