package vn.bca.antq.base.ui.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.choropleth.Legend;

/**
 * How one unit is drawn: its fill, the label written on it (null: the layer's short name), the tooltip's lines
 * (plain text; the browser never reads them as HTML) and the value behind the fill.
 * A null fill means "no data": the unit is hatched grey, like a unit missing from the map's data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionStyle(
        @Nullable String fill,
        @Nullable String label,
        List<String> tooltip,
        @Nullable Double value) {

    public RegionStyle {
        tooltip = List.copyOf(tooltip);
    }

    public static RegionStyle noData(String name) {
        return new RegionStyle(null, null, List.of(name, Legend.NO_DATA), null);
    }
}
