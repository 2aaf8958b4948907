package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.ui.Format;

/**
 * The upload of a filled template (.xlsx or .csv, up to the configured size). The bytes are read here with the limit
 * enforced on the server too (a client can ignore the browser's limit), then handed to the page in its UI.
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
        upload.addFileRejectedListener(e -> Messages.show(this, new IllegalArgumentException(e.getErrorMessage())));
        note.setText(getTranslation("intake.upload.hint", Format.number(maxBytes / 1_000_000)));
        add(upload, note);
    }

    void explain(@Nullable String closed) {
        if (closed != null) {
            note.setText(closed);
        }
    }

    private void handle(UploadEvent event) throws IOException {
        String name = event.getFileName();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in);
        }
        UI ui = event.getUI();
        if (bytes == null) {
            event.reject(getTranslation("intake.upload.tooLarge"));
            ui.access(() -> Messages.show(this, new vn.bca.antq.intake.IntakeException("intake.upload.tooLarge",
                    Format.number(maxBytes / 1_000_000))));
            return;
        }
        ui.access(() -> {
            upload.clearFileList();
            received.accept(name, bytes);
        });
    }

    /** The content, or null once it passes the limit (reading stops there). */
    private byte @Nullable [] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
