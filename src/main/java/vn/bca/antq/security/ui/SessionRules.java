package vn.bca.antq.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.Role;
import vn.bca.antq.security.SignInPage;
import vn.bca.antq.security.SignedInUser;

/**
 * The sign-in view for the security configuration, and before every navigation: an account whose password was reset must change it before anything else, and a
 * conference screen (PRESENTER) only ever shows presentation mode.
 */
@Component
class SessionRules implements VaadinServiceInitListener {

    static final String PRESENTATION = "present";

    private final AccessScope scope;

    SessionRules(AccessScope scope) {
        this.scope = scope;
    }

    /** The sign-in view for the security configuration, which does not depend on UI classes. */
    @Bean
    static SignInPage signInPage() {
        return () -> LoginView.class;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.isErrorEvent()) {
            return;
        }
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        boolean mustChange = scope.user().map(SignedInUser::mustChangePassword).orElse(false);
        if (mustChange && target != ChangePasswordView.class) {
            event.forwardTo(ChangePasswordView.class);
        } else if (scope.hasRole(Role.PRESENTER)
                && !PRESENTATION.equals(event.getLocation().getFirstSegment())) {
            event.forwardTo(PRESENTATION);
        }
    }
}
