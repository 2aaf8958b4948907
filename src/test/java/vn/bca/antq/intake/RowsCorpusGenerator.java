package vn.bca.antq.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbooks of the row-level corpus (src/test/resources/intake/rows) the way offices make them: Hưng Yên's
 * safety figures for 2026 with the habits of real spreadsheets. Run once ({@code java … RowsCorpusGenerator
 * [directory]}); the files are committed, this class documents and rebuilds how each was made. Formulas are
 * evaluated before saving, as Excel and LibreOffice do, so each formula cell carries its computed value.
 */
public final class RowsCorpusGenerator {

    static final List<String> HEADER = List.of(
            "Mã đơn vị",
            "Tên đơn vị",
            "Khu dân cư – tổng số",
            "Khu dân cư – đạt chuẩn",
            "Xã, phường, thị trấn – tổng số",
            "Xã, phường, thị trấn – đạt chuẩn",
            "Cơ quan – tổng số",
            "Cơ quan – đạt chuẩn",
            "Doanh nghiệp – tổng số",
            "Doanh nghiệp – đạt chuẩn",
            "Nhà trường – tổng số",
            "Nhà trường – đạt chuẩn",
            "Ngày đánh giá");
    static final List<List<Object>> ROWS = List.of(
            List.of("11953", "Phường Phố Hiến", 24, 23, 1, 1, 12, 12, 40, 38, 9, 9, "15/11/2026"),
            List.of("11977", "Xã Tân Hưng", 18, 17, 1, 1, 5, 5, 22, 20, 6, 6, "15/11/2026"));

    private RowsCorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "src/test/resources/intake/rows");
        Files.write(directory.resolve("safety-sheet-moved.xlsx"), sheetMoved());
        Files.write(directory.resolve("safety-title-and-totals.xlsx"), titleAndTotals());
        Files.write(directory.resolve("safety-formula-values.xlsx"), formulaValues());
        Files.write(directory.resolve("safety-old-excel.xls"), oldExcel());
        Files.write(directory.resolve("safety-libreoffice.ods"), libreOffice());
    }

    /** What Excel 97–2003 saves (.xls, BIFF8): an instructions sheet, then the data with a formula. */
    static byte[] oldExcel() throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền số liệu vào trang Dữ liệu.");
            int last = table(wb.createSheet("Dữ liệu"), 0);
            wb.getSheetAt(1).getRow(last).getCell(3).setCellFormula("C" + (last + 1) + "-1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return bytes(wb);
        }
    }

    /**
     * What LibreOffice Calc saves (.ods): the data sheet after an instructions sheet, numbers as floats with their
     * text, the date as a date value, a formula with its value, trailing cells and rows repeated to the sheet's end.
     */
    static byte[] libreOffice() throws IOException {
        StringBuilder data = new StringBuilder();
        data.append(odsRow(HEADER.stream().<Object>map(h -> h).toList(), ""));
        for (int r = 0; r < ROWS.size(); r++) {
            List<Object> values = new ArrayList<>(ROWS.get(r));
            values.set(values.size() - 1, LocalDate.of(2026, 11, 15));
            data.append(odsRow(values, r == 0 ? "" : "of:=[.C" + (r + 2) + "]-1"));
        }
        data.append(
                "<table:table-row table:number-rows-repeated=\"1048573\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3">
                <office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style></office:automatic-styles>
                <office:body><office:spreadsheet>
                <table:table table:name="Hướng dẫn" table:style-name="ta1"><table:table-row><table:table-cell office:value-type="string"><text:p>Điền số liệu vào trang Dữ liệu.</text:p></table:table-cell></table:table-row></table:table>
                <table:table table:name="Dữ liệu" table:style-name="ta1">%s</table:table>
                </office:spreadsheet></office:body></office:document-content>
                """.formatted(data);
        return ods(content);
    }

    private static String odsRow(List<Object> values, String formulaOfD) {
        StringBuilder row = new StringBuilder("<table:table-row>");
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            String formula = i == 3 && !formulaOfD.isEmpty() ? " table:formula=\"" + formulaOfD + "\"" : "";
            row.append(
                    switch (value) {
                        case Integer n ->
                            "<table:table-cell office:value-type=\"float\" office:value=\""
                                    + (i == 3 && !formulaOfD.isEmpty() ? (Integer) values.get(2) - 1 : n) + "\""
                                    + formula + "><text:p>" + n + "</text:p></table:table-cell>";
                        case LocalDate d ->
                            "<table:table-cell office:value-type=\"date\" office:date-value=\"" + d
                                    + "\"><text:p>15/11/2026</text:p></table:table-cell>";
                        default ->
                            "<table:table-cell office:value-type=\"string\"><text:p>" + value
                                    + "</text:p></table:table-cell>";
                    });
        }
        return row.append("<table:table-cell table:number-columns-repeated=\"1011\"/></table:table-row>")
                .toString();
    }

    /** An OpenDocument package: the mimetype entry first and stored, then the content and the manifest. */
    public static byte[] ods(String contentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml.strip().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                    <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>""".strip().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** The data sheet renamed "Sheet3" and moved after the instructions. */
    static byte[] sheetMoved() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet help = wb.createSheet("Hướng dẫn");
            help.createRow(0).createCell(0).setCellValue("Hướng dẫn điền số liệu");
            help.createRow(1).createCell(0).setCellValue("Mã đơn vị: theo danh mục hành chính.");
            help.createRow(2).createCell(0).setCellValue("Số liệu tính đến 31/10.");
            table(wb.createSheet("Sheet3"), 0);
            return bytes(wb);
        }
    }

    /** A report's title and issuer above the header row, and a totals row "Tổng cộng" (merged A:B) of =SUM() formulas. */
    static byte[] titleAndTotals() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Báo cáo");
            sheet.createRow(0)
                    .createCell(0)
                    .setCellValue("BÁO CÁO KẾT QUẢ ĐÁNH GIÁ “AN TOÀN VỀ AN NINH, TRẬT TỰ” NĂM 2026");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 12));
            sheet.createRow(1).createCell(0).setCellValue("Công an tỉnh Hưng Yên");
            int last = table(sheet, 3);
            Row totals = sheet.createRow(last + 1);
            totals.createCell(0).setCellValue("Tổng cộng");
            sheet.addMergedRegion(new CellRangeAddress(last + 1, last + 1, 0, 1));
            for (int column = 2; column < 12; column++) {
                String letter = String.valueOf((char) ('A' + column));
                totals.createCell(column).setCellFormula("SUM(" + letter + "5:" + letter + (last + 1) + ")");
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return bytes(wb);
        }
    }

    /** Recognised counts typed as formulas (total minus the units that failed), saved with their computed values. */
    static byte[] formulaValues() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Dữ liệu");
            int last = table(sheet, 0);
            for (int r = 1; r <= last; r++) {
                sheet.getRow(r).getCell(3).setCellFormula("C" + (r + 1) + "-1");
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return bytes(wb);
        }
    }

    /** The header at row {@code at} (0-based) and the rows under it; the index of the last row. */
    private static int table(Sheet sheet, int at) {
        Row header = sheet.createRow(at);
        for (int i = 0; i < HEADER.size(); i++) {
            header.createCell(i).setCellValue(HEADER.get(i));
        }
        for (int r = 0; r < ROWS.size(); r++) {
            Row row = sheet.createRow(at + 1 + r);
            List<Object> values = ROWS.get(r);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof Integer n) {
                    row.createCell(i).setCellValue(n);
                } else {
                    row.createCell(i).setCellValue((String) values.get(i));
                }
            }
        }
        return at + ROWS.size();
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
