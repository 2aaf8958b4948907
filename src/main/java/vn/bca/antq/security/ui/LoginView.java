package vn.bca.antq.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.ui.UiLanguage;

/**
 * Sign-in ({@code /login}), in Vietnamese with a switch to English. The form posts to Spring Security; a refused
 * sign-in comes back with {@code ?error} and one message for every reason (wrong password, unknown account, locked).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        setId("login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        notice.setId("login-notice");
        notice.addClassName("login-notice");
        notice.setVisible(false);
        Button vietnamese = languageButton(Language.VI, "login-vi");
        Button english = languageButton(Language.EN, "login-en");
        Div languages = new Div(vietnamese, english);
        languages.addClassName("login-languages");
        H1 title = new H1(getTranslation("app.title"));
        Paragraph subtitle = new Paragraph(getTranslation("app.subtitle"));
        Div card = new Div(title, subtitle, notice, form, languages);
        card.addClassName("login-card");
        add(card);
    }

    private Button languageButton(Language language, String id) {
        Button button = new Button(
                getTranslation(language == Language.VI ? "language.vi" : "language.en"),
                e -> getUI().ifPresent(ui -> UiLanguage.choose(ui, language)));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (authentication.isAuthenticated() && request != null && request.getUserPrincipal() != null) {
            // already signed in (as the request says too: Vaadin's access control asks the request, never forward in a
            // loop)
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setI18n(i18n());
        form.setError(parameters.containsKey("error"));
        notice.setVisible(parameters.containsKey("logout"));
        notice.setText(getTranslation("login.signed-out"));
    }

    LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.text"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }
}
