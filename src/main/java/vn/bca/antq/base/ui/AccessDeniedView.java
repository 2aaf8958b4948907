package vn.bca.antq.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.context.ApplicationEventPublisher;
import vn.bca.antq.base.AccessRefused;

/**
 * A signed-in user opened a view whose access annotation does not admit their role. Replaces Vaadin's own handling,
 * which in production passes such a view off as "not found".
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    private final ApplicationEventPublisher events;

    AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new AccessRefused(
                "/" + event.getLocation().getPathWithQueryParameters(), "the page is not for this role"));
        return NotPermitted.show(this, event);
    }
}
