package vn.bca.antq.intake.file;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice's own format) straight from its content.xml as a stream, by the
 * same rules and limits as an XLSX: the data sheet is the first with the header row (those named "Dữ liệu" or "Data"
 * first), hidden sheets are refused, a formula cell is read by the value saved with it, merged cells in the data are
 * refused. OpenDocument repeats identical rows and cells by a count ("1,048,576 empty rows"): blank repeats only move
 * the position and are never materialised, so a file cannot ask for more cells than the limits allow. Written here
 * rather than taken from a library because the maintained readers (ODF Toolkit, SODS) build the whole document in
 * memory and expand those repeats.
 */
final class OdsReader {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private OdsReader() {}

    static RawTable read(
            String fileName, ZipParts parts, UploadLimits limits, Deadline deadline, Predicate<List<String>> isHeader)
            throws Exception {
        Outline outline = new Outline();
        parse(parts, outline);
        return new WorkbookSheets(List.copyOf(outline.sheets), false)
                .readDataSheet(
                        (sheet, header) -> readSheet(fileName, parts, sheet, limits, deadline, header),
                        isHeader,
                        deadline);
    }

    private static RawTable readSheet(
            String fileName,
            ZipParts parts,
            WorkbookSheets.Sheet sheet,
            UploadLimits limits,
            Deadline deadline,
            Predicate<List<String>> isHeader)
            throws Exception {
        deadline.check();
        TableBuilder table = new TableBuilder(fileName, sheet.name(), limits, deadline, isHeader);
        Cells cells = new Cells(table, Integer.parseInt(sheet.relationId()), limits.maxColumns());
        try {
            parse(parts, cells);
        } catch (SheetHandler.Stop stop) {
            throw stop.reason;
        } catch (NumberFormatException | DateTimeException e) {
            throw new FileRejectedException("intake.file.broken");
        }
        return table.finish(cells.merged, cells.computed);
    }

    private static void parse(ZipParts parts, DefaultHandler handler) throws Exception {
        InputStream content = parts.open("content.xml");
        if (content == null) {
            throw new FileRejectedException("intake.file.broken");
        }
        var xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try (content) {
            xml.parse(new InputSource(content));
        }
    }

