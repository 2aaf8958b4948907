package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import vn.bca.antq.base.ui.Format;

/**
 * The upload of a filled template (.xlsx or .csv, up to the configured size; the server enforces the limit too, as a
 * client can ignore the browser's), handed to the page in its UI.
 */
class UploadPanel extends Div {

    private final long maxBytes;
    private final BiConsumer<String, byte[]> received;
    private final Upload upload;
    private final Paragraph note = new Paragraph();

    UploadPanel(long maxBytes, BiConsumer<String, byte[]> received) {
        this.maxBytes = maxBytes;
        this.received = received;
        setId("intake-upload");
        addClassName("intake-upload");
        upload = new Upload(this::handle);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".xlsx", ".csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setDropAllowed(true);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("intake.upload.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("intake.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("intake.upload.tooBig", Format.number(maxBytes / 1_000_000)))
                        .setIncorrectFileType(getTranslation("intake.upload.wrongType")).setTooManyFiles(getTranslation("intake.upload.oneFile"))));
        upload.addFileRejectedListener(e -> Messages.show(this, new IllegalArgumentException(e.getErrorMessage())));
        note.setId("intake-upload-note");
        add(upload, note);
    }

    /** Open for a file, or closed with the reason said instead of the upload. */
    void open(boolean open) {
        upload.setVisible(open);
        note.setText(open ? getTranslation("intake.upload.hint", Format.number(maxBytes / 1_000_000)) : getTranslation("intake.upload.closed"));
    }

    boolean isOpen() {
        return upload.isVisible();
    }

    /** Keeps at most one byte past the limit: the reader then refuses the file by its size, the rest is never held. */
    private void handle(UploadEvent event) throws IOException {
        String name = event.getFileName();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        event.getUI().access(() -> {
            upload.clearFileList();
            received.accept(name, bytes);
        });
    }
}
