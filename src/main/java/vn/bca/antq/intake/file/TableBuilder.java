package vn.bca.antq.intake.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.VietnameseText;

/**
 * Collects the rows either reader finds into a {@link RawTable}, with the rules both formats share: the header row is
 * the first row that is not blank and that {@code isHeader} accepts (rows above it, such as a report's title, are
 * skipped; none blank in between, none twice), fully blank rows are skipped, so is a totals row ("Tổng cộng", "Cộng":
 * a sum of the rows, not a unit), a data row may not have values beyond the last header, and the rows, filled cells
 * and time stay within the {@link UploadLimits}.
 */
final class TableBuilder {

    /** Refusals after which nothing more of the file is read. */
    static final Set<String> STOPS_READING = Set.of(
            "intake.file.too-many-rows",
            "intake.file.too-many-cells",
            "intake.file.too-much-text",
            "intake.file.too-many-columns",
            "intake.file.too-slow");

    private final String fileName;
    private final String sheetName;
    private final UploadLimits limits;
    private final Deadline deadline;
    private final Predicate<List<String>> isHeader;
    private List<String> headers = List.of();
    private int headerRow;
    private int rowsAbove;
    private final List<Integer> totalsRows = new ArrayList<>();
    private @Nullable FileRejectedException rowProblem;
    private final List<RawTable.Row> rows = new ArrayList<>();
    private long filledCells;
    private long textChars;

    /** The most rows that may stand above the header row (a title, a date, a signature line). */
    static final int MOST_ROWS_ABOVE_HEADER = 20;

    private static final Set<String> TOTALS =
            Set.of("tong cong", "cong", "tong", "tong so", "total", "grand total", "sum");

    /** Thrown when no header row is found in the first rows: this sheet holds no table of the kind looked for. */
    static final class NoHeaderRow extends FileRejectedException {
        NoHeaderRow() {
            super("intake.file.no-header-row");
        }
    }

