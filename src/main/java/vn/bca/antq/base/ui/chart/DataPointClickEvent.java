package vn.bca.antq.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a bar, a line marker, a donut slice or a heat-map cell. Indices are zero-based; for a donut the series
 * index is 0 and the data-point index is the slice.
 */
@DomEvent(ApexChart.CLICK_EVENT)
public class DataPointClickEvent extends ComponentEvent<ApexChart> {

    private final int seriesIndex;
    private final int dataPointIndex;
    private final String category;

    public DataPointClickEvent(
            ApexChart source,
            boolean fromClient,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.dataPointIndex") int dataPointIndex,
            @EventData("event.detail.category") String category) {
        super(source, fromClient);
        this.seriesIndex = seriesIndex;
        this.dataPointIndex = dataPointIndex;
        this.category = category == null ? "" : category;
    }

    public int getSeriesIndex() {
        return seriesIndex;
    }

    public int getDataPointIndex() {
        return dataPointIndex;
    }

    /** The category (or slice label, or heat-map column) of the clicked point. */
    public String getCategory() {
        return category;
    }

    /** The name of the clicked series, from the options the chart shows now. */
    public String getSeriesName() {
        var series = getSource().getOptions().series();
        return seriesIndex >= 0 && seriesIndex < series.size()
                ? series.get(seriesIndex).name()
                : "";
    }
}
