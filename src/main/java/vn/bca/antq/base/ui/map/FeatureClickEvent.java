package vn.bca.antq.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a unit of the map; the code is the official code of the unit in the layer's era. */
@DomEvent(ChoroplethMap.CLICK_EVENT)
public class FeatureClickEvent extends ComponentEvent<ChoroplethMap> {

    private final String code;
    private final String name;

    public FeatureClickEvent(
            ChoroplethMap source,
            boolean fromClient,
            @EventData("event.detail.code") String code,
            @EventData("event.detail.name") String name) {
        super(source, fromClient);
        this.code = code;
        this.name = name == null ? "" : name;
    }

    public String getCode() {
        return code;
    }

    /** The layer's short name of the unit (for display; join on the code). */
    public String getName() {
        return name;
    }
}
