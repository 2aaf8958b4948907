package vn.bca.antq.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.security.Account;
import vn.bca.antq.security.AccountService;
import vn.bca.antq.security.InvalidAccountException;
import vn.bca.antq.security.PresenterToken;
import vn.bca.antq.security.Role;

/**
 * Accounts and presenter tokens ({@code /admin/users}, ADMIN only): create an account with its role and province,
 * change role or province, disable it, reset its password (changed at the next sign-in); create a conference
 * screen's token (shown once) and revoke it.
 */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 90, icon = "vaadin:users", title = "users.menu")
class UsersView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final Clock clock;
    private final List<AdminUnit> provinces;
    private final Map<String, AdminUnit> provinceByCode;
    private final Grid<Account> accountGrid = new Grid<>();
    private final Grid<PresenterToken> tokenGrid = new Grid<>();
    private final GridTable<Account> accountExport = new GridTable<>(accountGrid);
    private final GridTable<PresenterToken> tokenExport = new GridTable<>(tokenGrid);

    UsersView(AccountService accounts, AdministrativeUnits units, Clock clock, Exports exports) {
        this.accounts = accounts;
        this.clock = clock;
        this.provinces = units.all(Era.PROVINCES_34, UnitLevel.PROVINCE);
        this.provinceByCode = provinces.stream().collect(Collectors.toMap(AdminUnit::getCode, Function.identity()));
        addClassName("users-view");
        accountGrid.setId("account-grid");
        accountExport.column(
                accountGrid
                        .addColumn(Account::username)
                        .setKey("username")
                        .setHeader(getTranslation("users.username"))
                        .setAutoWidth(true),
                Account::username);
        accountExport.column(
                accountGrid
                        .addColumn(Account::displayName)
                        .setKey("name")
                        .setHeader(getTranslation("users.display-name"))
                        .setAutoWidth(true),
                Account::displayName);
        accountExport.column(
                accountGrid.addColumn(this::role).setKey("role").setHeader(getTranslation("users.role")), this::role);
        accountExport.column(
                accountGrid.addColumn(this::province).setKey("province").setHeader(getTranslation("users.province")),
                this::province);
        accountExport.column(
                accountGrid.addColumn(this::state).setKey("state").setHeader(getTranslation("users.state")),
                this::state);
        accountGrid.addComponentColumn(this::accountActions).setKey("actions").setAutoWidth(true);
        accountGrid.setAllRowsVisible(true);
        tokenGrid.setId("token-grid");
        tokenExport.column(
                tokenGrid
                        .addColumn(PresenterToken::name)
                        .setKey("name")
                        .setHeader(getTranslation("tokens.name"))
                        .setAutoWidth(true),
                PresenterToken::name);
        tokenExport.column(
                tokenGrid.addColumn(this::created).setKey("created").setHeader(getTranslation("tokens.created")),
                this::created);
        tokenExport.column(
                tokenGrid.addColumn(this::lastUsed).setKey("used").setHeader(getTranslation("tokens.last-used")),
                this::lastUsed);
        tokenExport.column(
                tokenGrid.addColumn(this::expires).setKey("expires").setHeader(getTranslation("tokens.expires")),
                this::expires);
        tokenExport.column(
                tokenGrid.addColumn(this::tokenState).setKey("state").setHeader(getTranslation("users.state")),
                this::tokenState);
        tokenGrid.addComponentColumn(this::tokenActions).setKey("actions");
        tokenGrid.setAllRowsVisible(true);
        Button newAccount = new Button(getTranslation("users.create"), e -> openCreate());
        newAccount.setId("account-create");
        newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newToken = new Button(getTranslation("tokens.create"), e -> openCreateToken());
        newToken.setId("token-create");
        ExportMenu accountDownload =
                exports.menu(() -> accountExport.table(getTranslation("users.title")), () -> "accounts");
        accountDownload.setId("account-export");
        ExportMenu tokenDownload =
                exports.menu(() -> tokenExport.table(getTranslation("tokens.title")), () -> "presenter tokens");
        tokenDownload.setId("token-export");
        add(
                new H2(getTranslation("users.title")),
                newAccount,
                accountDownload,
                accountGrid,
                new H3(getTranslation("tokens.title")),
                new Paragraph(getTranslation("tokens.intro")),
                newToken,
                tokenDownload,
                tokenGrid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – ANTQ";
    }

    private void refresh() {
        accountGrid.setItems(accounts.accounts());
        tokenGrid.setItems(accounts.presenterTokens());
    }

    private String state(Account account) {
        if (!account.enabled()) {
            return getTranslation("users.disabled");
        }
        return getTranslation(account.mustChangePassword() ? "users.must-change" : "users.active");
    }

    private String role(Account account) {
        return getTranslation(account.role().labelKey());
    }

    private String province(Account account) {
        String code = account.provinceCode();
        if (code == null) {
            return "";
        }
        AdminUnit province = provinceByCode.get(code);
        return province == null ? code : province.getShortName();
    }

    private String created(PresenterToken token) {
        return Format.dateTime(token.createdAt(), clock.getZone());
    }

    private String lastUsed(PresenterToken token) {
        return token.lastUsedAt() == null ? "" : Format.dateTime(token.lastUsedAt(), clock.getZone());
    }

    private String expires(PresenterToken token) {
        return Format.dateTime(token.expiresAt(), clock.getZone());
    }

    private String tokenState(PresenterToken token) {
        return getTranslation(
                token.revokedAt() != null
                        ? "tokens.revoked"
                        : token.isActiveAt(clock.instant()) ? "tokens.active" : "tokens.expired");
    }

    private Div accountActions(Account account) {
        Button edit = new Button(getTranslation("users.edit"), e -> openEdit(account));
        edit.setId("account-edit-" + account.username());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(getTranslation("users.reset"), e -> openReset(account));
        reset.setId("account-reset-" + account.username());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new Div(edit, reset);
    }

    private Div tokenActions(PresenterToken token) {
        Div actions = new Div();
        if (token.revokedAt() == null) {
            Button rotate = new Button(
                    getTranslation("tokens.rotate"),
                    e -> showTokenLink(
                            new Dialog(getTranslation("tokens.rotate")), accounts.rotatePresenterToken(token.id())));
            rotate.setId("token-rotate-" + token.id());
            rotate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(rotate);
        }
        if (token.revokedAt() == null) {
            Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
                accounts.revokePresenterToken(token.id());
                notify(getTranslation("tokens.revoked-notice", token.name()));
                refresh();
            });
            revoke.setId("token-revoke-" + token.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(revoke);
        }
        return actions;
    }

    private Select<Role> roleSelect(Role value) {
        Select<Role> role = new Select<>();
        role.setId("account-role");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(value);
        return role;
    }

    private Select<AdminUnit> provinceSelect(@Nullable String code) {
        Select<AdminUnit> province = new Select<>();
        province.setId("account-province");
        province.setLabel(getTranslation("users.province"));
        province.setItems(provinces);
        province.setItemLabelGenerator(p -> p == null ? "" : p.getShortName()); // null: the empty choice (no province)
        province.setEmptySelectionAllowed(true);
        if (code != null) {
            province.setValue(provinceByCode.get(code));
        }
        return province;
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("users.create"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("account-username");
        TextField name = new TextField(getTranslation("users.display-name"));
        name.setId("account-display-name");
        Select<Role> role = roleSelect(Role.PROVINCE_OFFICER);
        Select<AdminUnit> province = provinceSelect(null);
        PasswordField password = new PasswordField(getTranslation("users.initial-password"));
        password.setId("account-password");
        password.setHelperText(getTranslation("password.rule", String.valueOf(AccountService.SHORTEST_PASSWORD)));
        Span problem = problem();
        Checkbox leads = leadsCheckbox(false);
        Button save = new Button(
                getTranslation("users.save"),
                e -> attempt(problem, () -> {
                    accounts.create(
                            username.getValue(),
                            name.getValue(),
                            role.getValue(),
                            code(province.getValue()),
                            password.getValue(),
                            leads.getValue());
                    dialog.close();
                    notify(getTranslation("users.created", username.getValue()));
                }));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, name, role, province, password, leads), problem);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEdit(Account account) {
        Dialog dialog = new Dialog(account.username());
        TextField name = new TextField(getTranslation("users.display-name"));
        name.setValue(account.displayName());
        Select<Role> role = roleSelect(account.role());
        Select<AdminUnit> province = provinceSelect(account.provinceCode());
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"), account.enabled());
        enabled.setId("account-enabled");
        Checkbox leads = leadsCheckbox(account.leadsPresentations());
        Span problem = problem();
        Button save = new Button(
                getTranslation("users.save"),
                e -> attempt(problem, () -> {
                    accounts.update(
                            account.id(),
                            name.getValue(),
                            role.getValue(),
                            code(province.getValue()),
                            enabled.getValue(),
                            leads.getValue());
                    dialog.close();
                    notify(getTranslation("users.saved", account.username()));
                }));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(
                new Paragraph(getTranslation("users.edit-ends-sessions")),
                new FormLayout(name, role, province, enabled, leads),
                problem);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openReset(Account account) {
        Dialog dialog = new Dialog(getTranslation("users.reset-title", account.username()));
        PasswordField password = new PasswordField(getTranslation("users.temporary-password"));
        password.setId("account-temporary-password");
        password.setHelperText(getTranslation("password.rule", String.valueOf(AccountService.SHORTEST_PASSWORD)));
        Span problem = problem();
        Button save = new Button(
                getTranslation("users.reset"),
                e -> attempt(problem, () -> {
                    accounts.resetPassword(account.id(), password.getValue());
                    dialog.close();
                    notify(getTranslation("users.reset-done", account.username()));
                }));
        save.setId("account-reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("users.reset-text")), password, problem);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openCreateToken() {
        Dialog dialog = new Dialog(getTranslation("tokens.create"));
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        Span problem = problem();
        Button save = new Button(
                getTranslation("users.save"),
                e -> attempt(problem, () -> showTokenLink(dialog, accounts.createPresenterToken(name.getValue()))));
        save.setId("token-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, problem);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** The link with a new token, shown once in {@code dialog}. */
    private void showTokenLink(Dialog dialog, String token) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        TextField link = new TextField(getTranslation("tokens.link"));
        link.setId("token-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue("/present?screen=" + token);
        dialog.add(new Paragraph(getTranslation("tokens.shown-once")), link);
        dialog.getFooter().add(new Button(getTranslation("users.close"), c -> dialog.close()));
        dialog.open();
        refresh();
    }

    private Checkbox leadsCheckbox(boolean value) {
        Checkbox leads = new Checkbox(getTranslation("users.leads-presentations"), value);
        leads.setId("account-leads");
        leads.setTooltipText(getTranslation("users.leads-presentations-hint"));
        return leads;
    }

    private void attempt(Span problem, Runnable action) {
        try {
            action.run();
            refresh();
        } catch (InvalidAccountException e) {
            problem.setText(getTranslation(e.messageKey(), e.arguments()));
            problem.setVisible(true);
        }
    }

    private static Span problem() {
        Span problem = new Span();
        problem.setId("account-problem");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        return problem;
    }

    private static @Nullable String code(@Nullable AdminUnit province) {
        return province == null ? null : province.getCode();
    }

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
