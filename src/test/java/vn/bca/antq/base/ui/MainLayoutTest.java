package vn.bca.antq.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.security.Role;

class MainLayoutTest extends KaribuTest {

    /** The menu shows what the user may open: an ADMIN sees every entry. */
    @BeforeEach
    void signInAsAdmin() {
        signIn(Role.ADMIN, null);
    }

    @Test
    void theLayoutIsVietnameseByDefault() {
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
        assertThat(_get(Span.class, spec -> spec.withClasses("app-title")).getText())
                .isEqualTo("ANTQ");
        assertThat(_get(Span.class, spec -> spec.withClasses("app-subtitle")).getText())
                .isEqualTo("Phong trào Toàn dân bảo vệ an ninh Tổ quốc");
        assertThat(menuLabels())
                .containsExactly(
                        "Tổng quan",
                        "Trình chiếu",
                        "Bản đồ thay đổi",
                        "So sánh đơn vị",
                        "Nhập số liệu",
                        "Tiến độ nộp số liệu",
                        "Mục tiêu",
                        "Cảnh báo",
                        "Tài khoản",
                        "Nhật ký hệ thống");
        assertThat(languageSelect().getValue()).isEqualTo(Language.VI);
    }

    @Test
    void theChosenLanguageSurvivesNavigationAndANewPageInTheSameSession() {
        UI.getCurrent().navigate("");
        _setValue(languageSelect(), Language.EN);

        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.of("year", "2022"));
        assertThat(menuLabels())
                .containsExactly(
                        "Overview",
                        "Presentations",
                        "Change map",
                        "Compare units",
                        "Data intake",
                        "Submission progress",
                        "Targets",
                        "Alerts",
                        "Accounts",
                        "Audit log");

        UI before = UI.getCurrent();
        UI.getCurrent().getPage().reload(); // Karibu replaces the UI by a new one in the same session
        assertThat(UI.getCurrent()).isNotSameAs(before);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(Span.class, spec -> spec.withClasses("app-subtitle")).getText())
                .isEqualTo("Movement of All People Protecting National Security");
        assertThat(languageSelect().getValue()).isEqualTo(Language.EN);

        _setValue(languageSelect(), Language.VI);
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
        assertThat(menuLabels())
                .containsExactly(
                        "Tổng quan",
                        "Trình chiếu",
                        "Bản đồ thay đổi",
                        "So sánh đơn vị",
                        "Nhập số liệu",
                        "Tiến độ nộp số liệu",
                        "Mục tiêu",
                        "Cảnh báo",
                        "Tài khoản",
                        "Nhật ký hệ thống");
    }

    @Test
    void aPageOfTheDemoDatabaseSaysOnceAtTheTopThatItsFiguresAreSynthetic() {
        UI.getCurrent().navigate("");

        assertThat(_find(Span.class, spec -> spec.withId("demo-notice")))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.getText())
                            .isEqualTo("Cơ sở dữ liệu trình diễn: số liệu mô phỏng, không phải số liệu thật");
                    assertThat(notice.getElement().getAttribute("title")).contains("bài báo nguồn");
                });
        UI.getCurrent().navigate("province/36");
        assertThat(_find(Span.class, spec -> spec.withId("demo-notice"))).hasSize(1);
    }

    @Test
    void switchingBackToVietnameseRestoresVietnameseTexts() {
        UI.getCurrent().navigate("");
        _setValue(languageSelect(), Language.EN);
        _setValue(languageSelect(), Language.VI);

        assertThat(menuLabels())
                .containsExactly(
                        "Tổng quan",
                        "Trình chiếu",
                        "Bản đồ thay đổi",
                        "So sánh đơn vị",
                        "Nhập số liệu",
                        "Tiến độ nộp số liệu",
                        "Mục tiêu",
                        "Cảnh báo",
                        "Tài khoản",
                        "Nhật ký hệ thống");
    }

    @SuppressWarnings("unchecked")
    private static Select<Language> languageSelect() {
        return _get(Select.class, spec -> spec.withId("language"));
    }

    private static java.util.List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
