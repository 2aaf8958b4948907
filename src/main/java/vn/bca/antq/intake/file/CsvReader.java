package vn.bca.antq.intake.file;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
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

    private CsvReader() {}

    /** How much of the start is looked at for the separator and Excel's "sep=" line. */
    private static final int HEAD = 64 * 1024;

    static RawTable read(
            String fileName, byte[] content, UploadLimits limits, Deadline deadline, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        TextDecoder.Text decoded = TextDecoder.decode(content);
        try (NulGuard text = new NulGuard(new BufferedReader(
                new InputStreamReader(
                        new ByteArrayInputStream(content, decoded.offset(), content.length - decoded.offset()),
                        decoded.charset()),
                HEAD))) {
            String head = text.peek(HEAD);
            int skipped = head.startsWith("\uFEFF") ? 1 : 0;
            char separator = separator(head.substring(skipped));
            long skippedLines = 0;
            Matcher hint = SEPARATOR_HINT.matcher(head.substring(skipped));
            if (hint.lookingAt()) {
                separator = hint.group(1).charAt(0);
                skipped += hint.end();
                skippedLines = 1;
            }
            text.skip(skipped);
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(separator)
                    .setIgnoreEmptyLines(false)
                    .get();
            TableBuilder table = new TableBuilder(fileName, sheetName(fileName), limits, deadline, isHeader);
            CSVParser parser = CSVParser.parse(text, format);
            Iterator<CSVRecord> records = parser.iterator();
            long startLine = 1 + skippedLines;
            while (hasNext(records, startLine)) {
                CSVRecord record = records.next();
                if (record.size() > limits.maxColumns()) {
                    // refused before a cell is made: a header of 60,000 columns would pad every row to its width
                    throw new FileRejectedException(
                            "intake.file.too-many-columns",
                            limits.maxColumns(),
                            CellText.reference(limits.maxColumns(), (int) record.getRecordNumber()));
                }
                table.add((int) record.getRecordNumber(), cells(record));
                startLine = parser.getCurrentLineNumber() + 1 + skippedLines;
            }
            return table.build();
        } catch (NulGuard.NulFound nul) {
            throw new FileRejectedException("intake.file.nul-bytes", nul.line);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    /** Commons CSV reports a quote that is never closed, or text after a closing quote, when it reads the record. */
    private static boolean hasNext(Iterator<CSVRecord> records, long startLine)
            throws FileRejectedException, NulGuard.NulFound {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NulGuard.NulFound nul) {
                throw nul;
            }
            throw new FileRejectedException("intake.file.bad-quotes", startLine);
        }
    }

    private static List<RawCell> cells(CSVRecord record) {
        int row = (int) record.getRecordNumber();
        List<RawCell> cells = new ArrayList<>(record.size());
        for (int column = 0; column < record.size(); column++) {
            String value = CellText.clean(record.get(column));
            cells.add(value.isEmpty() ? new RawCell.Blank(column, row) : new RawCell.Text(column, row, value));
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
}
