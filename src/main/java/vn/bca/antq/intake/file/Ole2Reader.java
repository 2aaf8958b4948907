package vn.bca.antq.intake.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An OLE2 compound file is never read, only named: a password-protected XLSX (Excel wraps the encrypted workbook in
 * an "EncryptedPackage" stream), an Excel 97–2003 workbook (.xls: save it as .xlsx), or another Office document.
 */
final class Ole2Reader {

    private Ole2Reader() {
    }

    static FileRejectedException refusal(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new FileRejectedException("intake.file.encrypted");
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new FileRejectedException("intake.file.xls");
            }
            return new FileRejectedException("intake.file.wrong-type",
                    root.hasEntryCaseInsensitive("WordDocument") ? "DOC" : "OLE2");
        } catch (IOException | RuntimeException e) {
            return new FileRejectedException("intake.file.broken");
        }
    }
}
