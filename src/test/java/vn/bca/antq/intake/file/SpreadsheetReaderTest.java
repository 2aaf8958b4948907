package vn.bca.antq.intake.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/**
 * Every file of the corpus (src/test/resources/intake/files, listed with its expected outcome in EXPECTED.tsv) is read
 * or refused with the expected reason; the limits hold for streams; a large workbook reads fast.
 */
class SpreadsheetReaderTest {

    private static final Path CORPUS = Path.of("src/test/resources/intake/files");
    private static final List<String> CSV_HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Số mô hình", "Ngày báo cáo");

    private final SpreadsheetReader reader = new SpreadsheetReader(
            UploadLimits.defaults().withMaxFileBytes(DataSize.ofMegabytes(20)).withMaxRows(100_000));

    record Expectation(String file, String key, String what, String argument) {
        @Override
        public String toString() {
            return file + " → " + key;
        }
    }

    static List<Expectation> expectations() throws IOException {
        return Files.readAllLines(CORPUS.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(f -> new Expectation(f[0], f[1], f[2], f.length > 3 ? f[3] : ""))
                .toList();
    }

    static Stream<Arguments> refused() throws IOException {
        return expectations().stream().filter(e -> !e.key().equals("OK")).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesEachMalformedOrHostileFileWithItsReason(Expectation expected) throws IOException {
        FileRejectedException refusal = catchThrowableOfType(
                FileRejectedException.class,
                () -> reader.read(expected.file(), Files.readAllBytes(CORPUS.resolve(expected.file()))));

        assertThat(refusal).as(expected.what()).isNotNull();
        assertThat(refusal.messageKey()).as(expected.what()).isEqualTo(expected.key());
        if (!expected.argument().isEmpty()) {
            assertThat(String.valueOf(refusal.arguments()[0])).isEqualTo(expected.argument());
        }
    }

    @Test
    void theCorpusHoldsEveryCaseAndOnlyListedFiles() throws IOException {
        Set<String> listed = expectations().stream().map(Expectation::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> !name.equals("EXPECTED.tsv")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(expectations().stream().filter(e -> !e.key().equals("OK")).count())
                .isGreaterThanOrEqualTo(30);
        for (String file : listed) {
            assertThat(Files.size(CORPUS.resolve(file))).as(file).isLessThan(16 * 1024);
        }
    }

    @Test
    void csvFilesInEveryAcceptedEncodingGiveTheSameTable() throws Exception {
        for (String file : List.of(
                "utf8-bom.csv",
                "utf8-no-bom.csv",
                "utf16le-bom-tab.txt",
                "utf16be-bom.csv",
                "utf16le-no-bom.csv",
                "csv-named.xlsx")) {
            RawTable table = read(file);

            assertThat(table.headers()).as(file).isEqualTo(CSV_HEADERS);
            assertThat(table.rows())
                    .as(file)
                    .extracting(RawTable.Row::rowNumber)
                    .containsExactly(2, 3);
            assertThat(table.rows().getFirst().cells())
                    .as(file)
                    .containsExactly(
                            new RawCell.Text("A2", "01"), new RawCell.Text("B2", "Thành phố Hà Nội"),
                            new RawCell.Text("C2", "1.234"), new RawCell.Text("D2", "19/08/2022"));
            assertThat(table.rows().get(1).cells().get(1))
                    .as(file)
                    .isEqualTo(new RawCell.Text("B3", "Thành phố Hồ Chí Minh"));
        }
    }

    @Test
    void csvWithSemicolonsQuotedLineBreaksAndBlankRows() throws Exception {
        RawTable table = read("semicolon-quoted.csv");

        assertThat(table.sheetName()).isEqualTo("semicolon-quoted");
        assertThat(table.headers()).containsExactly("Mã đơn vị", "Tên đơn vị", "Ghi chú");
        assertThat(table.rows()).extracting(RawTable.Row::rowNumber).containsExactly(2, 5);
        assertThat(table.rows().getFirst().cells())
                .containsExactly(
                        new RawCell.Text("A2", "01"),
                        new RawCell.Text("B2", "Hà Nội"),
                        new RawCell.Text("C2", "dòng 1\ndòng 2; còn nữa"));
        assertThat(table.rows().get(1).cells())
                .containsExactly(
                        new RawCell.Text("A5", "33"),
                        new RawCell.Text("B5", "Hưng Yên"),
                        new RawCell.Text("C5", "nói \"tốt\""));
    }

    @Test
    void excelsSeparatorLineNamesTheSeparatorAndIsNoRow() throws Exception {
        byte[] csv = ("sep=|\r\n" + CorpusGenerator.VALID_CSV.replace(',', '|')).getBytes(StandardCharsets.UTF_8);

        RawTable table = reader.read("sep.csv", csv);

        assertThat(table.headers()).isEqualTo(CSV_HEADERS);
        assertThat(table.rows()).extracting(RawTable.Row::rowNumber).containsExactly(2, 3);
        assertThat(table.rows().getFirst().cells().get(1)).isEqualTo(new RawCell.Text("B2", "Thành phố Hà Nội"));
    }

    @Test
    void aSmallSizeLimitIsNamedInDecimalMegabytes() {
        SpreadsheetReader halfMegabyte = new SpreadsheetReader(UploadLimits.defaults()
                .withMaxFileBytes(DataSize.ofKilobytes(512))
                .withMaxRows(100_000));

        FileRejectedException refusal = catchThrowableOfType(
                FileRejectedException.class, () -> halfMegabyte.read("big.csv", new byte[600 * 1024]));

        assertThat(refusal.arguments()).containsExactly(new BigDecimal("0.5"));
        assertThat(new MessageFormat("{0} MB", Locale.forLanguageTag("vi")).format(refusal.arguments()))
                .isEqualTo("0,5 MB");
    }

    @Test
    void workbookCellsKeepTheirTypesAndExcelRowNumbers() throws Exception {
        for (String file : List.of("data.xlsx", "workbook-named.csv")) {
            RawTable table = read(file);

            assertThat(table.sheetName()).isEqualTo("Dữ liệu");
            assertThat(table.headers())
                    .containsExactly("Mã đơn vị", "Tên đơn vị", "Số mô hình", "Tỷ lệ", "Ngày báo cáo", "Đạt");
            assertThat(table.rows()).extracting(RawTable.Row::rowNumber).containsExactly(2, 3, 5);
            assertThat(table.rows().get(0).cells())
                    .containsExactly(
                            new RawCell.Text("A2", "01"),
                            new RawCell.Text("B2", "Thành phố Hà Nội"),
                            new RawCell.Number("C2", new BigDecimal("1234")),
                            new RawCell.Number("D2", new BigDecimal("0.1")),
                            new RawCell.Date("E2", LocalDate.of(2022, 8, 19)),
                            new RawCell.Bool("F2", true));
            assertThat(table.rows().get(1).cells())
                    .containsExactly(
                            new RawCell.Text("A3", "33"),
                            new RawCell.Text("B3", "Hưng Yên"),
                            new RawCell.Text("C3", "1.234"),
                            new RawCell.Number("D3", new BigDecimal("0.3")),
                            new RawCell.Blank("E3"),
                            new RawCell.Blank("F3"));
            assertThat(table.rows().get(2).cells())
                    .containsExactly(
                            new RawCell.Text("A5", "79"),
                            new RawCell.Blank("B5"),
                            new RawCell.Number("C5", new BigDecimal("97.37")),
                            new RawCell.Blank("D5"),
                            new RawCell.Date("E5", LocalDate.of(2025, 7, 1)),
                            new RawCell.Bool("F5", false));
        }
    }

    @Test
    void refusalsNameWhatToFix() throws Exception {
        assertThat(refusal("merged-cells.xlsx").arguments()).containsExactly("Dữ liệu", "A3:C3, D5:D6");
        assertThat(refusal("formulas.xlsx").arguments()).containsExactly("Dữ liệu", "D5, D6");
        assertThat(refusal("extra-cells.xlsx").arguments()).containsExactly(4, 6, 4, "F4");
        assertThat(refusal("extra-cells.csv").arguments()).containsExactly(3, 5, 4, "E3");
        assertThat(refusal("duplicate-headers.csv").arguments()).containsExactly(1, "Tên đơn vị / Ten don vi");
        assertThat(refusal("blank-header.csv").arguments()).containsExactly(1, "B1");
        assertThat(refusal("nul-bytes.csv").arguments()).containsExactly(2L);
    }

    @Test
    void theDataSheetIsFoundByNameWithoutDiacriticsOrCase() throws Exception {
        byte[] workbook = CorpusGenerator.workbook(wb -> {
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Không phải dữ liệu");
            Sheet data = wb.createSheet("DU LIEU");
            data.createRow(0).createCell(0).setCellValue("Mã đơn vị");
            data.createRow(1).createCell(0).setCellValue("01");
        });

        RawTable table = reader.read("t.xlsx", workbook);

        assertThat(table.sheetName()).isEqualTo("DU LIEU");
        assertThat(table.rows().getFirst().cells()).containsExactly(new RawCell.Text("A2", "01"));
    }

    @Test
    void emptyCellsBeyondTheHeadersAreNoValues() throws Exception {
        byte[] csv = "Mã,Tên\r\n01,Hà Nội,,\r\n02\r\n".getBytes(StandardCharsets.UTF_8);

        RawTable table = reader.read("t.csv", csv);

        assertThat(table.rows().getFirst().cells())
                .containsExactly(new RawCell.Text("A2", "01"), new RawCell.Text("B2", "Hà Nội"));
        assertThat(table.rows().get(1).cells()).containsExactly(new RawCell.Text("A3", "02"), new RawCell.Blank("B3"));
    }

    @Test
    void manyFormulasAreNamedByTheFirstFive() throws Exception {
        byte[] workbook = CorpusGenerator.workbook(wb -> {
            Sheet sheet = wb.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue("Số");
            for (int r = 1; r <= 7; r++) {
                sheet.createRow(r).createCell(0).setCellFormula("ROW()");
            }
        });

        FileRejectedException refusal =
                catchThrowableOfType(FileRejectedException.class, () -> reader.read("f.xlsx", workbook));

        assertThat(refusal.arguments()).containsExactly("Data", "A2, A3, A4, A5, A6 …");
    }

    /** The entity points at /etc/passwd: the workbook is refused before any text of it is read, never with its content. */
    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        FileRejectedException refusal = refusal("xxe.xlsx");

        assertThat(refusal.messageKey()).isEqualTo("intake.file.broken");
        assertThat(List.of(refusal.arguments())).isEmpty();
        assertThat(refusal.getMessage()).doesNotContain("root:");
    }

    @Test
    void everyReasonHasAVietnameseAndAnEnglishMessageThatFormats() throws Exception {
        Properties vietnamese = translations("translations_vi.properties");
        Properties english = translations("translations_en.properties");
        Set<String> keys = vietnamese.stringPropertyNames().stream()
                .filter(k -> k.startsWith("intake.file."))
                .collect(Collectors.toSet());
        Set<String> used = expectations().stream()
                .map(Expectation::key)
                .filter(k -> !k.equals("OK"))
                .collect(Collectors.toSet());
        used.addAll(List.of(
                "intake.file.too-large",
                "intake.file.no-header-row",
                "intake.file.too-many-rows",
                "intake.file.too-many-cells",
                "intake.file.too-much-text",
                "intake.file.part-too-large",
                "intake.file.unpacked-too-large",
                "intake.file.too-many-parts",
                "intake.file.too-slow"));

        assertThat(keys).containsExactlyInAnyOrderElementsOf(used);
        assertThat(english.stringPropertyNames()).containsAll(keys);
        for (String key : keys) {
            Object[] samples = {3, 5, 4, "E3"};
            assertThat(new MessageFormat(vietnamese.getProperty(key), Locale.forLanguageTag("vi")).format(samples))
                    .as(key)
                    .doesNotContain("{")
                    .matches(".*(Hãy|hãy).*");
            assertThat(new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(samples))
                    .as(key)
                    .doesNotContain("{");
        }
    }

    @Test
    void aHugeUploadIsRefusedWithoutReadingItAll() {
        SpreadsheetReader small = new SpreadsheetReader(UploadLimits.defaults()
                .withMaxFileBytes(DataSize.ofMegabytes(1))
                .withMaxRows(100_000));
        EndlessText upload = new EndlessText();

        FileRejectedException refusal =
                catchThrowableOfType(FileRejectedException.class, () -> small.read("huge.csv", upload));

        assertThat(refusal.messageKey()).isEqualTo("intake.file.too-large");
        assertThat(refusal.arguments()).containsExactly(BigDecimal.ONE);
        assertThat(upload.served).isEqualTo(1024 * 1024 + 1);
    }

    @Test
    void aFileAtTheSizeLimitIsRead() throws Exception {
        SpreadsheetReader small = new SpreadsheetReader(UploadLimits.defaults()
                .withMaxFileBytes(DataSize.ofBytes(VALID_CSV_BYTES.length))
                .withMaxRows(100_000));

        assertThat(small.read("limit.csv", new java.io.ByteArrayInputStream(VALID_CSV_BYTES))
                        .rows())
                .hasSize(2);
        assertThat(catchThrowableOfType(
                                FileRejectedException.class,
                                () -> new SpreadsheetReader(UploadLimits.defaults()
                                                .withMaxFileBytes(DataSize.ofBytes(VALID_CSV_BYTES.length - 1))
                                                .withMaxRows(100_000))
                                        .read("over.csv", VALID_CSV_BYTES))
                        .messageKey())
                .isEqualTo("intake.file.too-large");
    }

    @Test
    void rowsBeyondTheLimitAreRefusedInBothFormats() throws Exception {
        SpreadsheetReader twoRows = new SpreadsheetReader(UploadLimits.defaults()
                .withMaxFileBytes(DataSize.ofMegabytes(1))
                .withMaxRows(2));
        assertThat(twoRows.read("two.csv", VALID_CSV_BYTES).rows()).hasSize(2);

        byte[] threeRows = (CorpusGenerator.VALID_CSV + "80,Long An,3,21/08/2022\r\n").getBytes(StandardCharsets.UTF_8);
        FileRejectedException csv = catchThrowableOfType(
                FileRejectedException.class,
                () -> twoRows.read("three.csv", new java.io.ByteArrayInputStream(threeRows)));
        assertThat(csv.messageKey()).isEqualTo("intake.file.too-many-rows");
        assertThat(csv.arguments()).containsExactly(2);

        FileRejectedException xlsx = catchThrowableOfType(
                FileRejectedException.class,
                () -> new SpreadsheetReader(UploadLimits.defaults()
                                .withMaxFileBytes(DataSize.ofMegabytes(20))
                                .withMaxRows(1_000))
                        .read("big.xlsx", largeWorkbook(20_000, 12)));
        assertThat(xlsx.messageKey()).isEqualTo("intake.file.too-many-rows");
        assertThat(xlsx.arguments()).containsExactly(1_000);
    }

    /**
     * Wall time on a shared 2-core machine is noisy (the first read also waits for the JIT), so both reads are printed
     * with the reading thread's CPU time, and the faster one must stay well under 3 s.
     */
    @Test
    void readsTwentyThousandRowsOfTwelveColumnsWellUnderThreeSeconds() throws Exception {
        byte[] workbook = largeWorkbook(20_000, 12);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fastest = Long.MAX_VALUE;

        for (String run : List.of("first", "second")) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            RawTable table = reader.read("large.xlsx", workbook);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;

            System.out.printf(
                    "Read 20,000 rows x 12 columns (%,d KB XLSX), %s read: %d ms (CPU %d ms)%n",
                    workbook.length / 1024, run, millis, cpuMillis);
            assertThat(table.rows()).hasSize(20_000);
            assertThat(table.rows().getLast().rowNumber()).isEqualTo(20_001);
            assertThat(table.rows().getLast().cells().get(11))
                    .isEqualTo(new RawCell.Number("L20001", BigDecimal.valueOf(20_000L * 11)));
            fastest = Math.min(fastest, millis);
        }
        assertThat(fastest).isLessThan(3_000);
    }

    // The attacks of issue 11 and their relatives: each refused by the limit named, quickly, before memory is spent.

    @Test
    void aCellAtZzzzzz3IsRefusedBeforeItsRowIsPadded() throws Exception {
        long start = System.nanoTime();
        FileRejectedException refusal = refusal("far-cell.xlsx");

        assertThat(refusal.messageKey()).isEqualTo("intake.file.too-many-columns");
        assertThat(refusal.arguments()).containsExactly(64, "ZZZZZZ3");
        assertThat(millisSince(start)).isLessThan(1_000);
    }

    @Test
    void aCsvHeaderOfSixtyThousandColumnsIsRefusedAtTheHeader() {
        byte[] csv = HostileUploads.wideCsv(60_000, 2_000);
        long start = System.nanoTime();

        FileRejectedException refusal =
                catchThrowableOfType(FileRejectedException.class, () -> reader.read("wide.csv", csv));

        assertThat(csv.length).isGreaterThan(400_000);
        assertThat(refusal.messageKey()).isEqualTo("intake.file.too-many-columns");
        assertThat(refusal.arguments()).containsExactly(64, "BM1");
        assertThat(millisSince(start)).isLessThan(1_000);
    }

    @Test
    void extraPartsThatWouldInflateBeyondTheLimitsAreRefusedFromTheDirectoryWithoutInflatingThem() throws Exception {
        byte[] oneHuge = HostileUploads.extraParts(1, 60);
        byte[] threeLarge = HostileUploads.extraParts(3, 40);
        long start = System.nanoTime();

        FileRejectedException part =
                catchThrowableOfType(FileRejectedException.class, () -> reader.read("huge.xlsx", oneHuge));
        FileRejectedException total =
                catchThrowableOfType(FileRejectedException.class, () -> reader.read("large.xlsx", threeLarge));

        assertThat(part.messageKey()).isEqualTo("intake.file.part-too-large");
        assertThat(part.arguments()).containsExactly("xl/media/extra0.bin", BigDecimal.valueOf(48));
        assertThat(total.messageKey()).isEqualTo("intake.file.unpacked-too-large");
        assertThat(total.arguments()).containsExactly(BigDecimal.valueOf(96));
        assertThat(millisSince(start)).as("nothing inflated").isLessThan(500);
    }

    @Test
    void aSheetThatDeclaresOneKilobyteIsStoppedByWhatItReallyInflates() throws Exception {
        byte[] workbook = HostileUploads.lyingSheet(60);

        FileRejectedException refusal =
                catchThrowableOfType(FileRejectedException.class, () -> reader.read("lying.xlsx", workbook));

        assertThat(workbook.length).as("fits the upload limit").isLessThan(10 * 1024 * 1024);
        assertThat(refusal.messageKey()).isEqualTo("intake.file.part-too-large");
        assertThat(refusal.arguments()).containsExactly("xl/worksheets/sheet1.xml", BigDecimal.valueOf(48));
    }

    @Test
    void sharedStringsAreBoundedInNumberAndInCharacters() throws Exception {
        FileRejectedException many = catchThrowableOfType(
                FileRejectedException.class, () -> reader.read("many.xlsx", HostileUploads.sharedStrings(300_001, 3)));
        FileRejectedException long_ = catchThrowableOfType(
                FileRejectedException.class,
                () -> reader.read("long.xlsx", HostileUploads.sharedStrings(1_001, 6_000)));

        assertThat(many.messageKey()).isEqualTo("intake.file.too-many-cells");
        assertThat(many.arguments()).containsExactly(300_000);
        assertThat(long_.messageKey()).isEqualTo("intake.file.too-much-text");
        assertThat(long_.arguments()).containsExactly(6_000_000);
        assertThat(reader.read("few.xlsx", HostileUploads.sharedStrings(2, 10)).rows())
                .hasSize(1);
    }

    @Test
    void aPackageOfThousandsOfEntriesIsRefused() throws Exception {
        FileRejectedException refusal = catchThrowableOfType(
                FileRejectedException.class, () -> reader.read("entries.xlsx", HostileUploads.manyEntries(2_000)));

        assertThat(refusal.messageKey()).isEqualTo("intake.file.too-many-parts");
        assertThat(reader.read("entries.xlsx", HostileUploads.manyEntries(1_000))
                        .rows())
                .hasSize(1);
    }

    @Test
    void cellsTextAndTimeBeyondTheirLimitsAreRefusedInBothFormats() throws Exception {
        SpreadsheetReader fewCells =
                new SpreadsheetReader(UploadLimits.defaults().withMaxCells(5));
        SpreadsheetReader noTime =
                new SpreadsheetReader(UploadLimits.defaults().withMaxReadTime(java.time.Duration.ofNanos(1)));

        assertThat(catchThrowableOfType(FileRejectedException.class, () -> fewCells.read("cells.csv", VALID_CSV_BYTES))
                        .messageKey())
                .isEqualTo("intake.file.too-many-cells");
        assertThat(catchThrowableOfType(
                                FileRejectedException.class,
                                () -> fewCells.read("data.xlsx", Files.readAllBytes(CORPUS.resolve("data.xlsx"))))
                        .messageKey())
                .isEqualTo("intake.file.too-many-cells");
        FileRejectedException slow = catchThrowableOfType(
                FileRejectedException.class, () -> noTime.read("slow.xlsx", largeWorkbook(2_000, 12)));
        assertThat(slow.messageKey()).isEqualTo("intake.file.too-slow");
        assertThat(catchThrowableOfType(FileRejectedException.class, () -> noTime.read("slow.csv", VALID_CSV_BYTES))
                        .messageKey())
                .isEqualTo("intake.file.too-slow");
    }

    @Test
    void theLargestFilesTheLimitsAllowAreRead() throws Exception {
        UploadLimits limits = UploadLimits.defaults();

        RawTable csv = reader.read("largest.csv", HostileUploads.largestCsv(limits));
        RawTable xlsx = reader.read("largest.xlsx", HostileUploads.largestWorkbook(limits));

        assertThat(csv.rows().size() * 4L).isBetween(limits.maxCells() / 2L, (long) limits.maxCells());
        assertThat(xlsx.rows().size() * 12L).isBetween(limits.maxCells() - 24L, (long) limits.maxCells());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static final byte[] VALID_CSV_BYTES = CorpusGenerator.VALID_CSV.getBytes(StandardCharsets.UTF_8);

    private static byte[] largeWorkbook(int rows, int columns) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Dữ liệu");
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                header.createCell(c).setCellValue("Cột " + (c + 1));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Xã số " + r);
                for (int c = 1; c < columns; c++) {
                    row.createCell(c).setCellValue((double) r * c);
                }
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }
    }

    private RawTable read(String file) throws Exception {
        return reader.read(file, Files.readAllBytes(CORPUS.resolve(file)));
    }

    private FileRejectedException refusal(String file) {
        return catchThrowableOfType(FileRejectedException.class, () -> read(file));
    }

    private static Properties translations(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = SpreadsheetReaderTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** An upload that never ends; counts what was taken from it. */
    private static final class EndlessText extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            served += length;
            return length;
        }
    }
}
