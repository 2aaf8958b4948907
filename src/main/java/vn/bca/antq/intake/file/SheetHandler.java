package vn.bca.antq.intake.file;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as a stream (a workbook of 100,000 rows never sits in memory as objects): each row goes to
 * the {@link TableBuilder}. A formula cell is read by the value the spreadsheet program computed and saved with it;
 * formulas saved without one, and merged ranges, are noted where they touch the data (not in a title above the header
 * row or in a totals row), as the first refusal found in the rows is, so the reader can give the most helpful reason. Stops at once when a cell lies beyond the column limit (before any row
 * is padded to it: one cell at ZZZZZZ3 would otherwise ask for 321 million blanks) or the rows, cells or time exceed
 * theirs.
 */
final class SheetHandler extends DefaultHandler {

    /** Excel keeps 15 significant digits; more digits in the file are binary noise (0.1 + 0.2 = 0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** Merged ranges kept to judge them at the end; more are not needed to refuse a sheet. */
    static final int MOST_MERGED = 10_000;

    /** Thrown to stop the parser; carries the refusal. */
    static final class Stop extends SAXException {
        final FileRejectedException reason;

        Stop(FileRejectedException reason) {
            this.reason = reason;
        }
    }

    private final TableBuilder table;
    private final List<String> sharedStrings;
    /** Each shared string cleaned once: the cells that use it share one text instead of a copy each. */
    private final RawCell.Text[] sharedTexts;

    private final DateStyles styles;
    private final boolean date1904;
    private final int maxColumns;

    final FirstFew formulaCells = new FirstFew();
    final List<TableBuilder.Merged> merged = new ArrayList<>();
    int computedFormulas;
    private final List<String> rowFormulas = new ArrayList<>();
    private boolean formula;

    private int rowNumber;
    private List<RawCell> cells = new ArrayList<>();
    private int column;
    private @Nullable String type;
    private int style;
    private final StringBuilder value = new StringBuilder();
    private boolean collecting;

    SheetHandler(TableBuilder table, List<String> sharedStrings, DateStyles styles, boolean date1904, int maxColumns) {
        this.table = table;
        this.sharedStrings = sharedStrings;
        this.sharedTexts = new RawCell.Text[sharedStrings.size()];
        this.styles = styles;
        this.date1904 = date1904;
        this.maxColumns = maxColumns;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                rowFormulas.clear();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? cells.size() : columnOf(r);
                if (column >= maxColumns) {
                    throw new Stop(new FileRejectedException(
                            "intake.file.too-many-columns",
                            maxColumns,
                            r == null ? CellText.reference(column, rowNumber) : r));
                }
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value.setLength(0);
                formula = false;
            }
            case "f" -> formula = true;
            case "v", "t" -> collecting = true;
            case "mergeCell" -> {
                String ref = String.valueOf(attributes.getValue("ref"));
                int colon = ref.indexOf(':');
                int first = RawCell.Place.row(colon < 0 ? ref : ref.substring(0, colon));
                if (merged.size() < MOST_MERGED) {
                    merged.add(new TableBuilder.Merged(
                            first, colon < 0 ? first : RawCell.Place.row(ref.substring(colon + 1)), ref));
                }
            }
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add(new RawCell.Blank(cells.size(), rowNumber));
                }
                if (formula && value.isEmpty()) {
                    rowFormulas.add(CellText.reference(column, rowNumber));
                } else if (formula) {
                    computedFormulas++;
                }
                RawCell cell = cell(column, rowNumber, value.toString());
                if (column < cells.size()) {
                    cells.set(column, cell);
                } else {
                    cells.add(cell);
                }
            }
            case "row" -> addRow();
            default -> {}
        }
    }

    private void addRow() throws Stop {
        if (table.hasRowProblem()) {
            return;
        }
        try {
            table.offer(rowNumber, cells);
        } catch (FileRejectedException e) {
            throw new Stop(e);
        }
        if (!table.hasRowProblem() && !table.isOutsideTheData(rowNumber)) {
            rowFormulas.forEach(formulaCells::add);
        }
    }

    private RawCell cell(int column, int row, String raw) {
        if (raw.isEmpty()) {
            return new RawCell.Blank(column, row);
        }
        return switch (type == null ? "n" : type) {
            case "s" -> shared(column, row, Integer.parseInt(raw.trim()));
            case "b" -> new RawCell.Bool(column, row, "1".equals(raw.trim()) || "true".equals(raw.trim()));
            case "d" -> new RawCell.Date(column, row, LocalDate.parse(raw.trim().substring(0, 10)));
            case "n" -> number(column, row, Double.parseDouble(raw.trim()));
            default -> text(column, row, raw); // inlineStr, str (a formula's text) and e (an error such as #N/A)
        };
    }

    private RawCell shared(int column, int row, int index) {
        RawCell.Text cleaned = sharedTexts[index];
        if (cleaned == null) {
            String text = CellText.clean(sharedStrings.get(index));
            cleaned = new RawCell.Text(0, 0, text);
            sharedTexts[index] = cleaned;
        }
        return cleaned.value().isEmpty()
                ? new RawCell.Blank(column, row)
                : new RawCell.Text(column, row, cleaned.value());
    }

    private static RawCell text(int column, int row, String raw) {
        String text = CellText.clean(raw);
        return text.isEmpty() ? new RawCell.Blank(column, row) : new RawCell.Text(column, row, text);
    }

    private RawCell number(int column, int row, double number) {
        if (styles.isDate(style) && DateUtil.isValidExcelDate(number)) {
            return new RawCell.Date(
                    column, row, DateUtil.getLocalDateTime(number, date1904).toLocalDate());
        }
        BigDecimal exact = BigDecimal.valueOf(number).round(EXCEL_PRECISION).stripTrailingZeros();
        return new RawCell.Number(column, row, exact.scale() < 0 ? exact.setScale(0) : exact);
    }

    /** The column of "C12" (2), capped: letters past any real column cannot overflow into a small number. */
    private static int columnOf(String reference) {
        long column = 0;
        for (int i = 0;
                i < reference.length() && Character.isLetter(reference.charAt(i)) && column < Integer.MAX_VALUE;
                i++) {
            column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
        }
        return (int) Math.min(column - 1, Integer.MAX_VALUE - 1);
    }
}
