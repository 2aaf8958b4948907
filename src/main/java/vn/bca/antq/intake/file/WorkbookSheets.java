package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.bca.antq.base.text.VietnameseText;

/** The sheets a workbook lists (workbook.xml) in their order, whether each is hidden, and its date system. */
record WorkbookSheets(List<Sheet> sheets, boolean date1904) {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final List<String> DATA_SHEET_NAMES = List.of("du lieu", "data");

    record Sheet(String name, String relationId, boolean hidden) {}

    /** Parsed with POI's hardened parser: no DOCTYPE, so no external entity is ever fetched. */
    static WorkbookSheets parse(InputStream workbookXml)
            throws IOException, SAXException, ParserConfigurationException {
        List<Sheet> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        var reader = XMLHelper.newXMLReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "sheet" ->
                        sheets.add(new Sheet(
                                String.valueOf(attributes.getValue("name")),
                                String.valueOf(attributes.getValue(RELATIONSHIPS, "id")),
                                attributes.getValue("state") != null
                                        && !"visible".equals(attributes.getValue("state"))));
                    case "workbookPr" -> date1904[0] = isTrue(attributes.getValue("date1904"));
                    default -> {}
                }
            }
        });
        reader.parse(new InputSource(workbookXml));
        return new WorkbookSheets(List.copyOf(sheets), date1904[0]);
    }

    /** How one sheet is read, looking for the header row {@code isHeader} accepts. */
    @FunctionalInterface
    interface SheetReader {
        RawTable read(Sheet sheet, Predicate<List<String>> isHeader) throws Exception;
    }

    /** Hidden sheets are refused: figures nobody sees on screen must not be what is stored. */
    void refuseHidden() throws FileRejectedException {
        List<String> hidden = sheets.stream()
                .filter(Sheet::hidden)
                .map(sheet -> "“" + sheet.name() + "”")
                .toList();
        if (!hidden.isEmpty()) {
            throw new FileRejectedException("intake.file.hidden-sheets", String.join(", ", hidden));
        }
    }

    /**
     * The data sheet: the first in {@link #inSearchOrder()} with the header row; when none has it, the sheet named
     * "Dữ liệu"/"Data" (or the first) read as it is, so that the message says which columns it lacks.
     */
    RawTable readDataSheet(SheetReader reader, Predicate<List<String>> isHeader, Deadline deadline) throws Exception {
        refuseHidden();
        for (Sheet sheet : inSearchOrder()) {
            try {
                return withSheetNotice(reader.read(sheet, isHeader));
            } catch (TableBuilder.NoHeaderRow notThisOne) {
                deadline.check();
            }
        }
        return withSheetNotice(reader.read(dataSheet(), cells -> true));
    }

    /** The sheet named "Dữ liệu" or "Data" (any case, with or without diacritics), otherwise the first one. */
    Sheet dataSheet() throws FileRejectedException {
        if (sheets.isEmpty()) {
            throw new FileRejectedException("intake.file.broken");
        }
        return sheets.stream()
                .filter(sheet -> DATA_SHEET_NAMES.contains(VietnameseText.fold(sheet.name())))
                .findFirst()
                .orElse(sheets.getFirst());
    }

    /** The visible sheets in the order the data sheet is looked for: those named "Dữ liệu" or "Data" first. */
    List<Sheet> inSearchOrder() {
        List<Sheet> ordered = new ArrayList<>();
        sheets.stream()
                .filter(sheet -> DATA_SHEET_NAMES.contains(VietnameseText.fold(sheet.name())))
                .forEach(ordered::add);
        sheets.stream()
                .filter(sheet -> !ordered.contains(sheet) && !sheet.hidden())
                .forEach(ordered::add);
        return ordered;
    }

    /** The sheet read, said when the workbook has others: the user sees at once if the wrong one was taken. */
    private RawTable withSheetNotice(RawTable table) {
        if (sheets.size() < 2) {
            return table;
        }
        List<RawTable.Notice> notices = new ArrayList<>(table.notices());
        notices.addFirst(new RawTable.Notice("intake.read.sheet", table.sheetName(), sheets.size()));
        return new RawTable(table.fileName(), table.sheetName(), table.headers(), table.rows(), List.copyOf(notices));
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value);
    }
}
