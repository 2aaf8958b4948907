package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import vn.bca.antq.base.text.Format;

/**
 * The upload of a filled template (.xlsx or .csv, up to the configured size; the server enforces the limit too, as a
 * client can ignore the browser's), written to a temporary file as it arrives and handed to the page in its UI: many
 * uploads at once cost disk, not memory, and only the reading pool holds a file's bytes.
 */
class UploadPanel extends Div {

    private final long maxBytes;
    private final BiConsumer<String, Path> received;
    private final Upload upload;
    private final Paragraph note = new Paragraph();

    UploadPanel(long maxBytes, BiConsumer<String, Path> received) {
        this.maxBytes = maxBytes;
        this.received = received;
        setId("intake-upload");
        addClassName("intake-upload");
        upload = new Upload(this::handle);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        // every spreadsheet-like file reaches the server, which reads what it can and explains what it cannot
        // (old .xls, .ods, Excel's "Unicode Text" .txt) far better than the browser's "wrong type"
        upload.setAcceptedFileTypes(
                ".xlsx",
                ".csv",
                ".xls",
                ".xlsm",
                ".xlsb",
                ".ods",
                ".txt",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "text/csv",
                "application/vnd.ms-excel",
                "application/vnd.oasis.opendocument.spreadsheet",
                "text/plain");
        upload.setDropAllowed(true);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("intake.upload.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("intake.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("intake.upload.tooBig", Format.number(maxBytes / 1_000_000)))
                        .setIncorrectFileType(getTranslation("intake.upload.wrongType"))
                        .setTooManyFiles(getTranslation("intake.upload.oneFile"))));
        // the browser's own refusals (size) carry the texts set above: shown as they are, not as a system error
        upload.addFileRejectedListener(e -> Messages.refuse(this, e.getErrorMessage()));
        note.setId("intake-upload-note");
        add(upload, note);
    }

    /** Open for a file, or closed with the reason said instead of the upload. */
    void open(boolean open) {
        upload.setVisible(open);
        note.setText(
                open
                        ? getTranslation("intake.upload.hint", Format.number(maxBytes / 1_000_000))
                        : getTranslation("intake.upload.closed"));
    }

    boolean isOpen() {
        return upload.isVisible();
    }

    /** Keeps at most one byte past the limit: the reader then refuses the file by its size, the rest is never read. */
    private void handle(UploadEvent event) throws IOException {
        String name = event.getFileName();
        Path file = Files.createTempFile("antq-upload-", ".part");
        try (InputStream in = event.getInputStream();
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long room = maxBytes + 1;
            for (int n; room > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, room))) > 0; room -= n) {
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        event.getUI().access(() -> {
            upload.clearFileList();
            received.accept(name, file);
        });
    }
}
