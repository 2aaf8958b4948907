package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * An OLE2 compound file: an Excel 97–2003 workbook (.xls) is read by {@link XlsReader}; a password-protected XLSX
 * (Excel wraps the encrypted workbook in an "EncryptedPackage" stream) or another Office document is only named.
 */
final class Ole2Reader {

    private Ole2Reader() {}

    /**
     * The compound file is opened from a temporary copy on disk, read only: POI reads it block by block there, where
     * from memory it would copy the whole upload once more onto the heap.
     */
    static RawTable read(
            String fileName, byte[] content, UploadLimits limits, Deadline deadline, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        Path copy = null;
        try {
            copy = Files.createTempFile("antq-upload-", ".ole2");
            Files.write(copy, content);
            return read(fileName, copy, limits, deadline, isHeader);
        } catch (IOException e) {
            throw new UncheckedIOException("the temporary copy of an upload failed", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static RawTable read(
            String fileName, Path copy, UploadLimits limits, Deadline deadline, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        try (POIFSFileSystem fs = new POIFSFileSystem(copy.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new FileRejectedException("intake.file.encrypted");
            }
            if (XlsReader.isWorkbook(root)) {
                return XlsReader.read(fileName, fs, limits, deadline, isHeader);
            }
            throw new FileRejectedException(
                    "intake.file.wrong-type", root.hasEntryCaseInsensitive("WordDocument") ? "DOC" : "OLE2");
        } catch (Exception e) {
            throw e instanceof FileRejectedException refusal
                    ? refusal
                    : new FileRejectedException("intake.file.broken");
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
