package vn.bca.antq.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.FormulaText;

/**
 * A table as CSV for Excel users in Vietnam: UTF-8 with a byte order mark (without it Excel reads Vietnamese as
 * Windows-1252 mojibake), comma separator, CRLF line ends, the headers as the first row. Whole numbers are plain digits
 * ("1234", no grouping), decimals have a decimal comma ("97,37"), dates read dd/MM/yyyy.
 * <p>
 * <b>Formula injection:</b> text that a spreadsheet in any locale could run as a formula gets a single quote in front of
 * it, at the start of a cell and after every separator, tab or line break inside it ({@link FormulaText}). Only text
 * cells are touched; numbers (also negative ones) are written as they are. Data intake takes exactly these quotes off
 * again when such a file is re-imported.
 */
public final class CsvWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private CsvWriter() {}

    public static void write(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(table.headers().stream().map(CsvWriter::neutralise).toList());
        List<String> record = new ArrayList<>(table.headers().size());
        for (List<@Nullable Object> row : table.rows()) {
            record.clear();
            row.forEach(cell -> record.add(text(cell)));
            printer.printRecord(record);
        }
        printer.flush(); // not closed: the caller owns the stream
    }

    static String text(@Nullable Object cell) {
        return switch (cell) {
            case null -> "";
            case String text -> neutralise(text);
            case Long number -> number.toString();
            case Integer number -> number.toString();
            case BigDecimal number -> number.toPlainString().replace('.', ',');
            case LocalDate date -> DATE.format(date);
            default ->
                throw new IllegalArgumentException(
                        "a table cell cannot hold a " + cell.getClass().getSimpleName());
        };
    }

    static String neutralise(String text) {
        return FormulaText.neutralise(text);
    }
}
