package vn.bca.antq.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.export.ExportAudit;
import vn.bca.antq.export.ExportFormat;
import vn.bca.antq.export.FileNames;
import vn.bca.antq.export.Table;

/**
 * "Tải xuống: Excel (.xlsx) · CSV (.csv)" beside a grid or table. Each link builds the table when it is clicked (so
 * the file holds what the page shows then), writes the file, records the export in the audit log and only then hands
 * the file over. A failure hands nothing over: the response is an error without details, the user gets a notification
 * in Vietnamese and English, and the log gets the stack trace.
 */
public final class ExportMenu extends Div {

    private static final Logger log = LoggerFactory.getLogger(ExportMenu.class);

    /** A written file, ready to hand over. */
    record ExportFile(String name, ExportFormat format, byte[] bytes) {}

    private final ExportAudit audit;
    private final Clock clock;
    /** The tables to write: every one a sheet of the workbook; a CSV holds the first. */
    private final SerializableSupplier<List<Table>> tables;

    private final SerializableSupplier<String> scope;

    ExportMenu(
            ExportAudit audit,
            Clock clock,
            SerializableSupplier<List<Table>> tables,
            SerializableSupplier<String> scope) {
        this.audit = audit;
        this.clock = clock;
        this.tables = tables;
        this.scope = scope;
        addClassName("export-menu");
        Span label = new Span(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("export.download")));
        label.addClassName("export-menu__label");
        add(label, link(ExportFormat.XLSX, "export.xlsx"), link(ExportFormat.CSV, "export.csv"));
    }

    private Anchor link(ExportFormat format, String labelKey) {
        Anchor link = new Anchor(
                (DownloadHandler) event -> download(event, format), AttachmentType.DOWNLOAD, getTranslation(labelKey));
        link.addClassName("export-menu__" + format.extension());
        return link;
    }

    private void download(DownloadEvent event, ExportFormat format) throws IOException {
        Optional<ExportFile> file = prepare(event.getUI(), format);
        if (file.isEmpty()) {
            event.getResponse().setStatus(HttpStatusCode.INTERNAL_SERVER_ERROR.getCode());
            return;
        }
        event.setFileName(file.get().name());
        event.setContentType(format.contentType());
        event.setContentLength(file.get().bytes().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(file.get().bytes());
        }
    }

    /**
     * Builds the table in the UI (download requests come without the session lock), writes it and records the export;
     * empty, with the user told, when any of it fails.
     */
    Optional<ExportFile> prepare(UI ui, ExportFormat format) {
        try {
            AtomicReference<List<Table>> shown = new AtomicReference<>();
            AtomicReference<String> described = new AtomicReference<>();
            ui.accessSynchronously(() -> {
                shown.set(tables.get());
                described.set(scope.get());
            });
            List<Table> tablesShown = Objects.requireNonNull(shown.get(), "set in the UI's lock");
            Table written = tablesShown.getFirst();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            format.write(tablesShown, bytes);
            String name = FileNames.of(written.name(), LocalDate.now(clock), format);
            audit.recordExport(
                    written.name() + " (" + format.extension().toUpperCase(Locale.ROOT) + ")",
                    described.get() + "; " + written.rows().size() + " rows; " + name);
            return Optional.of(new ExportFile(name, format, bytes.toByteArray()));
        } catch (IOException | RuntimeException e) {
            log.error("Export to {} failed", format, e);
            tellFailure(ui);
            return Optional.empty();
        }
    }

    /** Shown at the UI's next round trip (downloads come outside it); nobody to tell when the page has gone. */
    private void tellFailure(UI ui) {
        try {
            ui.access(() -> Notification.show(
                            getTranslation(Language.VI.locale(), "export.failed") + " / "
                                    + getTranslation(Language.EN.locale(), "export.failed"),
                            8000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR));
        } catch (UIDetachedException e) {
            log.debug("The page of a failed export has gone", e);
        }
    }
}
