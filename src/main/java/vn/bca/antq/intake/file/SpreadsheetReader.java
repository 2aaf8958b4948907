package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into a {@link RawTable}, or refuses it with a {@link FileRejectedException} that says why and
 * what to do. The type is decided by the content alone: an XLSX named ".csv" is read as a workbook and a CSV named
 * ".xlsx" as text. The name is what the user's mail program or a "Save as" left; refusing a readable file for it would
 * only send the user back with nothing to fix, and nothing here trusts the name. XLSX, OpenDocument (.ods), Excel
 * 97–2003 (.xls) and text files are read; other formats are refused by their magic bytes, so a renamed executable or
 * PDF is never parsed.
 */
@Component
public class SpreadsheetReader {

    private final UploadLimits limits;
    private final long maxFileBytes;

    public SpreadsheetReader(UploadLimits limits) {
        this.limits = limits;
        this.maxFileBytes = limits.maxFileBytes().toBytes();
    }

    /** The largest file accepted, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    public UploadLimits limits() {
        return limits;
    }

    /**
     * Reads at most one byte past the size limit, so a huge upload is refused without being held in memory. The table
     * is the first whose header row {@code isHeader} accepts (in a workbook, on whichever sheet it stands).
     */
    public RawTable read(String fileName, InputStream content, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            return read(fileName, bytes, isHeader);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
    }

    /** The table whose headers are its first row that is not blank. */
    public RawTable read(String fileName, InputStream content) throws FileRejectedException {
        return read(fileName, content, cells -> true);
    }

    /** The table whose headers are its first row that is not blank. */
    public RawTable read(String fileName, byte[] content) throws FileRejectedException {
        return read(fileName, content, cells -> true);
    }

    public RawTable read(String fileName, byte[] content, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        if (content.length == 0) {
            throw new FileRejectedException("intake.file.empty");
        }
        if (content.length > maxFileBytes) {
            throw new FileRejectedException("intake.file.too-large", Sizes.megabytes(maxFileBytes));
        }
        Signature signature = Signature.of(content);
        Deadline deadline = Deadline.in(limits.maxReadTime());
        return switch (signature) {
            case ZIP -> XlsxReader.read(fileName, content, limits, deadline, isHeader);
            case OLE2 -> Ole2Reader.read(fileName, content, limits, deadline, isHeader);
            case TEXT -> readText(fileName, content, deadline, isHeader);
            case HTML -> throw new FileRejectedException("intake.file.html");
            default -> throw new FileRejectedException("intake.file.wrong-type", signature.displayName());
        };
    }

    /** A text file is one table: without the header row in its first lines, its first line is taken as the headers. */
    private RawTable readText(String fileName, byte[] content, Deadline deadline, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        try {
            return CsvReader.read(fileName, content, limits, deadline, isHeader);
        } catch (TableBuilder.NoHeaderRow e) {
            return CsvReader.read(fileName, content, limits, deadline, cells -> true);
        }
    }
}
