package vn.bca.antq.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/** The served layers: whole, small enough to send, and carrying the archipelagos with their labels. */
class GeoLayersTest {

    static final int NATIONAL_BUDGET = 300 * 1024;
    static final int PROVINCE_BUDGET = 150 * 1024;
    static final List<String> OLD_PROVINCES =
            IntStream.rangeClosed(1, 96).mapToObj(i -> String.format("%02d", i)).toList();

    static GeoLayers layers;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void load() {
        layers = new GeoLayers();
    }

    @Test
    void theNationalLayersHoldEveryProvinceOfTheirEraWithinTheBudget() {
        LayerFile old = layers.file(MapLayer.provinces(Era.PROVINCES_63)).orElseThrow();
        LayerFile now = layers.file(MapLayer.provinces(Era.PROVINCES_34)).orElseThrow();

        assertThat(old.featureCount()).isEqualTo(63);
        assertThat(now.featureCount()).isEqualTo(34);
        assertThat(old.gzip().length).isLessThanOrEqualTo(NATIONAL_BUDGET);
        assertThat(now.gzip().length).isLessThanOrEqualTo(NATIONAL_BUDGET);
        report("provinces-63", old);
        report("provinces-34", now);
    }

    @Test
    void theDistrictsOfTheOldProvincesAddUpTo705AndEachLayerIsWithinTheBudget() {
        List<Map.Entry<String, LayerFile>> found = new ArrayList<>();
        for (String code : OLD_PROVINCES) {
            layers.file(MapLayer.districtsOf(code)).ifPresent(f -> found.add(Map.entry(code, f)));
        }

        assertThat(found).hasSize(63);
        assertThat(found.stream().mapToInt(e -> e.getValue().featureCount()).sum())
                .isEqualTo(705);
        assertThat(found)
                .allSatisfy(e ->
                        assertThat(e.getValue().gzip().length).as(e.getKey()).isLessThanOrEqualTo(PROVINCE_BUDGET));
        var largest = found.stream()
                .max(Comparator.comparingInt(e -> e.getValue().gzip().length))
                .orElseThrow();
        report("largest district layer, province-63/" + largest.getKey(), largest.getValue());
    }

    @Test
    void theCommunesOfTheNewProvincesAddUpTo3321AndEachLayerIsWithinTheBudget() {
        List<Map.Entry<String, LayerFile>> found = new ArrayList<>();
        for (String code : OLD_PROVINCES) {
            layers.file(MapLayer.communesOf(code)).ifPresent(f -> found.add(Map.entry(code, f)));
        }

        assertThat(found).hasSize(34);
        assertThat(found.stream().mapToInt(e -> e.getValue().featureCount()).sum())
                .isEqualTo(3321);
        assertThat(found)
                .allSatisfy(e ->
                        assertThat(e.getValue().gzip().length).as(e.getKey()).isLessThanOrEqualTo(PROVINCE_BUDGET));
        var largest = found.stream()
                .max(Comparator.comparingInt(e -> e.getValue().gzip().length))
                .orElseThrow();
        report("largest commune layer, province-34/" + largest.getKey(), largest.getValue());
    }

    @Test
    void everyFeatureHasOnlyItsCodeAndAShortName() {
        JsonNode units = parse(MapLayer.provinces(Era.PROVINCES_63))
                .path("objects")
                .path(TopoJson.UNITS)
                .path("geometries");

        assertThat(units.get(0).path("properties").propertyNames()).containsExactlyInAnyOrder("code", "name");
        assertThat(names(MapLayer.provinces(Era.PROVINCES_63)))
                .contains("Hà Nội", "Thừa Thiên Huế")
                .doesNotContain("Thành phố Hà Nội");
        assertThat(names(MapLayer.districtsOf("79")))
                .contains("Quận 1", "Thủ Đức", "Cần Giờ")
                .doesNotContain("Huyện Cần Giờ");
        assertThat(names(MapLayer.communesOf("01"))).contains("Ba Đình");
    }

