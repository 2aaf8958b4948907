package vn.bca.antq.intake.file;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as a stream (a workbook of 100,000 rows never sits in memory as objects): each row goes to
 * the {@link TableBuilder}; formula cells and merged ranges are noted, as the first refusal found in the rows is, so
 * the reader can give the most helpful reason. Stops at once when the rows exceed the limit.
 */
final class SheetHandler extends DefaultHandler {

    /** Excel keeps 15 significant digits; more digits in the file are binary noise (0.1 + 0.2 = 0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    /** Thrown to stop the parser; carries the refusal. */
    static final class Stop extends SAXException {
        final FileRejectedException reason;

        Stop(FileRejectedException reason) {
            this.reason = reason;
        }
    }

    private final TableBuilder table;
    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    final FirstFew formulaCells = new FirstFew();
    final FirstFew mergedRanges = new FirstFew();
    @Nullable FileRejectedException rowProblem;

    private int rowNumber;
    private List<RawCell> cells = new ArrayList<>();
    private int column;
    private @Nullable String type;
    private int style;
    private final StringBuilder value = new StringBuilder();
    private boolean collecting;

    SheetHandler(TableBuilder table, SharedStrings sharedStrings, StylesTable styles, boolean date1904) {
        this.table = table;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? cells.size() : columnOf(r);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value.setLength(0);
            }
            case "f" -> formulaCells.add(CellText.reference(column, rowNumber));
            case "v", "t" -> collecting = true;
            case "mergeCell" -> mergedRanges.add(String.valueOf(attributes.getValue("ref")));
            default -> {
            }
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
                    cells.add(new RawCell.Blank(CellText.reference(cells.size(), rowNumber)));
                }
                RawCell cell = cell(CellText.reference(column, rowNumber), value.toString());
                if (column < cells.size()) {
                    cells.set(column, cell);
                } else {
                    cells.add(cell);
                }
            }
            case "row" -> addRow();
            default -> {
            }
        }
    }

    private void addRow() throws Stop {
        if (rowProblem != null) {
            return;
        }
        try {
            table.add(rowNumber, cells);
        } catch (FileRejectedException e) {
            if ("intake.file.too-many-rows".equals(e.messageKey())) {
                throw new Stop(e);
            }
            rowProblem = e;
        }
    }

    private RawCell cell(String reference, String raw) {
        if (raw.isEmpty()) {
            return new RawCell.Blank(reference);
        }
        return switch (type == null ? "n" : type) {
            case "s" -> text(reference, sharedStrings.getItemAt(Integer.parseInt(raw.trim())).getString());
            case "b" -> new RawCell.Bool(reference, "1".equals(raw.trim()) || "true".equals(raw.trim()));
            case "d" -> new RawCell.Date(reference, LocalDate.parse(raw.trim().substring(0, 10)));
            case "n" -> number(reference, Double.parseDouble(raw.trim()));
            default -> text(reference, raw); // inlineStr, str (a formula's text) and e (an error such as #N/A)
        };
    }

    private static RawCell text(String reference, String raw) {
        String text = CellText.clean(raw);
        return text.isEmpty() ? new RawCell.Blank(reference) : new RawCell.Text(reference, text);
    }

    private RawCell number(String reference, double number) {
        if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
            return new RawCell.Date(reference, DateUtil.getLocalDateTime(number, date1904).toLocalDate());
        }
        BigDecimal exact = BigDecimal.valueOf(number).round(EXCEL_PRECISION).stripTrailingZeros();
        return new RawCell.Number(reference, exact.scale() < 0 ? exact.setScale(0) : exact);
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    private static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
        }
        return column - 1;
    }
}
