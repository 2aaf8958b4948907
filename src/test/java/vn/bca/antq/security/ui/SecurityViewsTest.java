package vn.bca.antq.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.security.AuditKind;
import vn.bca.antq.security.Role;
import vn.bca.antq.security.SignedInUser;

/** What users see of security: the sign-in page, "not permitted", the ADMIN's pages, forced password change, screens. */
class SecurityViewsTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    vn.bca.antq.security.AuditService audit;

    @Test
    void anAnonymousVisitorOfAProtectedPageGetsTheVietnameseSignInPageWithAnEnglishSwitch() {
        signOut();

        UI.getCurrent().navigate("province/33", QueryParameters.fromString("year=2026"));

        _get(LoginForm.class);
        assertThat(_get(LoginView.class).i18n().getForm().getTitle()).isEqualTo("Đăng nhập");
        assertThat(_get(LoginView.class).i18n().getForm().getUsername()).isEqualTo("Tên đăng nhập");
        _click(_get(Button.class, spec -> spec.withId("login-en")));
        assertThat(_get(LoginView.class).i18n().getForm().getTitle()).isEqualTo("Sign in");
    }

    @Test
    void aProvinceOfficerTypingAnotherProvincesAddressReadsNotPermittedAndNoFigures() {
        signIn(Role.PROVINCE_OFFICER, "33");

        UI.getCurrent().navigate("province/08", QueryParameters.fromString("year=2026"));

        assertThat(_get(H2.class).getText()).isEqualTo("Không được phép truy cập / Not permitted");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Tuyên Quang");
    }

    @Test
    void aRefusedPageIsAuditedWithWhoAndWhat() {
        signIn(Role.PROVINCE_OFFICER, "33");

        UI.getCurrent().navigate("admin/users");

        signIn(Role.ADMIN, null);
        assertThat(audit.search("test-province_officer-33", AuditKind.ACCESS_DENIED, null, null))
                .anySatisfy(row -> assertThat(row.target()).isEqualTo("/admin/users"));
    }

    @Test
    void aProvinceOfficerSeesItsOwnProvinceInFullDetail() {
        signIn(Role.PROVINCE_OFFICER, "33");

        UI.getCurrent().navigate("province/33", QueryParameters.fromString("year=2026"));

        assertThat(_get(H2.class).getText()).contains("Hưng Yên");
    }

    @Test
    void aLeadershipUserIsRefusedTheAccountsPage() {
        UI.getCurrent().navigate("admin/users");

        assertThat(_get(H2.class).getText()).startsWith("Không được phép truy cập");
    }

    @Test
    void anAdminSeesTheAccountsTokensAndTheAuditLog() {
        signIn(Role.ADMIN, null);

        UI.getCurrent().navigate("admin/users");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("account-grid")))).isGreaterThanOrEqualTo(5);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("token-grid")))).isGreaterThanOrEqualTo(1);

        UI.getCurrent().navigate("admin/audit");
        assertThat(_get(H2.class).getText()).isEqualTo("Nhật ký hệ thống");
    }

    @Test
    void anAccountWhosePasswordWasResetMustChangeItFirst() {
        SecurityContext context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(
                        0, "reset-user", "Reset", Role.LEADERSHIP, null, true, null, 0, false, java.time.Instant.now()),
                null,
                List.of(Role.LEADERSHIP.authority())));

        UI.getCurrent().navigate("");

        assertThat(_get(H2.class).getText()).isEqualTo("Đổi mật khẩu");
    }

    @Test
    void aPresentationScreenOnlyEverShowsPresentationMode() {
        signIn(Role.PRESENTER, null);

        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("present");
    }
}
