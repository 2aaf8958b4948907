package vn.bca.antq.security;

import com.vaadin.flow.component.Component;

/**
 * The sign-in view, provided by the user interface ({@code security.ui}), so that the security configuration can hand
 * it to Vaadin without depending on UI classes.
 */
public interface SignInPage {

    Class<? extends Component> view();
}
