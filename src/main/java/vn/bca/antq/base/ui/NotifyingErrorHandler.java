package vn.bca.antq.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an unexpected error with its stack trace and tells the user, in Vietnamese and English, without details. */
final class NotifyingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(NotifyingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        log.error("Unexpected error in the UI", event.getThrowable());
        UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
        if (ui != null) {
            ui.access(() -> {
                Notification notification =
                        Notification.show(Bilingual.text(ui, "error.unexpected"), 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.ERROR);
            });
        }
    }
}
