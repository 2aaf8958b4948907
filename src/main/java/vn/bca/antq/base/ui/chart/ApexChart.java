package vn.bca.antq.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import vn.bca.antq.base.ui.SharedJson;
import vn.bca.antq.base.ui.UiLanguage;

/**
 * A chart drawn by ApexCharts 4.7.0 (the last MIT release; 5.x is not free, do not upgrade) in the custom element
 * {@code <antq-apex-chart>}. The server sends {@link ChartOptions} as JSON; numbers are written the Vietnamese way
 * in every UI language (1.234.567; 97,37%, the product standard, see base.text.Format); the chart's own words (its
 * download menu) follow the UI language through the element's {@code lang}; the toolbar downloads PNG or SVG; a click on a data point comes back as a
 * {@link DataPointClickEvent}. Changing the options or only the series updates the same chart in place, and the
 * chart follows the width of its container.
 */
@Tag("antq-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/antq-apex-chart.ts")
public class ApexChart extends Component implements HasSize {

    static final String CLICK_EVENT = "antq-data-point-click";

    private ChartOptions options;

    public ApexChart(ChartOptions options) {
        this.options = options;
        setWidthFull();
        getElement().setAttribute("lang", UiLanguage.current().locale().getLanguage());
        setOptions(options);
    }

    /** Shows new options (type, categories, series, titles...) in the same chart. */
    public void setOptions(ChartOptions options) {
        this.options = options;
        getElement().setPropertyJson("config", SharedJson.of(options));
        getElement().setPropertyJson("series", SharedJson.of(options.series()));
    }

    /** Replaces only the values (e.g. another year): the browser animates the bars, nothing else is sent. */
    public void updateSeries(List<Series> series) {
        this.options = options.withSeries(series);
        getElement().setPropertyJson("series", SharedJson.of(options.series()));
    }

    /**
     * Presentation mode: the chart fills its container's height, its text is sized from the element's font size
     * (set it in viewport units so that it scales with the screen), light on dark, without toolbar or tooltips.
     */
    public void setPresentation(boolean presentation) {
        getElement().setProperty("presentation", presentation);
    }

    public ChartOptions getOptions() {
        return options;
    }

    public Registration addDataPointClickListener(ComponentEventListener<DataPointClickEvent> listener) {
        return addListener(DataPointClickEvent.class, listener);
    }
}
