package vn.bca.antq.intake.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.bca.antq.intake.RowsCorpusGenerator;

/**
 * Writes the corpus under src/test/resources/intake/files (run once: {@code java … CorpusGenerator [directory]}); the
 * files are committed, this class only documents and rebuilds how each was made. Legacy-encoded CSVs are encoded by
 * hand from the code charts of TCVN3 and VNI (Java has no charset for them).
 */
public final class CorpusGenerator {

    static final String HEADER = "Mã đơn vị,Tên đơn vị,Số mô hình,Ngày báo cáo";
    static final String VALID_CSV =
            HEADER + "\r\n01,Thành phố Hà Nội,1.234,19/08/2022\r\n79,\"Thành phố Hồ Chí Minh\",12,20/08/2022\r\n";
    private static final String LEGACY_CSV =
            "Mã đơn vị,Tên đơn vị,Số mô hình\r\n01,Hà Nội,12\r\n79,Thành phố Hồ Chí Minh,30\r\n";

    private final Path directory;

    private CorpusGenerator(Path directory) {
        this.directory = directory;
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "src/test/resources/intake/files");
        Files.createDirectories(directory);
        new CorpusGenerator(directory).writeAll();
    }

    private void writeAll() throws Exception {
        // valid
        write("utf8-bom.csv", concat(bytes(0xEF, 0xBB, 0xBF), VALID_CSV.getBytes(StandardCharsets.UTF_8)));
        write("utf8-no-bom.csv", VALID_CSV.getBytes(StandardCharsets.UTF_8));
        write(
                "utf16le-bom-tab.txt",
                concat(bytes(0xFF, 0xFE), VALID_CSV.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE)));
        write("utf16be-bom.csv", concat(bytes(0xFE, 0xFF), VALID_CSV.getBytes(StandardCharsets.UTF_16BE)));
        write("utf16le-no-bom.csv", VALID_CSV.getBytes(StandardCharsets.UTF_16LE));
        write(
                "semicolon-quoted.csv",
                ("Mã đơn vị;Tên đơn vị;Ghi chú\n"
                                + "01;\u00A0Hà Nội\u00A0;\"dòng 1\ndòng 2; còn nữa\"\n"
                                + "\n;;\n"
                                + "33;" + Normalizer.normalize("Hưng Yên", Normalizer.Form.NFD)
                                + ";\"nói \"\"tốt\"\"\"\n")
                        .getBytes(StandardCharsets.UTF_8));
        byte[] data = dataWorkbook();
        write("data.xlsx", data);
        write("workbook-named.csv", data);
        write("csv-named.xlsx", VALID_CSV.getBytes(StandardCharsets.UTF_8));

        // empty
        write("empty.csv", new byte[0]);
        write("whitespace-only.csv", " \r\n\t \n\u00A0".getBytes(StandardCharsets.UTF_8));
        write("bom-only.csv", bytes(0xEF, 0xBB, 0xBF));
        write("header-only.csv", (HEADER + "\r\n\r\n,,,\r\n").getBytes(StandardCharsets.UTF_8));
        write("header-only.xlsx", workbook(wb -> header(wb.createSheet("Dữ liệu"))));
        write("no-rows.xlsx", workbook(wb -> wb.createSheet("Data")));

        // not a spreadsheet
        write(
                "report.xlsx",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
        write(
                "picture.xlsx",
                concat(
                        bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D),
                        "IHDR".getBytes(StandardCharsets.US_ASCII),
                        new byte[13]));
        write(
                "program.xlsx",
                concat(
                        "MZ".getBytes(StandardCharsets.US_ASCII),
                        new byte[58],
                        bytes(0x80, 0, 0, 0),
                        "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII)));
        write("random.xlsx", randomBytes());
        write("archive.xlsx", zip(Map.of("readme.txt", "không phải bảng tính".getBytes(StandardCharsets.UTF_8))));
        write(
                "letter.docx.xlsx",
                zip(Map.of(
                        "[Content_Types].xml",
                        "<Types/>".getBytes(StandardCharsets.UTF_8),
                        "word/document.xml",
                        "<document/>".getBytes(StandardCharsets.UTF_8))));
        write("compressed.csv", gzip(VALID_CSV.getBytes(StandardCharsets.UTF_8)));
        write(
                "web-page.xls",
                "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>Mã đơn vị</td></tr></table></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        write("old-format.xls", oldFormat());
        write(
                "binary.xlsb",
                zip(Map.of(
                        "[Content_Types].xml",
                        "<Types/>".getBytes(StandardCharsets.UTF_8),
                        "xl/workbook.bin",
                        new byte[16])));
        write("open-document.ods", RowsCorpusGenerator.ods("""
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
                <office:body><office:spreadsheet><table:table table:name="Dữ liệu">
                <table:table-row><table:table-cell office:value-type="string"><text:p>Mã đơn vị</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>Tên đơn vị</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>Số mô hình</text:p></table:table-cell></table:table-row>
                <table:table-row><table:table-cell office:value-type="string"><text:p>01</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>Hà Nội</text:p></table:table-cell>
                <table:table-cell office:value-type="float" office:value="1234"><text:p>1.234</text:p></table:table-cell></table:table-row>
                </table:table></office:spreadsheet></office:body></office:document-content>"""));
        write("password.xlsx", encrypted(data));
        write("macros.xlsm", withMacros(data));

        // broken or hostile workbooks
        write("truncated.xlsx", java.util.Arrays.copyOf(data, data.length / 2));
        write(
                "corrupt-xml.xlsx",
                replace(
                        data,
                        "xl/worksheets/sheet2.xml",
                        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"".getBytes(StandardCharsets.UTF_8)));
        write("zip-bomb.xlsx", replace(data, "xl/worksheets/sheet2.xml", zipBombSheet()));
        write("xxe.xlsx", replace(data, "xl/worksheets/sheet2.xml", xxeSheet()));
        write("far-cell.xlsx", replace(data, "xl/worksheets/sheet2.xml", farCellSheet()));
        write("wide-header.csv", HostileUploads.wideCsv(2_000, 2));
        write("hidden-sheet.xlsx", workbook(wb -> {
            filled(wb.createSheet("Dữ liệu"));
            filled(wb.createSheet("Ẩn"));
            wb.setSheetHidden(1, true);
        }));
        write("very-hidden-sheet.xlsx", workbook(wb -> {
            filled(wb.createSheet("Data"));
            filled(wb.createSheet("Tính toán"));
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
        }));
        write("merged-cells.xlsx", workbook(wb -> {
            Sheet sheet = filled(wb.createSheet("Dữ liệu"));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 3, 3));
        }));
        write("formulas.xlsx", workbook(wb -> {
            Sheet sheet = filled(wb.createSheet("Dữ liệu"));
            sheet.getRow(4).createCell(3).setCellFormula("C5*2");
            sheet.getRow(5).createCell(3).setCellFormula("C6*2");
        }));
        write(
                "extra-cells.xlsx",
                workbook(wb ->
                        filled(wb.createSheet("Data")).getRow(3).createCell(5).setCellValue("ghi chú lạc")));
        write("duplicate-headers.xlsx", workbook(wb -> {
            Sheet sheet = filled(wb.createSheet("Data"));
            sheet.getRow(0).createCell(4).setCellValue("Ten don vi");
        }));

        // text files that are not UTF-8, or broken
        write("windows-1258.csv", windows1258(LEGACY_CSV));
        write("tcvn3.csv", legacy(LEGACY_CSV, TCVN3));
        write("vni.csv", legacy(LEGACY_CSV, VNI));
        write(
                "letters-lost.csv",
                LEGACY_CSV.getBytes(
                        Charset.forName("windows-1252"))); // Java, like Excel, writes "?" for what the charset lacks
        write("windows-1252.csv", "Name,City\r\nJosé,Café\r\n".getBytes(Charset.forName("windows-1252")));
        write("bom-then-legacy.csv", concat(bytes(0xEF, 0xBB, 0xBF), legacy(LEGACY_CSV, TCVN3)));
        write(
                "broken-utf16.csv",
                concat(
                        bytes(0xFF, 0xFE),
                        "Mã,Tên\r\n01,".getBytes(StandardCharsets.UTF_16LE),
                        bytes(0x00, 0xD8, 'A', 0)));
        write("nul-bytes.csv", (HEADER + "\r\n01,Hà\0Nội,1,19/08/2022\r\n").getBytes(StandardCharsets.UTF_8));
        write(
                "extra-cells.csv",
                (HEADER + "\r\n01,Hà Nội,1,19/08/2022\r\n79,Hồ Chí Minh,2,20/08/2022,thừa\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        write(
                "duplicate-headers.csv",
                "Mã đơn vị,Tên đơn vị,Ten don vi\r\n01,Hà Nội,Ha Noi\r\n".getBytes(StandardCharsets.UTF_8));
        write("blank-header.csv", "Mã đơn vị,,Số mô hình\r\n01,Hà Nội,1\r\n".getBytes(StandardCharsets.UTF_8));
        write(
                "bad-quotes.csv",
                (HEADER + "\r\n01,\"Hà Nội,1,19/08/2022\r\n79,Hồ Chí Minh,2,20/08/2022\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** Two sheets: instructions first, then "Dữ liệu" with text, numbers, a date, a boolean, text with a number in it, a blank row. */
    private static byte[] dataWorkbook() throws IOException {
        return workbook(wb -> {
            wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền số liệu vào trang Dữ liệu.");
            Sheet sheet = wb.createSheet("Dữ liệu");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] names = {"Mã đơn vị", " Tên đơn vị ", "Số mô hình", "Tỷ lệ", "Ngày báo cáo", "Đạt"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("01");
            first.createCell(1).setCellValue("\u00A0Thành phố Hà Nội\u00A0");
            first.createCell(2).setCellValue(1234);
            first.createCell(3).setCellValue(0.1);
            first.createCell(4).setCellValue(LocalDate.of(2022, 8, 19));
            first.getCell(4).setCellStyle(date);
            first.createCell(5).setCellValue(true);
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("33");
            second.createCell(1).setCellValue(Normalizer.normalize("Hưng Yên", Normalizer.Form.NFD));
            second.createCell(2).setCellValue("1.234");
            second.createCell(3).setCellValue(0.1 + 0.2);
            sheet.createRow(3).createCell(1).setCellValue("   ");
            Row fourth = sheet.createRow(4);
            fourth.createCell(0).setCellValue("79");
            fourth.createCell(2).setCellValue(97.37);
            fourth.createCell(4).setCellValue(LocalDate.of(2025, 7, 1));
            fourth.getCell(4).setCellStyle(date);
            fourth.createCell(5).setCellValue(false);
        });
    }

    /** Header and five rows of values in A1:D6. */
    private static Sheet filled(Sheet sheet) {
        header(sheet);
        for (int r = 1; r <= 5; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(String.format("%02d", r));
            row.createCell(1).setCellValue("Đơn vị " + r);
            row.createCell(2).setCellValue(r * 10);
        }
        return sheet;
    }

    private static Sheet header(Sheet sheet) {
        Row row = sheet.createRow(0);
        String[] names = HEADER.split(",");
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
        return sheet;
    }

    interface Filler {
        void fill(Workbook workbook) throws IOException;
    }

    static byte[] workbook(Filler filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] oldFormat() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filled(workbook.createSheet("Dữ liệu"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** What Excel writes for "Protect with password": the workbook encrypted inside an OLE2 "EncryptedPackage". */
    private static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A macro-enabled workbook: the main part's content type says so and the VBA project is in xl/vbaProject.bin. */
    private static byte[] withMacros(byte[] xlsx) throws IOException {
        Map<String, byte[]> entries = entries(xlsx);
        String types = new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace(
                        "<Default Extension=\"xml\"",
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default Extension=\"xml\"");
        entries.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        entries.put("xl/vbaProject.bin", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));
        return zip(entries);
    }

    /** A valid sheet whose XML is padded with 8 MB of spaces: about 8 KB packed, a ratio of 1:1000. */
    private static byte[] zipBombSheet() {
        String start = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        return (start + " ".repeat(8 * 1024 * 1024) + "</sheetData></worksheet>").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * One cell at ZZZZZZ3 and nothing else: 4 KB that once made the reader pad row 3 with 321 million blank cells and
     * run the server out of memory.
     */
    private static byte[] farCellSheet() {
        return ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"3\"><c r=\"ZZZZZZ3\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                        + "</sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An inline string that would read the machine's /etc/passwd if the parser resolved external entities. */
    private static byte[] xxeSheet() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã đơn vị</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>"
                        + "</sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[2048];
        new Random(6).nextBytes(bytes);
        bytes[0] = 0x13;
        return bytes;
    }

    // Hand-made encoders: Windows-1258 via the JDK (tone marks as separate combining bytes), TCVN3 and VNI from their
    // charts.

    private static final Map<Character, String> TCVN3 = Map.ofEntries(
            Map.entry('ã', "\u00B7"),
            Map.entry('đ', "\u00AE"),
            Map.entry('ơ', "\u00AC"),
            Map.entry('ị', "\u00DE"),
            Map.entry('ê', "\u00AA"),
            Map.entry('ố', "\u00E8"),
            Map.entry('ô', "\u00AB"),
            Map.entry('ì', "\u00D7"),
            Map.entry('à', "\u00B5"),
            Map.entry('ộ', "\u00E9"),
            Map.entry('ồ', "\u00E5"),
            Map.entry('í', "\u00DD"));
    private static final Map<Character, String> VNI = Map.ofEntries(
            Map.entry('ã', "a\u00F5"),
            Map.entry('đ', "\u00F1"),
            Map.entry('ơ', "\u00F4"),
            Map.entry('ị', "\u00F2"),
            Map.entry('ê', "e\u00E2"),
            Map.entry('ố', "o\u00E1"),
            Map.entry('ô', "o\u00E2"),
            Map.entry('ì', "\u00EC"),
            Map.entry('à', "a\u00F8"),
            Map.entry('ộ', "o\u00E4"),
            Map.entry('ồ', "o\u00E0"),
            Map.entry('í', "\u00ED"));

    private static byte[] legacy(String text, Map<Character, String> chart) {
        StringBuilder encoded = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                encoded.append(c);
            } else if (chart.containsKey(c)) {
                encoded.append(chart.get(c));
            } else {
                throw new IllegalArgumentException("no code for " + c);
            }
        }
        return encoded.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Windows-1258 has â ê ô ơ ư đ as letters and the five tones as combining marks: decompose, then encode. */
    private static byte[] windows1258(String text) {
        Charset charset = Charset.forName("windows-1258");
        StringBuilder encodable = new StringBuilder();
        for (char c : text.toCharArray()) {
            String s = String.valueOf(c);
            if (!charset.newEncoder().canEncode(c)) {
                String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
                String tone = decomposed.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
                String base = Normalizer.normalize(
                        decomposed.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), Normalizer.Form.NFC);
                s = base + tone;
            }
            encodable.append(s);
        }
        byte[] bytes = encodable.toString().getBytes(charset);
        String back = Normalizer.normalize(new String(bytes, charset), Normalizer.Form.NFC);
        if (!back.equals(text)) {
            throw new IllegalStateException("Windows-1258 round trip failed: " + back);
        }
        return bytes;
    }

    // Zip helpers.

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] replace(byte[] zip, String name, byte[] content) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        if (entries.put(name, content) == null) {
            throw new IllegalArgumentException("no entry " + name);
        }
        return zip(entries);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private void write(String name, byte[] content) throws IOException {
        Files.write(directory.resolve(name), content);
    }
}
