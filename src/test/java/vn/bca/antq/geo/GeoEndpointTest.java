package vn.bca.antq.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/** The served layers join the units of their era by code, and the HTTP endpoint answers them cacheably. */
@IntegrationTest
class GeoEndpointTest {

    @Autowired
    GeoLayers layers;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void everyServedFeatureIsAUnitOfTheLayersEraInsideTheLayersProvince() {
        for (Era era : Era.values()) {
            assertJoins(MapLayer.provinces(era), units.all(era, UnitLevel.PROVINCE));
            for (AdminUnit province : units.all(era, UnitLevel.PROVINCE)) {
                MapLayer layer = era == Era.PROVINCES_63
                        ? MapLayer.districtsOf(province.getCode())
                        : MapLayer.communesOf(province.getCode());
                assertJoins(layer, units.within(province, layer.level()));
            }
        }
    }

    @Test
    void theCurrentVersionIsServedGzippedAndImmutable() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/" + layers.url(MapLayer.provinces(Era.PROVINCES_34)))
                        .header("Accept-Encoding", "gzip, deflate, br"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000", "immutable", "public");
        assertThat(response.getHeader("Vary")).contains("Accept-Encoding");
        assertThat(response.getContentAsByteArray())
                .isEqualTo(layers.file(MapLayer.provinces(Era.PROVINCES_34))
                        .orElseThrow()
                        .gzip());
    }

    @Test
    void aClientWithoutGzipGetsPlainJsonAndARevalidationAnswersNotModified() throws Exception {
        String url = "/" + layers.url(MapLayer.communesOf("48"));
        MockHttpServletResponse plain = mvc.perform(get(url)).andReturn().getResponse();

        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString()).startsWith("{\"type\":\"Topology\"");
        MockHttpServletResponse again = mvc.perform(get(url).header("If-None-Match", plain.getHeader("ETag")))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    @Test
    void anOldVersionIsStillServedButMustBeRevalidated() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/geo/0123456789ab/province-63/48/districts.json"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.getHeader("ETag")).isNotBlank();
    }

    @Test
    void anUnknownLayerIsNotFoundRatherThanAVaadinPage() throws Exception {
        assertThat(mvc.perform(get("/geo/" + layers.version() + "/province-63/99/districts.json"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/geo/" + layers.version() + "/province-34/01/districts.json"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private void assertJoins(MapLayer layer, List<AdminUnit> expected) {
        var topology = JsonMapper.builder()
                .build()
                .readTree(layers.file(layer).orElseThrow().json());
        List<String> codes = TopoJson.codes(topology, TopoJson.UNITS);
        assertThat(codes)
                .as(layer.path())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(AdminUnit::getCode).toList());
    }
}
