package vn.bca.antq.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Sets up every session and UI: the error handler that keeps stack traces away from users, and the UI language. */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new NotifyingErrorHandler()));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(Language.of(e.getUI().getSession()).locale()));
    }
}
