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
        @Nullable String exportName) {

    public static final int DEFAULT_HEIGHT = 320;

    public ChartOptions {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        colors = List.copyOf(colors);
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
        return new ChartOptions(type, false, false, null, categories, List.of(series), List.of(), null, null,
                DEFAULT_HEIGHT, ValueFormat.INTEGER, null);
    }

    public ChartOptions withHorizontal(boolean horizontal) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, colors, xAxisTitle, yAxisTitle, height, format, exportName);
    }

    public ChartOptions withStacked(boolean stacked) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, colors, xAxisTitle, yAxisTitle, height, format, exportName);
    }

    public ChartOptions withTitle(@Nullable String title) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, colors, xAxisTitle, yAxisTitle, height, format, exportName);
    }

    public ChartOptions withCategories(List<String> categories) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, colors, xAxisTitle, yAxisTitle, height, format, exportName);
    }

    public ChartOptions withSeries(List<Series> series) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, colors, xAxisTitle, yAxisTitle, height, format, exportName);
    }

    public ChartOptions withColors(String... colors) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, List.of(colors), xAxisTitle, yAxisTitle, height, format, exportName);
    }

    public ChartOptions withAxisTitles(@Nullable String xAxisTitle, @Nullable String yAxisTitle) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, colors, xAxisTitle, yAxisTitle, height, format, exportName);
    }

    public ChartOptions withHeight(int height) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, colors, xAxisTitle, yAxisTitle, height, format, exportName);
    }

    public ChartOptions withFormat(ValueFormat format) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, colors, xAxisTitle, yAxisTitle, height, format, exportName);
    }

    public ChartOptions withExportName(@Nullable String exportName) {
        return new ChartOptions(type, horizontal, stacked, title, categories, series, colors, xAxisTitle, yAxisTitle, height, format, exportName);
    }
}
