package vn.bca.antq.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sets up every session and UI: the error handler that keeps stack traces away from users, the UI language, and a
 * silent reload instead of the "session expired" notice (after a server restart an unattended screen reloads the
 * address it shows, which keeps its position, instead of waiting for a click).
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new NotifyingErrorHandler()));
        event.getSource()
                .addUIInitListener(e -> e.getUI()
                        .setLocale(UiLanguage.of(e.getUI().getSession()).locale()));
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
