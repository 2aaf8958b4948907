package vn.bca.antq.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.security.Account;
import vn.bca.antq.security.AccountService;
import vn.bca.antq.security.AuditEntry;
import vn.bca.antq.security.AuditKind;
import vn.bca.antq.security.AuditService;
import vn.bca.antq.security.PresenterToken;
import vn.bca.antq.security.Role;
import vn.bca.antq.security.SignedInUser;

/** The ADMIN's pages at work: create an officer, reset a password, revoke a screen token; and changing one's password. */
class AdminPagesTest extends KaribuTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private AuditService audit;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminCreatesAProvinceOfficerAndRevokesAScreenToken() {
        signIn(Role.ADMIN, null);
        String token = accounts.createPresenterToken("Hội trường tầng 3");
        assertThat(token).hasSizeGreaterThan(30);
        UI.getCurrent().navigate("admin/users");

        _click(_get(Button.class, spec -> spec.withId("account-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("account-username")), "ca.hungyen.2");
        _setValue(_get(TextField.class, spec -> spec.withId("account-display-name")), "Công an Hưng Yên 2");
        Select<AdminUnit> province = _get(Select.class, spec -> spec.withId("account-province"));
        province.setValue(province.getListDataView()
                .getItems()
                .filter(p -> p.getCode().equals("33"))
                .findFirst()
                .orElseThrow());
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "mot-mat-khau-dai-2026");
        _click(_get(Button.class, spec -> spec.withId("account-save")));

        Account created = accounts.accounts().stream()
                .filter(a -> a.username().equals("ca.hungyen.2"))
                .findFirst()
                .orElseThrow();
        assertThat(created.role()).isEqualTo(Role.PROVINCE_OFFICER);
        assertThat(created.provinceCode()).isEqualTo("33");
        assertThat(created.mustChangePassword()).isTrue();
        Grid<Account> grid = _get(Grid.class, spec -> spec.withId("account-grid"));
        assertThat(_findAll(grid)).extracting(Account::username).contains("ca.hungyen.2");

        PresenterToken screen = accounts.presenterTokens().stream()
                .filter(t -> t.name().equals("Hội trường tầng 3"))
                .findFirst()
                .orElseThrow();
        Grid<PresenterToken> tokens = _get(Grid.class, spec -> spec.withId("token-grid"));
        int tokenRow =
                _findAll(tokens).stream().map(PresenterToken::id).toList().indexOf(screen.id());
        Component actions = _getCellComponent(tokens, tokenRow, "actions");
        _click((Button) actions.getChildren()
                .filter(c -> c.getId().orElse("").startsWith("token-revoke-"))
                .findFirst()
                .orElseThrow());
        assertThat(accounts.presenterTokens().stream()
                        .filter(t -> t.id() == screen.id())
                        .findFirst()
                        .orElseThrow()
                        .revokedAt())
                .isNotNull();
        List<AuditEntry> changes = audit.search(null, AuditKind.TOKEN_CHANGE, null, null);
        assertThat(changes).anySatisfy(row -> assertThat(row.detail()).isEqualTo("presenter token revoked"));
    }

    @Test
    void aUserWhosePasswordWasResetChangesItAndMayContinue() {
        signIn(Role.ADMIN, null);
        Account account =
                accounts.create("doi.mat.khau", "Đổi mật khẩu", Role.LEADERSHIP, null, "mat-khau-tam-thoi-1", false);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new SignedInUser(
                                account.id(),
                                account.username(),
                                account.displayName(),
                                Role.LEADERSHIP,
                                null,
                                true,
                                null,
                                account.version(),
                                false,
                                java.time.Instant.now()),
                        null,
                        List.of(Role.LEADERSHIP.authority())));

        UI.getCurrent().navigate("");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), "mat-khau-tam-thoi-1");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "mat-khau-moi-that-dai");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "mat-khau-moi-that-dai");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
        assertThat(((SignedInUser) SecurityContextHolder.getContext()
                                .getAuthentication()
                                .getPrincipal())
                        .mustChangePassword())
                .isFalse();
        signIn(Role.ADMIN, null);
        assertThat(accounts.accounts().stream()
                        .filter(a -> a.username().equals("doi.mat.khau"))
                        .findFirst()
                        .orElseThrow()
                        .mustChangePassword())
                .isFalse();
    }
}
