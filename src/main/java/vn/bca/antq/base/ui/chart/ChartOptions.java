package vn.bca.antq.base.ui.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a chart shows, sent to the browser as JSON: the element turns it into ApexCharts options there, so that only
 * the element knows ApexCharts. Immutable; the {@code with...} methods return changed copies.
 *
 * @param type       bar (vertical columns unless {@code horizontal}), line, donut or heat map
 * @param horizontal bars grow to the right (for long category names such as provinces)
 * @param stacked    the series of a bar chart are stacked
 * @param categories the x values (bars, lines, heat-map columns) or the slice labels (donut)
 * @param series     the values; a donut uses the first series only
 * @param colors     CSS colours per series (per slice for a donut); empty for the default palette
 * @param height     in CSS pixels
 * @param exportName the file name offered by the toolbar's PNG/SVG download
 * @param markers    labelled lines across the plot, at a category (a year of a trend) or at a value (a reference value)
 * @param range      the value axis from {@code min} to {@code max}; null: from the data (bars start at zero)
 * @param negativeColor bars below zero in this colour (a ranking of differences); null: one colour per series
 * @param notes      one more text per category, shown in the tooltip after the value; empty for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOptions(
        ChartType type,
        boolean horizontal,
        boolean stacked,
        @Nullable String title,
        List<String> categories,
        List<Series> series,
        List<String> colors,
        @Nullable String xAxisTitle,
        @Nullable String yAxisTitle,
        int height,
        ValueFormat format,
        @Nullable String exportName,
        List<Marker> markers,
        @Nullable Range range,
        @Nullable String negativeColor,
        List<String> notes) {

    public static final int DEFAULT_HEIGHT = 320;

    public ChartOptions {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        colors = List.copyOf(colors);
        markers = List.copyOf(markers);
        notes = List.copyOf(notes);
        if (type == ChartType.DONUT && series.size() > 1) {
            throw new IllegalArgumentException("A donut shows one series");
        }
    }

    /** Vertical bars (columns). */
    public static ChartOptions columns(List<String> categories, Series... series) {
        return of(ChartType.BAR, categories, series);
    }

    /** Horizontal bars, e.g. one per province. */
    public static ChartOptions bars(List<String> categories, Series... series) {
        return of(ChartType.BAR, categories, series).withHorizontal(true);
    }

    public static ChartOptions line(List<String> categories, Series... series) {
        return of(ChartType.LINE, categories, series);
    }

    public static ChartOptions donut(List<String> labels, List<? extends @Nullable Number> values) {
        return of(ChartType.DONUT, labels, Series.of("", values));
    }

    /** Rows are series, columns are categories; cells are shaded by value. */
    public static ChartOptions heatmap(List<String> columns, Series... rows) {
        return of(ChartType.HEATMAP, columns, rows);
    }

    private static ChartOptions of(ChartType type, List<String> categories, Series... series) {
        return new ChartOptions(
                type,
                false,
                false,
                null,
                categories,
                List.of(series),
                List.of(),
                null,
                null,
                DEFAULT_HEIGHT,
                ValueFormat.INTEGER,
                null,
                List.of(),
                null,
                null,
                List.of());
    }

    public ChartOptions withHorizontal(boolean horizontal) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withStacked(boolean stacked) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withTitle(@Nullable String title) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withCategories(List<String> categories) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withSeries(List<Series> series) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withColors(String... colors) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                List.of(colors),
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withAxisTitles(@Nullable String xAxisTitle, @Nullable String yAxisTitle) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withHeight(int height) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withFormat(ValueFormat format) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withExportName(@Nullable String exportName) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withMarkers(List<Marker> markers) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withRange(@Nullable Range range) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withNegativeColor(@Nullable String negativeColor) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    public ChartOptions withNotes(List<String> notes) {
        return new ChartOptions(
                type,
                horizontal,
                stacked,
                title,
                categories,
                series,
                colors,
                xAxisTitle,
                yAxisTitle,
                height,
                format,
                exportName,
                markers,
                range,
                negativeColor,
                notes);
    }

    /**
     * A labelled line across the plot: at a category ({@code category}, e.g. the year "2022" of a trend) or at a value
     * of the value axis ({@code value}, e.g. 0 in a ranking of differences from the national value).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Marker(
            @Nullable String category, @Nullable Double value, String label) {

        public Marker {
            if ((category == null) == (value == null)) {
                throw new IllegalArgumentException("A marker stands at a category or at a value");
            }
        }

        public static Marker atCategory(String category, String label) {
            return new Marker(category, null, label);
        }

        public static Marker atValue(double value, String label) {
            return new Marker(null, value, label);
        }
    }

    /** The value axis from min to max, e.g. symmetric around zero for differences. */
    public record Range(double min, double max) {

        private static final double[] NICE = {1, 2, 4, 5, 10};

        public Range {
            if (!(min < max)) {
                throw new IllegalArgumentException("An axis range needs min < max, not " + min + ", " + max);
            }
        }

        /**
         * From −r to +r around zero, r the next round number (1, 2, 4, 5 or 10 times a power of ten) at or above
         * {@code largest} × (1 + {@code room}), so that the axis reads in round steps and the longest bar has room for its
         * value; r is 1 when there is nothing to show.
         */
        public static Range around(double largest, double room) {
            double reach = Math.abs(largest) * (1 + room);
            if (!(reach > 0) || !Double.isFinite(reach)) {
                return new Range(-1, 1);
            }
            double power = Math.pow(10, Math.floor(Math.log10(reach)));
            for (double step : NICE) {
                if (step * power >= reach - 1e-9 * power) {
                    return new Range(-step * power, step * power);
                }
            }
            return new Range(-10 * power, 10 * power);
        }

        /** No wider than ±{@code limit}, e.g. 100 points for differences of rates. */
        public Range within(double limit) {
            return new Range(Math.max(min, -limit), Math.min(max, limit));
        }
    }
}
