package vn.bca.antq.base.ui.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of chart the dashboard draws; bars may be horizontal and stacked (see {@link ChartOptions}). */
public enum ChartType {
    BAR,
    LINE,
    DONUT,
    HEATMAP;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
