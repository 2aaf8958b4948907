package vn.bca.antq.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bca.antq.base.text.Language;

/**
 * The "PDF report" button. A click makes the report on the server (a second or two) and, when that worked, hands it
 * to the browser through a hidden download link; when it did not, the page says so in both languages at once, with
 * no details (those go to the log), and nothing is downloaded.
 */
public final class ReportDownload extends Div {

    private static final Logger log = LoggerFactory.getLogger(ReportDownload.class);

    private final Button button = new Button();
    private final Anchor link = new Anchor();
    private final String fileName;
    private final Supplier<byte[]> report;

    ReportDownload(String fileName, Supplier<byte[]> report) {
        this.fileName = fileName;
        this.report = report;
        addClassName("report-download");
        button.setId("report-pdf");
        button.setText(getTranslation("report.link"));
        button.getElement()
                .setAttribute("title", getTranslation("report.link.title")); // no Tooltip: not in the frontend bundle
        button.addClickListener(e -> make());
        link.setId("report-pdf-file");
        link.setDownload(true);
        link.getStyle().set("display", "none"); // not setVisible(false): Vaadin sends no changes of invisible elements
        add(button, link);
    }

    private void make() {
        byte[] pdf;
        try {
            pdf = report.get();
        } catch (RuntimeException e) {
            log.warn("PDF report {} could not be made", fileName, e);
            Notification.show(bilingual("report.failed"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        link.setHref(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length)),
                AttachmentType.DOWNLOAD);
        link.getElement().callJsFunction("click");
    }

    private String bilingual(String key) {
        return getTranslation(Language.VI.locale(), key) + " / " + getTranslation(Language.EN.locale(), key);
    }
}
