package vn.bca.antq.base.ui.map;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.bca.antq.base.choropleth.ClassBreaks;
import vn.bca.antq.base.choropleth.Classification;
import vn.bca.antq.base.choropleth.ColourRamp;

/** The map's server side: the layer URL, styles and legend reach the element, and a click reaches Java. */
class ChoroplethMapTest {

    ChoroplethMap map;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        map = new ChoroplethMap();
        UI.getCurrent().add(map);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theDataSendsOnlyStylesByCodeAndTheLayerStaysAsItWas() {
        map.setLayer("geo/abc/provinces-34.json");
        Map<String, RegionStyle> data = new LinkedHashMap<>();
        data.put("01", new RegionStyle("#31a354", "Hà Nội", List.of("Thành phố Hà Nội", "Tỷ lệ: 97,37%"), 97.37));
        data.put("31", RegionStyle.noData("Thành phố Hải Phòng"));

        map.setData(data);

        JsonNode regions = (JsonNode) map.getElement().getPropertyRaw("regions");
        assertThat(regions.propertyNames()).containsExactly("01", "31");
        assertThat(regions.path("01").path("fill").asString()).isEqualTo("#31a354");
        assertThat(regions.path("01").path("tooltip").get(1).asString()).isEqualTo("Tỷ lệ: 97,37%");
        assertThat(regions.path("01").path("value").doubleValue()).isEqualTo(97.37);
        assertThat(regions.path("31").has("fill"))
                .as("no data: the browser hatches it")
                .isFalse();
        assertThat(map.getElement().getProperty("layerUrl")).isEqualTo("geo/abc/provinces-34.json");
    }

    @Test
    void aNewYearReplacesTheStylesWithoutTouchingTheLayer() {
        map.setLayer("geo/abc/provinces-34.json");
        map.setData(Map.of("01", new RegionStyle("#edf8e9", null, List.of("Hà Nội"), 60.0)));

        map.setData(Map.of("01", new RegionStyle("#006d2c", null, List.of("Hà Nội"), 99.0)));

        assertThat(((JsonNode) map.getElement().getPropertyRaw("regions"))
                        .path("01")
                        .path("fill")
                        .asString())
                .isEqualTo("#006d2c");
        assertThat(map.getLayer()).isEqualTo("geo/abc/provinces-34.json");
    }

    @Test
    void theLegendListsTheClassesAndNoData() {
        Classification classes = ClassBreaks.equalIntervals(List.of(0, 50, 100), 2, ColourRamp.BLUES);

        map.setLegend(classes.legend("Số mô hình", 0, ""));

        JsonNode legend = (JsonNode) map.getElement().getPropertyRaw("legend");
        assertThat(legend.path("title").asString()).isEqualTo("Số mô hình");
        assertThat(legend.path("entries")).hasSize(2);
        assertThat(legend.path("entries").get(1).path("label").asString()).isEqualTo("50 – 100");
        assertThat(legend.path("noDataLabel").asString()).isEqualTo("Không có số liệu");
    }

    @Test
    void aClickOnAUnitInTheBrowserFiresTheServerEventWithItsCode() {
        List<FeatureClickEvent> clicks = new ArrayList<>();
        map.addFeatureClickListener(clicks::add);

        _fireDomEvent(
                map,
                ChoroplethMap.CLICK_EVENT,
                JsonMapper.builder()
                        .build()
                        .createObjectNode()
                        .put("event.detail.code", "48")
                        .put("event.detail.name", "Đà Nẵng"));

        assertThat(clicks).singleElement().satisfies(e -> {
            assertThat(e.getCode()).isEqualTo("48");
            assertThat(e.getName()).isEqualTo("Đà Nẵng");
            assertThat(e.getSource()).isSameAs(map);
        });
    }

    @Test
    void theMapUsesOpenLayersNotVaadinsCommercialMap() {
        assertThat(ChoroplethMap.class.getAnnotation(NpmPackage.class).value()).isEqualTo("ol");
        assertThat(ChoroplethMap.class.getAnnotation(NpmPackage.class).version())
                .isEqualTo("10.11.0");
        assertThat(ChoroplethMap.class.getAnnotation(CssImport.class).value()).isEqualTo("ol/ol.css");
    }
}
