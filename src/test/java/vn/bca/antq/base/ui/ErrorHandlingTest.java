package vn.bca.antq.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import vn.bca.antq.KaribuTest;

class ErrorHandlingTest extends KaribuTest {

    @Test
    void anUnexpectedErrorIsAnnouncedInBothLanguagesWithoutItsDetails() {
        UI.getCurrent().navigate("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("secret detail")));
        MockVaadin.clientRoundtrip(false);

        assertThat(getNotifications()).singleElement().satisfies(notification -> {
            String text = notification.getElement().getProperty("text");
            assertThat(text)
                    .startsWith("Đã xảy ra lỗi ngoài dự kiến.")
                    .contains(" / An unexpected error occurred.")
                    .doesNotContain("secret detail")
                    .doesNotContain("IllegalStateException");
        });
    }

    @Test
    void aDatabaseThatCannotBeReachedIsSaidAsSuchInBothLanguages() {
        UI.getCurrent().navigate("");

        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
        MockVaadin.clientRoundtrip(false);

        assertThat(getNotifications())
                .singleElement()
                .satisfies(notification -> assertThat(notification.getElement().getProperty("text"))
                        .startsWith("Cơ sở dữ liệu tạm thời không truy cập được: thao tác vừa rồi chưa được thực hiện.")
                        .contains(" / The database cannot be reached for the moment")
                        .doesNotContain("HikariPool"));
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInVietnameseAndEnglish() {
        // UI.navigate hands unknown paths to the client-side router; a browser opening the address asks the server
        // router.
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("khong-co-trang-nay"), NavigationTrigger.PAGE_LOAD);

        NotFoundView view = _get(NotFoundView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text)
                .contains("Không tìm thấy trang / Page not found")
                .contains("Không có trang nào ở địa chỉ “/khong-co-trang-nay”.")
                .contains("There is no page at “/khong-co-trang-nay”.");
        Anchor back = _get(view, Anchor.class);
        assertThat(back.getText()).isEqualTo("Về trang Tổng quan / Back to the overview");
        assertThat(back.getHref()).isEmpty();
    }
}
