package vn.bca.antq.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;

/** On a conference screen too, rates that lie within a few points are ranked around the national value. */
class RankingSlideTest extends KaribuTest {

    @Autowired
    private IndicatorService indicators;

    @Test
    void aRankingSlideOfRatesIsNotDrawnOnAZeroToHundredAxis() {
        UI.getCurrent()
                .navigate(
                        "present",
                        QueryParameters.simple(Map.of("slides", "ranking:coverage-residential-areas", "year", "2025")));

        ChartOptions ranking = _get(ApexChart.class).getOptions();

        assertThat(ranking.range()).isNotNull();
        assertThat(ranking.range().min()).isNegative();
        assertThat(ranking.range().max() - ranking.range().min()).isLessThan(100);
        assertThat(ranking.markers())
                .singleElement()
                .satisfies(marker -> assertThat(marker.label())
                        .isEqualTo("Toàn quốc: "
                                + Format.percent(indicators
                                        .national(Indicator.COVERAGE_RESIDENTIAL_AREAS, Period.year(2025))
                                        .value())));
        assertThat(ranking.xAxisTitle()).isEqualTo("Chênh lệch so với Toàn quốc, điểm phần trăm");
    }

    @Test
    void aTrendSlideMarksTheBreaks() {
        UI.getCurrent()
                .navigate(
                        "present",
                        QueryParameters.simple(
                                Map.of("slides", "trend:coverage-communes,trend:festival-sites", "year", "2026")));

        assertThat(_get(ApexChart.class).getOptions().markers())
                .extracting(ChartOptions.Marker::category)
                .containsExactly("2022", "2025");
        fireShortcut(Key.ARROW_RIGHT);
        assertThat(_get(ApexChart.class).getOptions().markers())
                .extracting(ChartOptions.Marker::category)
                .containsExactly("2025");
    }
}
