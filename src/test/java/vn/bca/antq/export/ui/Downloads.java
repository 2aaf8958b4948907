package vn.bca.antq.export.ui;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.export.ExportFormat;

/**
 * Clicks a download link of an {@link ExportMenu} in a Karibu test: finds the handler the link's address is registered
 * for, as Vaadin's stream request handler does, and runs it with a response that keeps what is written.
 */
public final class Downloads {

    /** What the browser would receive. */
    public record Download(
            int status,
            @Nullable String disposition,
            @Nullable String contentType,
            byte[] bytes) {}

    private Downloads() {}

    public static Download click(ExportMenu menu, ExportFormat format) {
        Anchor link = menu.getChildren()
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .filter(a -> a.hasClassName("export-menu__" + format.extension()))
                .findFirst()
                .orElseThrow();
        var resource = VaadinSession.getCurrent()
                .getResourceRegistry()
                .getResource(URI.create(link.getHref()))
                .orElseThrow();
        DownloadHandler handler =
                (DownloadHandler) ((StreamResourceRegistry.ElementStreamResource) resource).getElementRequestHandler();
        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> headers = new HashMap<>();
        int[] status = {200};
        String[] contentType = {null};
        try {
            when(response.getOutputStream()).thenReturn(body);
            doAnswer(i -> headers.put(i.getArgument(0), i.getArgument(1)))
                    .when(response)
                    .setHeader(anyString(), anyString());
            doAnswer(i -> status[0] = i.getArgument(0)).when(response).setStatus(anyInt());
            doAnswer(i -> contentType[0] = i.getArgument(0)).when(response).setContentType(anyString());
            handler.handleDownloadRequest(new DownloadEvent(
                    VaadinRequest.getCurrent(), response, VaadinSession.getCurrent(), link.getElement()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download(status[0], headers.get("Content-Disposition"), contentType[0], body.toByteArray());
    }
}
