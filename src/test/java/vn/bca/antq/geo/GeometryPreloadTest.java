package vn.bca.antq.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.Era;

/** The national layers are cut when the Vaadin service starts, so the first visitor does not wait for them. */
class GeometryPreloadTest extends KaribuTest {

    @Test
    void theNationalLayersAreReadyWhenTheServiceStarts() {
        GeoLayers layers = new GeoLayers();
        assertThat(layers.isCut(MapLayer.provinces(Era.PROVINCES_34))).isFalse();

        new GeometryPreload(layers).serviceInit(new ServiceInitEvent(VaadinService.getCurrent()));

        for (Era era : Era.values()) {
            assertThat(layers.isCut(MapLayer.provinces(era))).as(era.name()).isTrue();
        }
        assertThat(layers.isCut(MapLayer.districtsOf("36")))
                .as("a province's layer waits for its first visitor")
                .isFalse();
    }
}
