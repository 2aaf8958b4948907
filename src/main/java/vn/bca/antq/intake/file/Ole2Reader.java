package vn.bca.antq.intake.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An OLE2 compound file: an Excel 97–2003 workbook (.xls) is read by {@link XlsReader}; a password-protected XLSX
 * (Excel wraps the encrypted workbook in an "EncryptedPackage" stream) or another Office document is only named.
 */
final class Ole2Reader {

    private Ole2Reader() {
    }

    static RawTable read(String fileName, byte[] content, UploadLimits limits, Deadline deadline, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new FileRejectedException("intake.file.encrypted");
            }
            if (XlsReader.isWorkbook(root)) {
                return XlsReader.read(fileName, fs, limits, deadline, isHeader);
            }
            throw new FileRejectedException("intake.file.wrong-type", root.hasEntryCaseInsensitive("WordDocument") ? "DOC" : "OLE2");
        } catch (IOException | RuntimeException e) {
            throw e instanceof FileRejectedException refusal ? refusal : new FileRejectedException("intake.file.broken");
        }
    }
}
