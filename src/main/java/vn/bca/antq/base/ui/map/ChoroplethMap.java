package vn.bca.antq.base.ui.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import vn.bca.antq.base.choropleth.ClassBreaks;
import vn.bca.antq.base.choropleth.Legend;
import vn.bca.antq.base.ui.SharedJson;

/**
 * A choropleth map in the custom element {@code <antq-choropleth-map>} over OpenLayers 10.11 (BSD-2; never Vaadin's
 * commercial Map): vector layers only, no tile server. The browser loads the geometry itself from a layer URL of
 * the geo service (cacheable for a year); the server sends only the styles per unit code ({@link #setData}), so that
 * another year or indicator costs a few kilobytes. Units without data are hatched; hovering shows a tooltip; a click
 * fires a {@link FeatureClickEvent} with the unit's code. The map only draws: which colour a value gets is decided
 * by the caller, e.g. with {@link ClassBreaks}.
 */
@Tag("antq-choropleth-map")
@NpmPackage(value = "ol", version = "10.11.0")
@JsModule("./components/antq-choropleth-map.ts")
@CssImport("ol/ol.css")
public class ChoroplethMap extends Component implements HasSize {

    static final String CLICK_EVENT = "antq-feature-click";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Map<String, RegionStyle> data = Map.of();
    private @Nullable Legend legend;

    public ChoroplethMap() {
        setWidthFull();
        setHeight("480px");
    }

    /** The geometry to draw, e.g. {@code GeoLayers.url(MapLayer.provinces(era))}; relative URLs resolve against the app root. */
    public void setLayer(String url) {
        getElement().setProperty("layerUrl", url);
    }

    public String getLayer() {
        return getElement().getProperty("layerUrl", "");
    }

    /** The style of each unit by code; units missing here are drawn as "no data". Sends no geometry. */
    public void setData(Map<String, RegionStyle> data) {
        this.data = new LinkedHashMap<>(data);
        getElement().setPropertyJson("regions", SharedJson.of(this.data));
    }

    public Map<String, RegionStyle> getData() {
        return Map.copyOf(data);
    }

    public void setLegend(@Nullable Legend legend) {
        this.legend = legend;
        if (legend == null) {
            getElement().removeProperty("legend");
        } else {
            getElement().setPropertyJson("legend", SharedJson.of(legend));
        }
    }

    public @Nullable Legend getLegend() {
        return legend;
    }

    /** Fits the view to these units (e.g. a province and its neighbours); no codes, or none on the layer: the whole layer. */
    public void zoomTo(Collection<String> codes) {
        ArrayNode array = JSON.createArrayNode();
        codes.forEach(array::add);
        getElement().callJsFunction("zoomTo", array);
    }

    public void zoomToAll() {
        zoomTo(List.of());
    }

    /** Presentation mode: labels sized from the element's font size (which scales with the screen), light on dark. */
    public void setPresentation(boolean presentation) {
        getElement().setProperty("presentation", presentation);
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }
}
