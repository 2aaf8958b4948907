package vn.bca.antq.base.ui.chart;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.bca.antq.base.text.Language;

/** The chart's server side: options reach the element as JSON, and a click in the browser reaches Java. */
class ApexChartTest {

    ApexChart chart;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        chart = new ApexChart(ChartOptions.bars(List.of("Hà Nội", "Huế", "Đà Nẵng"), Series.of("2024", 97.37, 88, null))
                .withTitle("Tỷ lệ xã an toàn")
                .withFormat(ValueFormat.PERCENT)
                .withAxisTitles("%", null)
                .withStacked(true));
        UI.getCurrent().add(chart);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theOptionsReachTheElementAsJson() {
        JsonNode config = property("config");

        assertThat(config.path("type").asString()).isEqualTo("bar");
        assertThat(config.path("horizontal").asBoolean()).isTrue();
        assertThat(config.path("stacked").asBoolean()).isTrue();
        assertThat(config.path("title").asString()).isEqualTo("Tỷ lệ xã an toàn");
        assertThat(config.path("categories").get(2).asString()).isEqualTo("Đà Nẵng");
        assertThat(config.path("series").get(0).path("data").get(0).doubleValue())
                .isEqualTo(97.37);
        assertThat(config.path("series").get(0).path("data").get(2).isNull())
                .as("a missing value stays a gap")
                .isTrue();
        assertThat(config.path("format").path("style").asString()).isEqualTo("percent");
        assertThat(config.path("xAxisTitle").asString()).isEqualTo("%");
        assertThat(config.has("yAxisTitle")).as("absent titles are left out").isFalse();
    }

    @Test
    void theChartSpeaksTheLanguageOfItsPage() {
        UI.getCurrent().setLocale(Language.EN.locale());
        assertThat(new ApexChart(ChartOptions.bars(List.of("Huế"), Series.of("2024", 1)))
                        .getElement()
                        .getAttribute("lang"))
                .isEqualTo("en");
        UI.getCurrent().setLocale(Language.VI.locale());
        assertThat(new ApexChart(ChartOptions.bars(List.of("Huế"), Series.of("2024", 1)))
                        .getElement()
                        .getAttribute("lang"))
                .isEqualTo("vi");
    }

    @Test
    void newOptionsUpdateTheSameElement() {
        var element = chart.getElement();

        chart.setOptions(
                ChartOptions.donut(List.of("Đạt", "Chưa đạt"), List.of(223, 6)).withColors("#31a354", "#d9d9d9"));

        assertThat(chart.getElement()).isSameAs(element);
        assertThat(property("config").path("type").asString()).isEqualTo("donut");
        assertThat(property("config").path("colors").get(0).asString()).isEqualTo("#31a354");
        assertThat(property("series").get(0).path("data").get(0).doubleValue()).isEqualTo(223.0);
    }

    @Test
    void newValuesAloneSendOnlyTheSeries() {
        JsonNode before = property("config");

        chart.updateSeries(List.of(Series.of("2025", 99, 90, 80)));

        assertThat(property("config")).isEqualTo(before);
        assertThat(property("series").get(0).path("name").asString()).isEqualTo("2025");
        assertThat(chart.getOptions().series().getFirst().data()).containsExactly(99.0, 90.0, 80.0);
        assertThat(chart.getOptions().title()).isEqualTo("Tỷ lệ xã an toàn");
    }

    @Test
    void aClickOnABarInTheBrowserFiresTheServerEventWithItsCategory() {
        List<DataPointClickEvent> clicks = new ArrayList<>();
        chart.addDataPointClickListener(clicks::add);
        ObjectNode detail = JsonMapper.builder()
                .build()
                .createObjectNode()
                .put("event.detail.seriesIndex", 0)
                .put("event.detail.dataPointIndex", 1)
                .put("event.detail.category", "Huế");

        _fireDomEvent(chart, ApexChart.CLICK_EVENT, detail);

        assertThat(clicks).singleElement().satisfies(e -> {
            assertThat(e.isFromClient()).isTrue();
            assertThat(e.getSeriesIndex()).isZero();
            assertThat(e.getDataPointIndex()).isEqualTo(1);
            assertThat(e.getCategory()).isEqualTo("Huế");
            assertThat(e.getSeriesName()).isEqualTo("2024");
        });
    }

    @Test
    void markersRangeNegativeColourAndNotesReachTheElement() {
        chart.setOptions(ChartOptions.bars(List.of("Hà Nội", "Huế"), Series.of("Chênh lệch", 0.8, -1.2))
                .withFormat(ValueFormat.DECIMAL.asSigned())
                .withRange(ChartOptions.Range.around(1.2, 0.25))
                .withMarkers(List.of(
                        ChartOptions.Marker.atValue(0, "Toàn quốc: 96,5%"),
                        ChartOptions.Marker.atCategory("Huế", "Huế")))
                .withNegativeColor("#bf812d")
                .withNotes(List.of("97,3%", "95,3%")));

        JsonNode config = property("config");
        assertThat(config.path("format").path("signed").asBoolean()).isTrue();
        assertThat(config.path("range").path("min").doubleValue()).isEqualTo(-2.0);
        assertThat(config.path("range").path("max").doubleValue()).isEqualTo(2.0);
        assertThat(config.path("markers").get(0).path("value").doubleValue()).isZero();
        assertThat(config.path("markers").get(0).has("category"))
                .as("a marker stands at a value or a category")
                .isFalse();
        assertThat(config.path("markers").get(1).path("category").asString()).isEqualTo("Huế");
        assertThat(config.path("negativeColor").asString()).isEqualTo("#bf812d");
        assertThat(config.path("notes").get(1).asString()).isEqualTo("95,3%");
    }

    @Test
    void aRangeAroundZeroEndsOnARoundNumberWithRoomForTheLongestBar() {
        assertThat(ChartOptions.Range.around(1.2, 0.25)).isEqualTo(new ChartOptions.Range(-2, 2));
        assertThat(ChartOptions.Range.around(3.5, 0.25)).isEqualTo(new ChartOptions.Range(-5, 5));
        assertThat(ChartOptions.Range.around(7.19, 0.3)).isEqualTo(new ChartOptions.Range(-10, 10));
        assertThat(ChartOptions.Range.around(0.31, 0.25)).isEqualTo(new ChartOptions.Range(-0.4, 0.4));
        assertThat(ChartOptions.Range.around(800, 0.3)).isEqualTo(new ChartOptions.Range(-2000, 2000));
        assertThat(ChartOptions.Range.around(0, 0.3)).as("nothing to show").isEqualTo(new ChartOptions.Range(-1, 1));
        assertThat(ChartOptions.Range.around(100, 0.3).within(100))
                .as("rates lie at most 100 points apart")
                .isEqualTo(new ChartOptions.Range(-100, 100));
    }

    @Test
    void theChartStaysOnTheLastMitReleaseOfApexCharts() {
        NpmPackage npm = ApexChart.class.getAnnotation(NpmPackage.class);

        assertThat(npm.value()).isEqualTo("apexcharts");
        assertThat(npm.version()).isEqualTo("4.7.0");
    }

    private JsonNode property(String name) {
        return (JsonNode) chart.getElement().getPropertyRaw(name);
    }
}
