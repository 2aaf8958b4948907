package vn.bca.antq.intake.file;

import java.util.List;

/**
 * The data sheet of an uploaded file: its header cells (as text, trimmed) and every following row that is not
 * entirely blank. {@code rowNumber} is the 1-based line or sheet row the user sees; each row has as many cells
 * as there are headers (missing trailing cells are blank). {@code notices} say what was read and how, where the user
 * could not guess it: which sheet, which rows were skipped as totals, which number convention was found.
 */
public record RawTable(String fileName, String sheetName, List<String> headers, List<Row> rows, List<Notice> notices) {

    public RawTable(String fileName, String sheetName, List<String> headers, List<Row> rows) {
        this(fileName, sheetName, headers, rows, List.of());
    }

    /** The table with one more notice. */
    static RawTable withNotice(RawTable table, Notice notice) {
        List<Notice> notices = new java.util.ArrayList<>(table.notices());
        notices.add(notice);
        return new RawTable(table.fileName(), table.sheetName(), table.headers(), table.rows(), List.copyOf(notices));
    }

    public record Row(int rowNumber, List<RawCell> cells) {}

    /** Something the reader did that the user should know: a translation key and its arguments. */
    public record Notice(String messageKey, List<Object> arguments) {
        public Notice(String messageKey, Object... arguments) {
            this(messageKey, List.of(arguments));
        }
    }
}
