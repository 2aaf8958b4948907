package vn.bca.antq.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bca.antq.base.db.DatabaseAway;

/**
 * Logs an unexpected error with its stack trace and tells the user, in Vietnamese and English, without details; a
 * database that cannot be reached is said as such (one log line: the pool reconnects by itself once it is back).
 */
final class NotifyingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(NotifyingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        boolean databaseAway = DatabaseAway.isCause(event.getThrowable());
        if (databaseAway) {
            log.warn("The database cannot be reached: {}", event.getThrowable().toString());
            // a full pool says the same: its stack trace tells one from the other
            log.debug("The database cannot be reached", event.getThrowable());
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
        }
        String message = databaseAway ? "error.database.action" : "error.unexpected";
        UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
        if (ui != null) {
            ui.access(() -> {
                Notification notification =
                        Notification.show(Bilingual.text(ui, message), 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.ERROR);
            });
        }
    }
}
