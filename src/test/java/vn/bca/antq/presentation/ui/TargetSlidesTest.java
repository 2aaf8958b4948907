package vn.bca.antq.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
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
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.monitoring.Monitored;
import vn.bca.antq.monitoring.TargetService;

/** The map, ranking and spotlight slides say the target beside the figure, frozen with it. */
class TargetSlidesTest extends KaribuTest {

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
    void theRankingSlideShowsTheNationsTargetAndTheSpotlightTheProvinces() {
        BigDecimal nation =
                indicators.national(Indicator.FESTIVAL_SITES, Period.year(2025)).value();
        targets.set(Indicator.FESTIVAL_SITES, units.nation(), 2025, nation.add(BigDecimal.valueOf(100)));
        AdminUnit hungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        targets.set(Indicator.FESTIVAL_SITES, hungYen, 2025, BigDecimal.ONE);

        UI.getCurrent()
                .navigate(
                        "present",
                        QueryParameters.simple(Map.of(
                                "slides",
                                "ranking:festival-sites,spotlight:festival-sites:33,map:models",
                                "year",
                                "2025")));
        assertThat(targetLines())
                .containsExactly("Mục tiêu " + Format.number(nation.add(BigDecimal.valueOf(100))) + ", còn thiếu 100");

        fireShortcut(com.vaadin.flow.component.Key.ARROW_RIGHT);
        assertThat(targetLines()).containsExactly("Mục tiêu 1, đã đạt");

        fireShortcut(com.vaadin.flow.component.Key.ARROW_RIGHT);
        assertThat(targetLines()).as("no target of models").isEmpty();
    }

    private static List<String> targetLines() {
        return _find(Span.class, spec -> spec.withClasses("present-target")).stream()
                .map(Span::getText)
                .toList();
    }
}
