package vn.bca.antq.intake.file;

import java.util.List;

/**
 * The data sheet of an uploaded file: its header cells (as text, trimmed) and every following row that is not
 * entirely blank. {@code rowNumber} is the 1-based line or sheet row the user sees; each row has as many cells
 * as there are headers (missing trailing cells are blank).
 */
public record RawTable(String fileName, String sheetName, List<String> headers, List<Row> rows) {

    public record Row(int rowNumber, List<RawCell> cells) {
    }
}
