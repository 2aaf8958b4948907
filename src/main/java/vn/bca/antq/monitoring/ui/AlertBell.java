package vn.bca.antq.monitoring.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.ui.NavbarItem;
import vn.bca.antq.monitoring.AlertService;
import vn.bca.antq.security.AccessScope;

/** The bell in the title bar: how many alerts within the user's scope nobody has acknowledged; opens the alerts page. */
@org.springframework.stereotype.Component
class AlertBell implements NavbarItem {

    private final AlertService alerts;
    private final AccessScope access;

    AlertBell(AlertService alerts, AccessScope access) {
        this.alerts = alerts;
        this.access = access;
    }

    @Override
    public @Nullable Component create() {
        return access.followsAlerts() ? new Bell(alerts) : null;
    }

    /** Counts again on every navigation: the frame stays while pages change. */
    static final class Bell extends Anchor implements AfterNavigationObserver {

        private final AlertService alerts;
        private final Span count = new Span();

        Bell(AlertService alerts) {
            this.alerts = alerts;
            setId("alert-bell");
            setHref("alerts");
            getElement().setAttribute("router-link", true);
            addClassName("alert-bell");
            count.setId("alert-bell-count");
            count.addClassName("alert-bell-count");
            add(new Icon(VaadinIcon.BELL), count);
        }

        @Override
        protected void onAttach(AttachEvent attachEvent) {
            refresh();
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        void refresh() {
            int open = alerts.unacknowledged();
            count.setText(String.valueOf(open));
            count.setVisible(open > 0);
            getElement().setAttribute("title", getTranslation("alerts.bell", open));
            getElement().setAttribute("aria-label", getTranslation("alerts.bell", open));
        }
    }
}