    @Test
    void theNationalLayersOfBothErasLabelHoangSaAndTruongSaBesideTheirIslands() {
        for (Era era : Era.values()) {
            JsonNode topology = parse(MapLayer.provinces(era));
            JsonNode labels = topology.path("objects").path(TopoJson.LABELS).path("geometries");

            assertThat(labels).hasSize(2);
            assertThat(labels.get(0).path("properties").path("name").asString())
                    .isEqualTo("Quần đảo Hoàng Sa (Đà Nẵng)");
            assertThat(labels.get(1).path("properties").path("name").asString())
                    .isEqualTo("Quần đảo Trường Sa (Khánh Hòa)");
            double[] hoangSa = TopoJson.lonLat(topology, labels.get(0));
            double[] truongSa = TopoJson.lonLat(topology, labels.get(1));
            assertThat(hoangSa[0]).as("Hoàng Sa lon").isBetween(111.0, 113.0);
            assertThat(hoangSa[1]).as("Hoàng Sa lat").isBetween(15.5, 17.5);
            assertThat(truongSa[0]).as("Trường Sa lon").isBetween(111.5, 116.5);
            assertThat(truongSa[1]).as("Trường Sa lat").isBetween(6.5, 12.0);
            assertThat(topology.path("objects").path(TopoJson.OUTLINES).path("geometries"))
                    .as("the islands themselves, to draw boldly")
                    .extracting(g -> g.path("type").asString())
                    .containsExactly("MultiPolygon", "MultiPolygon");
        }
    }

    @Test
    void theArchipelagosAreFeaturesOfTheirProvincesInBothErasAndLabelledThere() {
        for (Archipelago a : Archipelago.values()) {
            assertThat(codes(MapLayer.districtsOf(a.oldProvinceCode()))).contains(a.oldDistrictCode());
            assertThat(codes(MapLayer.communesOf(a.newProvinceCode()))).contains(a.newCommuneCode());
            assertThat(parse(MapLayer.communesOf(a.newProvinceCode()))
                            .path("objects")
                            .path(TopoJson.LABELS)
                            .path("geometries"))
                    .singleElement()
                    .satisfies(l -> assertThat(l.path("properties").path("name").asString())
                            .isEqualTo(a.label()));
        }
        assertThat(parse(MapLayer.communesOf("01")).path("objects").has(TopoJson.LABELS))
                .isFalse();
    }

    @Test
    void aProvinceWithoutGeometryHasNoLayerAndOldCommunesHaveNoneAtAll() {
        assertThat(layers.file(MapLayer.districtsOf("99"))).isEmpty();
        assertThat(layers.file(MapLayer.communesOf("02"))).isEmpty();
        assertThat(GeoLayers.hasGeometry(Era.PROVINCES_63, UnitLevel.COMMUNE)).isFalse();
        assertThat(GeoLayers.hasGeometry(Era.PROVINCES_34, UnitLevel.DISTRICT)).isFalse();
    }

    @Test
    void aLayerPathRoundTripsAndTheUrlCarriesTheVersion() {
        for (MapLayer layer :
                List.of(MapLayer.provinces(Era.PROVINCES_34), MapLayer.districtsOf("48"), MapLayer.communesOf("56"))) {
            assertThat(MapLayer.parse(layer.path())).contains(layer);
        }
        assertThat(MapLayer.parse("province-34/48/districts.json")).isEmpty();
        assertThat(MapLayer.parse("../provinces-34.json")).isEmpty();
        assertThat(layers.url(MapLayer.provinces(Era.PROVINCES_34)))
                .isEqualTo("geo/" + layers.version() + "/provinces-34.json");
        assertThat(layers.version()).matches("[0-9a-f]{12}").isEqualTo(new GeoLayers().version());
    }

    @Test
    void theGzipBytesUnpackToTheJsonBytes() throws IOException {
        LayerFile file = layers.file(MapLayer.communesOf("48")).orElseThrow();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(file.gzip()))) {
            assertThat(in.readAllBytes()).isEqualTo(file.json());
        }
    }

    private static JsonNode parse(MapLayer layer) {
        return JSON.readTree(layers.file(layer).orElseThrow().json());
    }

    private static List<String> codes(MapLayer layer) {
        return TopoJson.codes(parse(layer), TopoJson.UNITS);
    }

    private static List<String> names(MapLayer layer) {
        return TopoJson.geometries(parse(layer), TopoJson.UNITS)
                .map(g -> g.path("properties").path("name").asString())
                .toList();
    }

    private static void report(String what, LayerFile file) {
        System.out.printf(
                "[geo size] %s: %d features, %,d bytes JSON, %,d bytes gzip%n",
                what, file.featureCount(), file.json().length, file.gzip().length);
    }
}
