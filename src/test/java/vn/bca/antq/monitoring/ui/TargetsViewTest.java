package vn.bca.antq.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.monitoring.Monitored;
import vn.bca.antq.monitoring.Progress;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.monitoring.TargetStatus;
import vn.bca.antq.security.Role;

/** The targets page: typing a target saves it with its progress; a wrong value is explained under the field. */
class TargetsViewTest extends KaribuTest {

    @Autowired
    TargetService targets;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        Monitored.clear(jdbc);
    }

    @Test
    void leadershipTypesAProvincesTargetTheVietnameseWayAndSeesItsProgress() {
        UI.getCurrent().navigate("targets", QueryParameters.of("year", "2026"));
        AdminUnit hungYen = province("33");
        TextField field = field(hungYen, Indicator.COVERAGE_COMMUNES).orElseThrow();
        _setValue(field, "99,5");

        assertThat(targets.target(Indicator.COVERAGE_COMMUNES, hungYen, 2026)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("99.5");
        assertThat(field.isInvalid()).isFalse();
        assertThat(texts(cell(hungYen, Indicator.COVERAGE_COMMUNES)))
                .as("last year's value, and the progress by name")
                .anySatisfy(t -> assertThat(t).startsWith("Năm 2025: "))
                .anySatisfy(t -> assertThat(t)
                        .isIn("Đã đạt", "Đúng tiến độ", "Có nguy cơ không đạt", "Chậm tiến độ", "Chưa có số liệu"));
    }

    @Test
    void aValueTheIndicatorCannotHaveIsExplainedUnderTheFieldAndNothingIsStored() {
        UI.getCurrent().navigate("targets", QueryParameters.of("year", "2026"));
        AdminUnit hungYen = province("33");
        TextField rate = field(hungYen, Indicator.COVERAGE_COMMUNES).orElseThrow();
        _setValue(rate, "120");
        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage()).isEqualTo("Tỷ lệ không vượt quá 100% (đã nhập 120).");
        TextField sites = field(hungYen, Indicator.FESTIVAL_SITES).orElseThrow();
        _setValue(sites, "ba trăm");
        assertThat(sites.getErrorMessage()).isEqualTo("Không đọc được “ba trăm” là một số. Ví dụ: 98,5 hoặc 320.");
        assertThat(targets.targets(2026, List.of(hungYen))).isEmpty();
    }

    @Test
    void anOfficerSetsItsCommunesTargetsAndReadsTheProvincesAsSetByTheMinistry() {
        AdminUnit hungYen = province("33");
        targets.set(Indicator.FESTIVAL_SITES, hungYen, 2026, java.math.BigDecimal.valueOf(320));
        signIn(Role.PROVINCE_OFFICER, "33");
        UI.getCurrent().navigate("targets", QueryParameters.of("year", "2026"));

        assertThat(field(hungYen, Indicator.FESTIVAL_SITES))
                .as("the province's own target")
                .isEmpty();
        assertThat(texts(cell(hungYen, Indicator.FESTIVAL_SITES))).contains("320");
        AdminUnit commune = units.within(hungYen, UnitLevel.COMMUNE).getFirst();
        _setValue(field(commune, Indicator.FESTIVAL_SITES).orElseThrow(), "12");
        assertThat(targets.target(Indicator.FESTIVAL_SITES, commune, 2026)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("12");
    }

    @Test
    void theMapColoursProvincesByProgressAndTheRankingPutsTheLargestGapFirst() {
        AdminUnit hungYen = province("33");
        AdminUnit haNoi = province("01");
        targets.set(Indicator.FESTIVAL_SITES, hungYen, 2026, java.math.BigDecimal.valueOf(100_000));
        targets.set(Indicator.FESTIVAL_SITES, haNoi, 2026, java.math.BigDecimal.ONE);
        UI.getCurrent().navigate("targets", QueryParameters.of("year", "2026"));
        _setValue(
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("progress-indicator")),
                Indicator.FESTIVAL_SITES);

        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("progress-map"));
        assertThat(map.getData().get("01").fill()).isEqualTo(Progress.REACHED.colour());
        assertThat(map.getData().get("33").fill()).isIn(Progress.AT_RISK.colour(), Progress.BEHIND.colour());
        assertThat(map.getData().get("79").fill()).as("no target: hatched").isNull();
        assertThat(map.getLegend().entries()).extracting(e -> e.label()).contains("Đã đạt", "Chậm tiến độ");
        @SuppressWarnings("unchecked")
        Grid<TargetStatus> ranking = _get(Grid.class, spec -> spec.withId("progress-ranking"));
        assertThat(GridKt._findAll(ranking)).extracting(s -> s.unit().getCode()).containsExactly("33", "01");
    }

    @SuppressWarnings("unchecked")
    private Component cell(AdminUnit unit, Indicator indicator) {
        Grid<AdminUnit> grid = _get(Grid.class, spec -> spec.withId("targets-grid"));
        List<AdminUnit> rows = GridKt._findAll(grid);
        int row = rows.indexOf(rows.stream()
                .filter(u -> u.getId().equals(unit.getId()))
                .findFirst()
                .orElseThrow());
        return GridKt._getCellComponent(grid, row, indicator.name());
    }

    private Optional<TextField> field(AdminUnit unit, Indicator indicator) {
        return cell(unit, indicator)
                .getChildren()
                .filter(TextField.class::isInstance)
                .map(TextField.class::cast)
                .findFirst();
    }

    private static List<String> texts(Component cell) {
        return cell.getChildren()
                .filter(Span.class::isInstance)
                .map(c -> ((Span) c).getText())
                .toList();
    }

    private AdminUnit province(String code) {
        return units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, code).orElseThrow();
    }
}
