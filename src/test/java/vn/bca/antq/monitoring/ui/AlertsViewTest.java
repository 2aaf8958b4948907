package vn.bca.antq.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.monitoring.Alert;
import vn.bca.antq.monitoring.AlertJob;
import vn.bca.antq.monitoring.AlertRule;
import vn.bca.antq.monitoring.Monitored;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.security.Role;

/** The alerts page and the bell: an alert listed with its situation, acknowledged with a comment, counted down. */
class AlertsViewTest extends KaribuTest {

    @Autowired
    TargetService targets;

    @Autowired
    AlertJob job;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        Monitored.clear(jdbc);
    }

    @Test
    void anOfficerSeesItsProvincesAlertWithItsSituationAndAcknowledgesItWithAComment() {
        AdminUnit hungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        targets.set(Indicator.FESTIVAL_SITES, hungYen, 2026, BigDecimal.valueOf(100_000));
        job.run();
        signIn(Role.PROVINCE_OFFICER, "33");
        UI.getCurrent().navigate("alerts", QueryParameters.of("year", "2026"));
        int bellBefore = Integer.parseInt(
                _get(Span.class, spec -> spec.withId("alert-bell-count")).getText());

        Alert alert = rows().stream()
                .filter(a -> a.unitId() == hungYen.getId() && a.indicator() == Indicator.FESTIVAL_SITES)
                .filter(a -> a.rule() == AlertRule.AT_RISK || a.rule() == AlertRule.BELOW_TARGET)
                .findFirst()
                .orElseThrow();
        assertThat(rows())
                .allSatisfy(a -> assertThat(units.byId(a.unitId())
                                .flatMap(u -> u.getLevel() == UnitLevel.PROVINCE
                                        ? java.util.Optional.of(u)
                                        : units.ancestorAt(u, UnitLevel.PROVINCE))
                                .orElseThrow()
                                .getCode())
                        .as("an officer sees its own province only")
                        .isEqualTo("33"));
        Grid<Alert> grid = grid();
        int row = GridKt._findAll(grid).indexOf(alert);
        assertThat(GridKt._getFormatted(grid, row, "detail")).endsWith("mục tiêu 100.000");
        assertThat(GridKt._getFormatted(grid, row, "rule"))
                .isIn("Có nguy cơ không đạt mục tiêu", "Quá hạn mà chưa đạt mục tiêu");

        @SuppressWarnings("unchecked")
        LitRenderer<Alert> actions =
                (LitRenderer<Alert>) grid.getColumnByKey("actions").getRenderer();
        assertThat(actions.getValueProviders().get("key").apply(alert))
                .isEqualTo("33/FESTIVAL_SITES/" + alert.rule().name());
        assertThat(actions.getValueProviders().get("explain").apply(alert))
                .isEqualTo("province/33?year=2026&indicator=FESTIVAL_SITES");
        assertThat(actions.getValueProviders().get("done").apply(alert))
                .as("the acknowledge button shown")
                .isEqualTo(false);
        _get(AlertsView.class).acknowledge(alert);
        _click(_get(Button.class, spec -> spec.withId("acknowledge-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("acknowledge-comment"))
                        .getErrorMessage())
                .isEqualTo("Hãy ghi chú khi xác nhận cảnh báo (đã biết, đã làm gì).");
        _setValue(
                _get(TextArea.class, spec -> spec.withId("acknowledge-comment")), "Đã giao các huyện rà soát kế hoạch");
        _click(_get(Button.class, spec -> spec.withId("acknowledge-save")));

        Alert acknowledged =
                rows().stream().filter(a -> a.id() == alert.id()).findFirst().orElseThrow();
        assertThat(acknowledged.comment()).isEqualTo("Đã giao các huyện rà soát kế hoạch");
        assertThat(actions.getValueProviders().get("done").apply(acknowledged))
                .as("no acknowledge button once acknowledged")
                .isEqualTo(true);
        assertThat(Integer.parseInt(_get(Span.class, spec -> spec.withId("alert-bell-count"))
                        .getText()))
                .as("the bell counted anew at once")
                .isEqualTo(bellBefore - 1);
    }

    @Test
    void onlyTheAdminSeesTheRulesToSwitch() {
        UI.getCurrent().navigate("alerts");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("alert-rules"))
                        .getChildren()
                        .count())
                .isZero();
        signIn(Role.ADMIN, null);
        UI.getCurrent().navigate("alerts");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("alert-rules"))
                        .getChildren()
                        .count())
                .isGreaterThan(7);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Alert> grid() {
        return _get(Grid.class, spec -> spec.withId("alerts-grid"));
    }

    private static List<Alert> rows() {
        return GridKt._findAll(grid());
    }
}
