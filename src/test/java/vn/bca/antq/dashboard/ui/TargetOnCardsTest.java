package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.FigureCard;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.monitoring.Monitored;
import vn.bca.antq.monitoring.TargetService;

/** A key figure with a target shows the target and how far the figure is from it, in points for a rate. */
class TargetOnCardsTest extends KaribuTest {

    @Autowired
    TargetService targets;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        Monitored.clear(jdbc);
    }

    @Test
    void theNationsCardShowsItsTargetAndTheGapInPoints() {
        BigDecimal value = indicators
                .national(Indicator.COVERAGE_COMMUNES, Period.year(2025))
                .value();
        BigDecimal target = value.add(new BigDecimal("1.5")).min(BigDecimal.valueOf(100));
        targets.set(Indicator.COVERAGE_COMMUNES, units.nation(), 2025, target);
        UI.getCurrent().navigate("", QueryParameters.of("year", "2025"));
        assertThat(details(Indicator.COVERAGE_COMMUNES))
                .contains("Mục tiêu " + Format.percent(target) + ", còn thiếu " + Format.number(target.subtract(value))
                        + " điểm %");
    }

    @Test
    void aProvincesCardSaysWhenItsTargetIsReached() {
        AdminUnit hungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        targets.set(Indicator.FESTIVAL_SITES, hungYen, 2025, BigDecimal.ONE);
        UI.getCurrent().navigate("province/33", QueryParameters.of("year", "2025"));
        assertThat(details(Indicator.FESTIVAL_SITES)).contains("Mục tiêu 1, đã đạt");
    }

    @Test
    void theMapTellsAProvincesTargetAndTheTableSortsTheProvincesByTheirGap() {
        AdminUnit hungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        AdminUnit haNoi = units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "01").orElseThrow();
        BigDecimal sites = indicators
                .figure(Indicator.FESTIVAL_SITES, hungYen, Period.year(2025))
                .value();
        targets.set(Indicator.FESTIVAL_SITES, hungYen, 2025, sites.add(BigDecimal.valueOf(40)));
        targets.set(Indicator.FESTIVAL_SITES, haNoi, 2025, BigDecimal.ONE);

        UI.getCurrent()
                .navigate(
                        "",
                        new QueryParameters(Map.of("year", List.of("2025"), "indicator", List.of("FESTIVAL_SITES"))));

        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("national-map"));
        assertThat(map.getData().get("33").tooltip())
                .contains("Mục tiêu " + Format.number(sites.add(BigDecimal.valueOf(40))) + ", còn thiếu 40");
        assertThat(map.getData().get("01").tooltip()).contains("Mục tiêu 1, đã đạt");
        assertThat(map.getData().get("04").tooltip()).noneMatch(line -> line.startsWith("Mục tiêu"));

        @SuppressWarnings("unchecked")
        Grid<Figure> table = _get(Grid.class, spec -> spec.withId("unit-table"));
        Grid.Column<Figure> target = table.getColumnByKey("target");
        assertThat(target.isVisible()).isTrue();
        table.sort(GridSortOrder.desc(target).build());
        List<Figure> sorted = GridKt._findAll(table);
        assertThat(sorted.getFirst().unit().getCode())
                .as("the largest gap first")
                .isEqualTo("33");
        assertThat(sorted.get(1).unit().getCode()).as("then a target reached").isEqualTo("01");
        assertThat(GridKt._getFormatted(table, 0, "target"))
                .isEqualTo("Mục tiêu " + Format.number(sites.add(BigDecimal.valueOf(40))) + ", còn thiếu 40");
    }

    @Test
    void withoutTargetsTheTableHasNoTargetColumn() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "2025"));
        @SuppressWarnings("unchecked")
        Grid<Figure> table = _get(Grid.class, spec -> spec.withId("unit-table"));
        assertThat(table.getColumnByKey("target").isVisible()).isFalse();
    }

    private static List<String> details(Indicator indicator) {
        FigureCard card = _get(FigureCard.class, spec -> spec.withId(FigureCards.id(indicator)));
        return card.getElement().getChild(2).getChildren().map(e -> e.getText()).toList();
    }
}