    TableBuilder(
            String fileName,
            String sheetName,
            UploadLimits limits,
            Deadline deadline,
            Predicate<List<String>> isHeader) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.limits = limits;
        this.deadline = deadline;
        this.isHeader = isHeader;
    }

    boolean hasHeaders() {
        return !headers.isEmpty();
    }

    /** Whether a row lies above the header row or is a totals row: merged cells there disturb no figure. */
    boolean isOutsideTheData(int rowNumber) {
        return rowNumber < headerRow || totalsRows.contains(rowNumber);
    }

    /** One row as read; {@code cells} in column order starting at column A, blank where the file has nothing. */
    void add(int rowNumber, List<RawCell> cells) throws FileRejectedException {
        deadline.check();
        if (cells.size() > limits.maxColumns()) {
            throw new FileRejectedException(
                    "intake.file.too-many-columns",
                    limits.maxColumns(),
                    cells.get(limits.maxColumns()).reference());
        }
        int width = lastFilled(cells) + 1;
        if (width == 0) {
            return;
        }
        if (headers.isEmpty()) {
            List<RawCell> filled = cells.subList(0, width);
            if (isHeader.test(filled.stream().map(TableBuilder::text).toList())) {
                headers = headers(rowNumber, filled);
                headerRow = rowNumber;
            } else if (++rowsAbove > MOST_ROWS_ABOVE_HEADER) {
                throw new NoHeaderRow();
            }
            return;
        }
        if (isTotals(cells)) {
            totalsRows.add(rowNumber);
            return;
        }
        if (width > headers.size()) {
            throw new FileRejectedException(
                    "intake.file.extra-cells",
                    rowNumber,
                    width,
                    headers.size(),
                    cells.get(width - 1).reference());
        }
        if (rows.size() == limits.maxRows()) {
            throw new FileRejectedException("intake.file.too-many-rows", limits.maxRows());
        }
        for (RawCell cell : cells) {
            filledCells += cell instanceof RawCell.Blank ? 0 : 1;
            textChars += cell instanceof RawCell.Text text ? text.value().length() : 0;
        }
        if (filledCells > limits.maxCells()) {
            throw new FileRejectedException("intake.file.too-many-cells", limits.maxCells());
        }
        if (textChars > limits.maxTextChars()) {
            throw new FileRejectedException("intake.file.too-much-text", limits.maxTextChars());
        }
        List<RawCell> padded = new ArrayList<>(cells.subList(0, Math.min(cells.size(), headers.size())));
        for (int column = padded.size(); column < headers.size(); column++) {
            padded.add(new RawCell.Blank(column, rowNumber));
        }
        rows.add(new RawTable.Row(rowNumber, List.copyOf(padded)));
    }

    /**
     * A row as a workbook reader streams it: a refusal that ends the reading (no header row, a limit reached) is
     * thrown; the first problem of a row is kept for {@link #finish} and the rows after it are no longer looked at.
     */
    void offer(int rowNumber, List<RawCell> cells) throws FileRejectedException {
        if (rowProblem != null) {
            return;
        }
        try {
            add(rowNumber, cells);
        } catch (NoHeaderRow e) {
            throw e;
        } catch (FileRejectedException e) {
            if (STOPS_READING.contains(e.messageKey())) {
                throw e;
            }
            rowProblem = e;
        }
    }

    /** Whether a row broke a rule, after which the rows that follow are not looked at. */
    boolean hasRowProblem() {
        return rowProblem != null;
    }

    /** A merged range of rows (1-based, inclusive), named the spreadsheet way ("A7:B7"). */
    record Merged(int firstRow, int lastRow, String name) {}

    /**
     * The table of a workbook's sheet read to its end: refused when the sheet has no header row (so that the next sheet
     * is tried) before any other finding, then when merged cells touch the data (not the title above the header row or
     * a totals row), then with the first problem of a row; formula cells read by their saved value are noted.
     */
    RawTable finish(List<Merged> merged, int computedFormulas) throws FileRejectedException {
        if (headers.isEmpty() && rowProblem == null) {
            build();
        }
        FirstFew touching = new FirstFew();
        merged.stream().filter(this::touchesData).forEach(range -> touching.add(range.name()));
        if (!touching.isEmpty()) {
            throw new FileRejectedException("intake.file.merged-cells", sheetName, touching.toString());
        }
        if (rowProblem != null) {
            throw rowProblem;
        }
        RawTable read = build();
        return computedFormulas == 0
                ? read
                : RawTable.withNotice(read, new RawTable.Notice("intake.read.formulas-computed", computedFormulas));
    }

    /** Whether a merged range has a row in the data (below the header row and not a totals row). */
    private boolean touchesData(Merged range) {
        for (int row = range.firstRow(); row <= range.lastRow() && row - range.firstRow() < 1_000; row++) {
            if (!isOutsideTheData(row)) {
                return true;
            }
        }
        return range.lastRow() - range.firstRow() >= 1_000;
    }

    RawTable build() throws FileRejectedException {
        if (headers.isEmpty()) {
            throw rowsAbove > 0 ? new NoHeaderRow() : new FileRejectedException("intake.file.empty");
        }
        if (rows.isEmpty()) {
            throw new FileRejectedException("intake.file.no-data-rows");
        }
        List<RawTable.Notice> notices = new ArrayList<>();
        if (rowsAbove > 0) {
            notices.add(new RawTable.Notice("intake.read.header-below", String.valueOf(headerRow)));
        }
        if (!totalsRows.isEmpty()) {
            notices.add(new RawTable.Notice(
                    "intake.read.totals-skipped",
                    totalsRows.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return new RawTable(fileName, sheetName, headers, List.copyOf(rows), List.copyOf(notices));
    }

    /** A row that sums the others: one of its text cells is only the word for it (“Tổng cộng”, “Cộng”, “Total”…). */
    private static boolean isTotals(List<RawCell> cells) {
        return cells.stream()
                .anyMatch(cell -> cell instanceof RawCell.Text text
                        && TOTALS.contains(VietnameseText.fold(text.value().replaceAll("[^\\p{L}\\p{N}]+", " "))
                                .strip()));
    }

    private static int lastFilled(List<RawCell> cells) {
        for (int column = cells.size() - 1; column >= 0; column--) {
            if (!(cells.get(column) instanceof RawCell.Blank)) {
                return column;
            }
        }
        return -1;
    }

    /** Header names as text; the dataset layer matches them without diacritics, so duplicates are judged that way. */
    private static List<String> headers(int rowNumber, List<RawCell> cells) throws FileRejectedException {
        List<String> names = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (RawCell cell : cells) {
            String name = text(cell);
            if (name.isEmpty()) {
                blank.add(cell.reference());
            } else {
                String earlier = seen.putIfAbsent(VietnameseText.fold(name), name);
                if (earlier != null) {
                    duplicates.add(earlier.equals(name) ? name : earlier + " / " + name);
                }
            }
            names.add(name);
        }
        if (!blank.isEmpty()) {
            throw new FileRejectedException("intake.file.blank-headers", rowNumber, String.join(", ", blank));
        }
        if (!duplicates.isEmpty()) {
            throw new FileRejectedException("intake.file.duplicate-headers", rowNumber, String.join(", ", duplicates));
        }
        return List.copyOf(names);
    }

    static String text(RawCell cell) {
        return switch (cell) {
            case RawCell.Text text -> text.value();
            case RawCell.Number number -> number.value().toPlainString();
            case RawCell.Date date -> date.value().toString();
            case RawCell.Bool bool -> bool.value() ? "TRUE" : "FALSE";
            case RawCell.Blank ignored -> "";
        };
    }
}
