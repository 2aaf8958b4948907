package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
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
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.FigureCard;
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

    private static List<String> details(Indicator indicator) {
        FigureCard card = _get(FigureCard.class, spec -> spec.withId(FigureCards.id(indicator)));
        return card.getElement().getChild(2).getChildren().map(e -> e.getText()).toList();
    }
}
