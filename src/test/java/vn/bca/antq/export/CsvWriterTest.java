package vn.bca.antq.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @Test
    void startsWithTheByteOrderMarkAndKeepsVietnameseIntact() throws IOException {
        byte[] bytes = write(table(List.of("Tên", "Số điểm"), row("Xã Giao Thủy, Nam Định", 12L)));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(bytes);
        assertThat(records.get(0).values()).containsExactly("Tên", "Số điểm");
        assertThat(records.get(1).values()).containsExactly("Xã Giao Thủy, Nam Định", "12");
    }

    @Test
    void separatesWithCommasAndEndsLinesWithCrLf() throws IOException {
        String text =
                new String(write(table(List.of("a", "b"), row("x", "y"), row("z", null))), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("\uFEFFa,b\r\nx,y\r\nz,\r\n");
    }

    @Test
    void writesWholeNumbersWithoutGroupingDecimalsWithACommaAndDatesDayFirst() throws IOException {
        List<CSVRecord> records = parse(write(table(
                List.of("n", "i", "rate", "date", "negative"),
                row(1234567L, 42, new BigDecimal("97.37"), LocalDate.of(2022, 8, 19), -5L))));

        assertThat(records.get(1).values()).containsExactly("1234567", "42", "97,37", "19/08/2022", "-5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+84 912", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void textThatASpreadsheetWouldRunAsAFormulaGetsAQuoteInFront(String text) throws IOException {
        List<CSVRecord> records = parse(write(table(List.of("value"), row(text))));

        assertThat(records.get(1).get(0)).isEqualTo("'" + text);
    }

    /** Issue 11: Excel with ";" as list separator (the Vietnamese setting) opened "a;=1+1;" as a formula in the second cell. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "a;=1+1;",
                "a,=1+1",
                "x\t=cmd|' /C calc'!A0",
                "dòng 1\n=1+1",
                "a; =1+1",
                "a;\"=1+1\"",
                "a;@SUM(1)",
                "a;+84 912;-2",
                "a;\uFF1D1+1",
                "=HYPERLINK(\"http://x\";\"bấm\");=1"
            })
    void noPieceOfACellStartsAFormulaWhereverASpreadsheetSplitsIt(String payload) throws IOException {
        String line =
                new String(write(table(List.of("value"), row(payload))), StandardCharsets.UTF_8).split("\r\n", 2)[1];

        for (String piece : line.split("[,;\t\r\n]")) {
            String start = piece.replaceFirst("^[ \"]*", "");
            assertThat(start).as("piece %s of %s", piece, line).doesNotMatch("^[=+\\-@\uFF1D\uFF0B\uFF0D\uFF20].*");
        }
        assertThat(parse(write(table(List.of("value"), row(payload)))).get(1).get(0))
                .as("one cell when split by commas")
                .isNotEmpty();
        assertThat(vn.bca.antq.base.text.FormulaText.restore(CsvWriter.text(payload)))
                .as("read back as written")
                .isEqualTo(payload);
    }

    @Test
    void otherTextIsWrittenAsItIs() {
        assertThat(CsvWriter.text("Hà Nội = thủ đô")).isEqualTo("Hà Nội = thủ đô");
        assertThat(CsvWriter.text("'quoted")).isEqualTo("'quoted");
        assertThat(CsvWriter.text("")).isEmpty();
    }

    @Test
    void refusesACellOfAnUnknownType() {
        assertThatThrownBy(() -> write(table(List.of("x"), row(3.5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Double");
    }

    static byte[] write(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(table, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1); // after the byte order mark
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    @SafeVarargs
    static Table table(List<String> headers, List<@Nullable Object>... rows) {
        return new Table("Bảng thử", headers, List.of(rows));
    }

    static List<@Nullable Object> row(@Nullable Object... cells) {
        return Arrays.asList(cells);
    }
}
