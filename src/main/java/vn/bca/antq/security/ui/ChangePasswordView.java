package vn.bca.antq.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.AccountService;
import vn.bca.antq.security.InvalidAccountException;
import vn.bca.antq.security.SignedInUser;

/** The signed-in user's own password ({@code /password}); required after an ADMIN reset it. */
@Route("password")
@PermitAll
class ChangePasswordView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph problem = new Paragraph();

    ChangePasswordView(AccountService accounts, AccessScope scope) {
        this.accounts = accounts;
        addClassName("password-view");
        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        next.setId("password-new");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule", String.valueOf(AccountService.SHORTEST_PASSWORD)));
        repeat.setId("password-repeat");
        repeat.setLabel(getTranslation("password.repeat"));
        problem.setId("password-problem");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        Button save = new Button(getTranslation("password.save"), e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean required = scope.user().map(SignedInUser::mustChangePassword).orElse(false);
        Paragraph intro = new Paragraph(getTranslation(required ? "password.required" : "password.intro"));
        VerticalLayout form = new VerticalLayout(current, next, repeat, problem, save);
        form.setPadding(false);
        form.setMaxWidth("28rem");
        add(new H2(getTranslation("password.title")), intro, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " – ANTQ";
    }

    private void save() {
        if (!next.getValue().equals(repeat.getValue())) {
            show(getTranslation("password.mismatch"));
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
        } catch (InvalidAccountException e) {
            show(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        Notification.show(getTranslation("password.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
