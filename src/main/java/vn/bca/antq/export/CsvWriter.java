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

/**
 * A table as CSV for Excel users in Vietnam: UTF-8 with a byte order mark (without it Excel reads Vietnamese as
 * Windows-1252 mojibake), comma separator, CRLF line ends, the headers as the first row. Whole numbers are plain digits
 * ("1234", no grouping), decimals have a decimal comma ("97,37"), dates read dd/MM/yyyy.
 * <p>
 * <b>Formula injection:</b> a text cell whose first character is {@code = + - @}, a tab or a carriage return would be
 * taken as a formula by a spreadsheet, so it is written with a single quote in front ({@code '=1+1}). Only text cells
 * are touched; numbers (also negative ones) are written as they are. Data intake strips exactly this one quote again
 * when such a file is re-imported: keep this rule and {@link #neutralise} in step with it.
 */
public final class CsvWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private CsvWriter() {
    }

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
            default -> throw new IllegalArgumentException("a table cell cannot hold a " + cell.getClass().getSimpleName());
        };
    }

    /** A single quote before text a spreadsheet would run as a formula; see the class comment. */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
