package vn.bca.antq.intake.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files that once took the server down, and their relatives, made when a test needs them (too large to commit):
 * each one is what an attack tried, or the largest file the limits still accept. The small ones are also written into
 * the corpus by {@link CorpusGenerator}.
 */
public final class HostileUploads {

    private static final String SHEET_START =
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";
    private static final int MEGABYTE = 1024 * 1024;

    private HostileUploads() {}

    /**
     * A CSV whose header has {@code columns} columns, then {@code rows} short rows (60,000 × 2,000: 415 KB, which
     * once froze the server for 35 s padding every row to the header's width before running out of memory).
     */
    public static byte[] wideCsv(int columns, int rows) {
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            csv.append(c == 0 ? "" : ",").append("c").append(c);
        }
        csv.append("\r\n");
        for (int r = 0; r < rows; r++) {
            csv.append(r).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A valid workbook plus {@code parts} extra parts of {@code megabytes} each, their sizes declared honestly (the
     * attack: 14 parts of 94 MB in 14.7 MB, which a reader opening the package from a stream inflated every one of).
     */
    public static byte[] extraParts(int parts, int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            workbookParts(zip, SHEET_START + row(1, "Mã đơn vị") + row(2, "01") + SHEET_END);
            byte[] chunk = new byte[MEGABYTE];
            for (int p = 0; p < parts; p++) {
                zip.putNextEntry(new ZipEntry("xl/media/extra" + p + ".bin"));
                for (int m = 0; m < megabytes; m++) {
                    zip.write(chunk);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * A workbook whose data sheet inflates to {@code megabytes} of XML (valid: the rows are padded with comments of
     * random bits, which pack about 1:7, far from a zip bomb's ratio) while its directory entry declares 1 KB.
     */
    public static byte[] lyingSheet(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            workbookParts(zip, null);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write((SHEET_START + row(1, "Mã đơn vị") + row(2, "01")).getBytes(StandardCharsets.UTF_8));
            Random random = new Random(11);
            byte[] comment = new byte[64 * 1024];
            for (long written = 0; written < (long) megabytes * MEGABYTE; written += comment.length + 7) {
                for (int i = 0; i < comment.length; i++) {
                    comment[i] = (byte) (random.nextBoolean() ? '0' : '1');
                }
                zip.write("<!--".getBytes(StandardCharsets.US_ASCII));
                zip.write(comment);
                zip.write("-->".getBytes(StandardCharsets.US_ASCII));
            }
            zip.write(SHEET_END.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return declareSize(out.toByteArray(), "xl/worksheets/sheet1.xml", 1024);
    }

    /** A workbook whose shared-string table holds {@code count} different strings of {@code length} characters. */
    public static byte[] sharedStrings(int count, int length) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            workbookParts(
                    zip,
                    SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>" + SHEET_END);
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer writer = new Writer(zip);
            writer.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            Random random = new Random(7);
            char[] text = new char[length];
            for (int s = 0; s < count; s++) {
                for (int i = 0; i < length; i++) {
                    text[i] = (char) ('a' + random.nextInt(26));
                }
                writer.write("<si><t>" + (s == 0 ? "Mã đơn vị" : new String(text)) + "</t></si>");
            }
            writer.write("</sst>");
            writer.flush();
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A workbook with {@code count} entries besides its own parts. */
    public static byte[] manyEntries(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            workbookParts(zip, SHEET_START + row(1, "Mã đơn vị") + row(2, "01") + SHEET_END);
            for (int e = 0; e < count; e++) {
                zip.putNextEntry(new ZipEntry("xl/media/e" + e));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * The largest CSV the limits accept: Vietnamese text in four columns, as many rows and as long cells as the cell,
     * character and size limits allow together.
     */
    public static byte[] largestCsv(UploadLimits limits) {
        StringBuilder csv = new StringBuilder("Mã đơn vị,Tên đơn vị,Địa điểm,Ghi chú\r\n");
        long bytes = csv.toString().getBytes(StandardCharsets.UTF_8).length;
        int rows = limits.maxCells() / 4 - 1;
        int cellChars = (int) Math.min(60, limits.maxTextChars() / limits.maxCells());
        String[] words = {"Thôn", "Đông", "Xã", "Hưng", "Yên", "Phường", "Bình", "Mỹ", "Lộc", "Hòa", "Tổ", "dân", "phố"
        };
        Random random = new Random(3);
        for (int r = 0; r < rows; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < 4; c++) {
                StringBuilder cell = new StringBuilder();
                while (cell.length() < cellChars - 6) {
                    cell.append(words[random.nextInt(words.length)]).append(' ');
                }
                cell.append(r);
                row.append(c == 0 ? "" : ",").append(cell, 0, Math.min(cell.length(), cellChars));
            }
            row.append("\r\n");
            bytes += row.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > limits.maxFileBytes().toBytes()) {
                break;
            }
            csv.append(row);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The largest workbook the default cell limit accepts: twelve columns, the first two text, the rest numbers. */
    public static byte[] largestWorkbook(UploadLimits limits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            workbookParts(zip, null);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer writer = new Writer(zip);
            writer.write(SHEET_START);
            int rows = limits.maxCells() / 12 - 1;
            for (int r = 1; r <= rows + 1; r++) {
                writer.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 12; c++) {
                    String ref = CellText.reference(c, r);
                    if (r == 1) {
                        writer.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>Cột " + c + "</t></is></c>");
                    } else if (c < 2) {
                        writer.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>Thôn Đông số " + r * (c + 1)
                                + "</t></is></c>");
                    } else {
                        writer.write("<c r=\"" + ref + "\"><v>" + (r * 31 + c) + "</v></c>");
                    }
                }
                writer.write("</row>");
            }
            writer.write(SHEET_END);
            writer.flush();
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** An Excel 97–2003 workbook of {@code rows} rows shaped like the largest XLSX: two text columns, ten numbers. */
    public static byte[] oldWorkbook(int rows) throws IOException {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Dữ liệu");
            for (int r = 0; r <= rows; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < 12; c++) {
                    if (r == 0) {
                        row.createCell(c).setCellValue("Cột " + c);
                    } else if (c < 2) {
                        row.createCell(c).setCellValue("Thôn Đông số " + (r + 1) * (c + 1));
                    } else {
                        row.createCell(c).setCellValue((r + 1) * 31 + c);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument sheet: a header, then one row of {@code cells} filled cells repeated {@code times} times. */
    public static byte[] repeatedOds(int cells, int times) throws IOException {
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < Math.min(cells, 64); c++) {
            header.append("<table:table-cell office:value-type=\"string\"><text:p>Cột ")
                    .append(c)
                    .append("</text:p></table:table-cell>");
        }
        return vn.bca.antq.intake.RowsCorpusGenerator.ods("""
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
                <office:body><office:spreadsheet><table:table table:name="Data">
                <table:table-row>%s</table:table-row>
                <table:table-row table:number-rows-repeated="%d"><table:table-cell table:number-columns-repeated="%d" office:value-type="float"
                  office:value="7"><text:p>7</text:p></table:table-cell></table:table-row>
                </table:table></office:spreadsheet></office:body></office:document-content>""".formatted(header, times, cells));
    }

    private static String row(int r, String text) {
        return "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>";
    }

    /** The parts every workbook has; the data sheet's XML when given, else the caller writes it. */
    private static void workbookParts(ZipOutputStream zip, String sheet) throws IOException {
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        entry(
                zip,
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        entry(
                zip,
                "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry(
                zip,
                "xl/workbook.xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                        + "<sheet name=\"Dữ liệu\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry(
                zip,
                "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + "</Relationships>");
        if (sheet != null) {
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Rewrites the uncompressed size that the central directory declares for one entry. */
    private static byte[] declareSize(byte[] zip, String name, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (buffer.getInt(i) == 0x02014b50
                    && buffer.getShort(i + 28) == wanted.length
                    && new String(zip, i + 46, wanted.length, StandardCharsets.UTF_8).equals(name)) {
                buffer.putInt(i + 24, size);
                return zip;
            }
        }
        throw new IllegalArgumentException("no directory entry " + name);
    }

    /** UTF-8 text into a zip entry through a buffer, so that large parts are never one string. */
    private static final class Writer {
        private final OutputStream out;
        private final StringBuilder buffer = new StringBuilder();

        Writer(OutputStream out) {
            this.out = out;
        }

        void write(String text) throws IOException {
            buffer.append(text);
            if (buffer.length() > 256 * 1024) {
                flush();
            }
        }

        void flush() throws IOException {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
    }
}
