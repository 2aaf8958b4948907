package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: every cell is text (numbers and dates stay as typed, the dataset rules read them), cleaned like
 * any cell. The separator is the one of , ; or tab that the header line uses most (Excel writes ; where the decimal
 * comma is in use, as in Vietnam). Rows are numbered the way Excel numbers them when it opens the file: one per
 * record, so a quoted cell that spans lines still counts as one row (and Excel's "sep=;" line is no row).
 */
final class CsvReader {

    private static final char[] SEPARATORS = {',', ';', '\t'};
    /** Excel's "sep=;" first line: it names the separator and Excel does not show it as a row. */
    private static final Pattern SEPARATOR_HINT = Pattern.compile("sep=([,;\t|])[ \t]*(\r\n|\r|\n)");

    private CsvReader() {
    }

    static RawTable read(String fileName, byte[] content, int maxRows) throws FileRejectedException {
        String text = TextDecoder.decode(content);
        if (text.isBlank()) {
            throw new FileRejectedException("intake.file.empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new FileRejectedException("intake.file.nul-bytes", lineOf(text, text.indexOf('\0')));
        }
        if (text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char separator = separator(text);
        long skippedLines = 0;
        Matcher hint = SEPARATOR_HINT.matcher(text);
        if (hint.lookingAt()) {
            separator = hint.group(1).charAt(0);
            text = text.substring(hint.end());
            skippedLines = 1;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        TableBuilder table = new TableBuilder(fileName, sheetName(fileName), maxRows);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long startLine = 1 + skippedLines;
            while (hasNext(records, startLine)) {
                CSVRecord record = records.next();
                table.add((int) record.getRecordNumber(), cells(record));
                startLine = parser.getCurrentLineNumber() + 1 + skippedLines;
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
        return table.build();
    }

    /** Commons CSV reports a quote that is never closed, or text after a closing quote, when it reads the record. */
    private static boolean hasNext(Iterator<CSVRecord> records, long startLine) throws FileRejectedException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new FileRejectedException("intake.file.bad-quotes", startLine);
        }
    }

    private static List<RawCell> cells(CSVRecord record) {
        int row = (int) record.getRecordNumber();
        List<RawCell> cells = new ArrayList<>(record.size());
        for (int column = 0; column < record.size(); column++) {
            String value = CellText.clean(record.get(column));
            String reference = CellText.reference(column, row);
            cells.add(value.isEmpty() ? new RawCell.Blank(reference) : new RawCell.Text(reference, value));
        }
        return cells;
    }

    /** The separator the first line uses most, counted outside quotes; a comma when it has none. */
    private static char separator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    counts[s] += c == SEPARATORS[s] ? 1 : 0;
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            best = counts[s] > counts[best] ? s : best;
        }
        return SEPARATORS[best];
    }

    /** Excel names the one sheet of a CSV file after the file. */
    private static String sheetName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static long lineOf(String text, int index) {
        return text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
