package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;

/** Rates of provinces lie within a few points: their ranking is drawn around the national value, not on 0–100%. */
class RateRankingTest extends KaribuTest {

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private AdministrativeUnits units;

    @Test
    void theOverviewRanksRatesByTheirDistanceFromTheNationalValueNotOnAZeroToHundredAxis() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2025", "indicator", "COVERAGE_COMMUNES")));
        Figure nation = indicators.national(Indicator.COVERAGE_COMMUNES, Period.year(2025));

        ChartOptions ranking =
                _get(ApexChart.class, spec -> spec.withId("ranking-chart")).getOptions();

        assertNotOnAZeroToHundredAxis(ranking, nation);
        Figure top =
                indicators
                        .figures(Indicator.COVERAGE_COMMUNES, Era.PROVINCES_34, UnitLevel.PROVINCE, Period.year(2025))
                        .stream()
                        .filter(f -> f.unit()
                                .getShortName()
                                .equals(ranking.categories().getFirst()))
                        .findFirst()
                        .orElseThrow();
        assertThat(ranking.series().getFirst().data().getFirst())
                .isEqualTo(top.value().subtract(nation.value()).doubleValue());
        assertThat(ranking.notes().getFirst())
                .as("the rate itself is in the tooltip")
                .isEqualTo(FigureFormat.marked(top));
    }

    @Test
    void theProvincePageRanksItsCommunesAroundTheNationalValueToo() {
        UI.getCurrent()
                .navigate(
                        "province/33",
                        QueryParameters.simple(Map.of("year", "2026", "indicator", "COVERAGE_RESIDENTIAL_AREAS")));

        assertNotOnAZeroToHundredAxis(
                _get(ApexChart.class, spec -> spec.withId("ranking-chart")).getOptions(),
                indicators.national(Indicator.COVERAGE_RESIDENTIAL_AREAS, Period.year(2026)));
    }

    @Test
    void countsAreStillRankedFromZero() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2025", "indicator", "FESTIVAL_SITES")));

        ChartOptions ranking =
                _get(ApexChart.class, spec -> spec.withId("ranking-chart")).getOptions();

        assertThat(ranking.range()).isNull();
        assertThat(ranking.markers()).isEmpty();
        assertThat(ranking.series().getFirst().data())
                .allSatisfy(v -> assertThat(v).isPositive());
    }

    @Test
    void trendsMarkTheNewCircularOnRatesOfRecognitionAndTheReformOnEveryIndicator() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("indicator", "COVERAGE_COMMUNES")));
        ChartOptions coverage =
                _get(ApexChart.class, spec -> spec.withId("trend-chart")).getOptions();
        AdminUnit namDinh =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "36").orElseThrow();

        assertThat(coverage.markers()).extracting(ChartOptions.Marker::category).containsExactly("2022", "2025");
        assertThat(coverage.notes())
                .containsExactly(
                        "đánh giá theo Thông tư 23/2012/TT-BCA",
                        "đánh giá theo Thông tư 23/2012/TT-BCA",
                        "đánh giá theo Thông tư 23/2012/TT-BCA",
                        "đánh giá theo Thông tư 124/2021/TT-BCA",
                        "đánh giá theo Thông tư 124/2021/TT-BCA",
                        "đánh giá theo Thông tư 124/2021/TT-BCA",
                        "đánh giá theo Thông tư 124/2021/TT-BCA",
                        "đánh giá theo Thông tư 124/2021/TT-BCA");

        UI.getCurrent()
                .navigate(
                        "province/" + namDinh.getCode(),
                        QueryParameters.simple(Map.of("year", "2020", "indicator", "MODELS")));
        ChartOptions models =
                _get(ApexChart.class, spec -> spec.withId("trend-chart")).getOptions();
        assertThat(models.markers()).extracting(ChartOptions.Marker::category).containsExactly("2025");
        assertThat(models.notes()).as("models are not assessed").isEmpty();
    }

    private static void assertNotOnAZeroToHundredAxis(ChartOptions ranking, Figure nation) {
        assertThat(ranking.range()).as("an axis of its own, not 0–100%").isNotNull();
        assertThat(ranking.range().min()).isNegative();
        assertThat(ranking.range().max())
                .isPositive()
                .isEqualTo(-ranking.range().min());
        assertThat(ranking.range().max() - ranking.range().min()).isLessThan(100);
        List<Double> values = ranking.series().getFirst().data().stream()
                .map(Double.class::cast)
                .toList();
        assertThat(values)
                .allSatisfy(v -> assertThat(Math.abs(v))
                        .isLessThanOrEqualTo(ranking.range().max()));
        assertThat(ranking.markers()).singleElement().satisfies(marker -> {
            assertThat(marker.value()).as("the national value marked at zero").isZero();
            assertThat(marker.label()).isEqualTo("Toàn quốc: " + Format.percent(nation.value()));
        });
        assertThat(ranking.xAxisTitle())
                .as("the scale stated")
                .isEqualTo("Chênh lệch so với Toàn quốc, điểm phần trăm");
        assertThat(ranking.format().signed()).isTrue();
    }
}