    /** The sheets in order (their index as relation id) and whether each is hidden (a table style with display="false"). */
    private static final class Outline extends DefaultHandler {
        final List<WorkbookSheets.Sheet> sheets = new ArrayList<>();
        private final Set<String> hiddenStyles = new HashSet<>();
        private @Nullable String style;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (STYLE.equals(uri) && "style".equals(localName)) {
                style = attributes.getValue(STYLE, "name");
            } else if (STYLE.equals(uri)
                    && "table-properties".equals(localName)
                    && "false".equals(attributes.getValue(TABLE, "display"))
                    && style != null) {
                hiddenStyles.add(style);
            } else if (TABLE.equals(uri) && "table".equals(localName)) {
                sheets.add(new WorkbookSheets.Sheet(
                        String.valueOf(attributes.getValue(TABLE, "name")),
                        String.valueOf(sheets.size()),
                        hiddenStyles.contains(attributes.getValue(TABLE, "style-name"))));
            }
        }
    }

    /** The rows of one sheet (by index) into the table builder. */
    private static final class Cells extends DefaultHandler {
        private final TableBuilder table;
        private final int wanted;
        private final int maxColumns;
        final List<TableBuilder.Merged> merged = new ArrayList<>();
        int computed;

        private int tableIndex = -1;
        private boolean inWanted;
        private int rowNumber;
        private int rowRepeat;
        private List<RawCell> row = new ArrayList<>();
        private int column;
        private int columnRepeat;
        private @Nullable String type;
        private @Nullable String value;
        private final StringBuilder text = new StringBuilder();
        private int paragraphs;
        private boolean inParagraph;

        Cells(TableBuilder table, int wanted, int maxColumns) {
            this.table = table;
            this.wanted = wanted;
            this.maxColumns = maxColumns;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (TABLE.equals(uri)) {
                switch (localName) {
                    case "table" -> inWanted = ++tableIndex == wanted;
                    case "table-row" -> {
                        if (inWanted) {
                            rowRepeat = count(attributes.getValue(TABLE, "number-rows-repeated"));
                            row = new ArrayList<>();
                            column = 0;
                        }
                    }
                    case "table-cell", "covered-table-cell" -> {
                        if (inWanted) {
                            startCell(attributes);
                        }
                    }
                    default -> {}
                }
            } else if (inWanted && "p".equals(localName) && type != null) {
                if (paragraphs++ > 0) {
                    text.append('\n');
                }
                inParagraph = true;
            } else if (inWanted && inParagraph && "s".equals(localName)) {
                text.append(" "
                        .repeat(Math.min(
                                count(attributes.getValue("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "c")),
                                100)));
            }
        }

        private void startCell(Attributes attributes) throws SAXException {
            columnRepeat = count(attributes.getValue(TABLE, "number-columns-repeated"));
            type = attributes.getValue(OFFICE, "value-type");
            value = switch (type == null ? "" : type) {
                case "date" -> attributes.getValue(OFFICE, "date-value");
                case "boolean" -> attributes.getValue(OFFICE, "boolean-value");
                case "string", "" -> null;
                default -> attributes.getValue(OFFICE, "value");
            };
            if (attributes.getValue(TABLE, "formula") != null && type != null) {
                computed++;
            }
            int across = count(attributes.getValue(TABLE, "number-columns-spanned"));
            int down = count(attributes.getValue(TABLE, "number-rows-spanned"));
            if ((across > 1 || down > 1) && merged.size() < SheetHandler.MOST_MERGED) {
                int first = rowNumber + 1;
                merged.add(new TableBuilder.Merged(
                        first,
                        first + down - 1,
                        CellText.reference(column, first) + ":"
                                + CellText.reference(column + across - 1, first + down - 1)));
            }
            text.setLength(0);
            paragraphs = 0;
            if (type != null && column >= maxColumns) {
                throw new SheetHandler.Stop(new FileRejectedException(
                        "intake.file.too-many-columns", maxColumns, CellText.reference(column, rowNumber + 1)));
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inParagraph) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!inWanted) {
                return;
            }
            if (!TABLE.equals(uri)) {
                if ("p".equals(localName)) {
                    inParagraph = false;
                }
                return;
            }
            switch (localName) {
                case "table-cell", "covered-table-cell" -> endCell();
                case "table-row" -> endRow();
                case "table" -> inWanted = false;
                default -> {}
            }
        }

        private void endCell() throws SAXException {
            RawCell cell = cell(column, rowNumber + 1);
            if (cell instanceof RawCell.Blank) {
                column += columnRepeat; // blank repeats only move on: trailing blanks are often repeated thousands of
                // times
                return;
            }
            if (column + columnRepeat > maxColumns) {
                throw new SheetHandler.Stop(new FileRejectedException(
                        "intake.file.too-many-columns", maxColumns, CellText.reference(maxColumns, rowNumber + 1)));
            }
            for (int i = 0; i < columnRepeat; i++) {
                while (row.size() < column) {
                    row.add(new RawCell.Blank(row.size(), rowNumber + 1));
                }
                row.add(cell(column, rowNumber + 1));
                column++;
            }
        }

        private void endRow() throws SAXException {
            boolean blank = row.isEmpty();
            int times = blank ? 1 : rowRepeat;
            for (int i = 0; i < times; i++) {
                rowNumber++;
                if (!blank && !table.hasRowProblem()) {
                    List<RawCell> cells = i == 0
                            ? row
                            : row.stream().map(c -> moved(c, rowNumber)).toList();
                    try {
                        table.offer(rowNumber, cells);
                    } catch (FileRejectedException e) {
                        throw new SheetHandler.Stop(e);
                    }
                }
            }
            if (blank) {
                rowNumber += rowRepeat - 1;
            }
        }

        private RawCell cell(int at, int rowNumber) {
            String shown = CellText.clean(text.toString());
            return switch (type == null ? "" : type) {
                case "" -> new RawCell.Blank(at, rowNumber);
                case "string" ->
                    shown.isEmpty() ? new RawCell.Blank(at, rowNumber) : new RawCell.Text(at, rowNumber, shown);
                case "date" ->
                    new RawCell.Date(
                            at, rowNumber, LocalDate.parse(String.valueOf(value).substring(0, 10)));
                case "boolean" -> new RawCell.Bool(at, rowNumber, "true".equals(value));
                default -> value == null ? new RawCell.Blank(at, rowNumber) : number(at, rowNumber, value);
            };
        }

        private static RawCell number(int column, int row, String value) {
            BigDecimal exact = new BigDecimal(value.strip()).stripTrailingZeros();
            return new RawCell.Number(column, row, exact.scale() < 0 ? exact.setScale(0) : exact);
        }

        private static RawCell moved(RawCell cell, int row) {
            return switch (cell) {
                case RawCell.Text t -> new RawCell.Text(t.column(), row, t.value());
                case RawCell.Number n -> new RawCell.Number(n.column(), row, n.value());
                case RawCell.Date d -> new RawCell.Date(d.column(), row, d.value());
                case RawCell.Bool b -> new RawCell.Bool(b.column(), row, b.value());
                case RawCell.Blank b -> new RawCell.Blank(b.column(), row);
            };
        }

        private static int count(@Nullable String value) {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        }
    }
}
