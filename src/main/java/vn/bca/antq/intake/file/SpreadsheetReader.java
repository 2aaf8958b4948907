package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into a {@link RawTable}, or refuses it with a {@link FileRejectedException} that says why and
 * what to do. The type is decided by the content alone: an XLSX named ".csv" is read as a workbook and a CSV named
 * ".xlsx" as text. The name is what the user's mail program or a "Save as" left; refusing a readable file for it would
 * only send the user back with nothing to fix, and nothing here trusts the name. Binary formats that are not an
 * unprotected, macro-free XLSX are refused by their magic bytes, so a renamed executable or PDF is never parsed.
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
            throw new FileRejectedException("intake.file.too-large", Sizes.megabytes(maxFileBytes));
        }
        Signature signature = Signature.of(content);
        Deadline deadline = Deadline.in(limits.maxReadTime());
        return switch (signature) {
            case ZIP -> XlsxReader.read(fileName, content, limits, deadline);
            case OLE2 -> throw Ole2Reader.refusal(content);
            case TEXT -> CsvReader.read(fileName, content, limits, deadline);
            case HTML -> throw new FileRejectedException("intake.file.html");
            default -> throw new FileRejectedException("intake.file.wrong-type", signature.displayName());
        };
    }

}
