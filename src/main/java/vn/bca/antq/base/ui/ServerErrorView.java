package vn.bca.antq.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bca.antq.base.db.DatabaseAway;

/**
 * Replaces Vaadin's own error page, which shows the stack trace in development mode: an exception while opening a
 * page is logged, and the user reads a short message in Vietnamese and English.
 */
@AnonymousAllowed
class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    ServerErrorView() {
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean databaseAway = DatabaseAway.isCause(parameter.getCaughtException());
        if (databaseAway) {
            log.warn(
                    "The database cannot be reached while opening /{}: {}",
                    event.getLocation().getPathWithQueryParameters(),
                    parameter.getCaughtException().toString());
            log.debug("The database cannot be reached (a full pool says the same)", parameter.getCaughtException());
        } else {
            log.error(
                    "Error while opening /{}",
                    event.getLocation().getPathWithQueryParameters(),
                    parameter.getCaughtException());
        }
        String title = databaseAway ? "error.database.title" : "error.title";
        String message = databaseAway ? "error.database.action" : "error.unexpected";
        Anchor back = new Anchor("", Bilingual.text(this, "not-found.back"));
        removeAll();
        add(
                new H2(Bilingual.text(this, title)),
                new Paragraph(Bilingual.vi(this, message)),
                new Paragraph(Bilingual.en(this, message)),
                back);
        return databaseAway ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
