package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Turns an uploaded file into a {@link RawTable}, or refuses it with a {@link FileRejectedException} that says why and
 * what to do. The type is decided by the content alone: an XLSX named ".csv" is read as a workbook and a CSV named
 * ".xlsx" as text. The name is what the user's mail program or a "Save as" left; refusing a readable file for it would
 * only send the user back with nothing to fix, and nothing here trusts the name. Binary formats that are not an
 * unprotected, macro-free XLSX are refused by their magic bytes, so a renamed executable or PDF is never parsed.
 */
@Component
public class SpreadsheetReader {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    private final long maxFileBytes;
    private final int maxRows;

    public SpreadsheetReader(@Value("${antq.intake.max-file-bytes:20MB}") DataSize maxFileSize,
                             @Value("${antq.intake.max-rows:100000}") int maxRows) {
        this.maxFileBytes = maxFileSize.toBytes();
        this.maxRows = maxRows;
    }

    /** The largest file accepted, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Reads at most one byte past the size limit, so a huge upload is refused without being held in memory. */
    public RawTable read(String fileName, InputStream content) throws FileRejectedException {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            return read(fileName, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
    }

    public RawTable read(String fileName, byte[] content) throws FileRejectedException {
        if (content.length == 0) {
            throw new FileRejectedException("intake.file.empty");
        }
        if (content.length > maxFileBytes) {
            throw new FileRejectedException("intake.file.too-large", megabytes(maxFileBytes));
        }
        Signature signature = Signature.of(content);
        return switch (signature) {
            case ZIP -> XlsxReader.read(fileName, content, maxRows);
            case OLE2 -> throw Ole2Reader.refusal(content);
            case TEXT -> CsvReader.read(fileName, content, maxRows);
            case HTML -> throw new FileRejectedException("intake.file.html");
            default -> throw new FileRejectedException("intake.file.wrong-type", signature.displayName());
        };
    }

    /** The limit as users read it: "20" MB, or "0,5" MB for a small test limit. */
    private static BigDecimal megabytes(long bytes) {
        BigDecimal megabytes = BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return megabytes.scale() < 0 ? megabytes.setScale(0) : megabytes;
    }
}
