package vn.bca.antq.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.base.AccessRefused;

/**
 * A service refused the data a view asked for (method security: e.g. a province officer's address naming another
 * province's district): the view is replaced by "not permitted".
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class ForbiddenView extends Main implements HasErrorParameter<AccessDeniedException> {

    private final ApplicationEventPublisher events;

    ForbiddenView(ApplicationEventPublisher events) {
        this.events = events;
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new AccessRefused(
                "/" + event.getLocation().getPathWithQueryParameters(), "a service refused the data"));
        return NotPermitted.show(this, event);
    }
}
