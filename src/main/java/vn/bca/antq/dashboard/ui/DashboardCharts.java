package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.base.ui.chart.ValueFormat;
import vn.bca.antq.coverage.LegalBasis;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.SyntheticMark;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.indicator.ui.TrendBreaks;

/** Chart options built from figures: trends across years, breakdowns across indicators. */
final class DashboardCharts {

    private DashboardCharts() {}

    /**
     * One line per trend (e.g. a province and the nation), one point per year; a year without data is a gap, a year
     * whose figure is an estimate is marked on the axis ("2020 ≈"). The title says when the figures are synthetic. The
     * breaks that change what the figures mean are marked (see {@link TrendBreaks}).
     */
    static ChartOptions trend(Component host, String title, List<NamedTrend> trends) {
        return trend(host, title, trends, Map.of());
    }

    /** The same, with each year's tooltip naming the circular the assessments were made under (coverage rates). */
    static ChartOptions trend(
            Component host, String title, List<NamedTrend> trends, Map<Integer, Set<LegalBasis>> legalBases) {
        List<Figure> first = trends.getFirst().figures();
        List<String> years = IntStream.range(0, first.size())
                .mapToObj(i -> String.valueOf(first.get(i).period().toYear())
                        + (trends.stream().anyMatch(t -> t.figures().get(i).estimate())
                                ? " " + FigureFormat.ESTIMATE_MARK
                                : ""))
                .toList();
        Series[] series = trends.stream()
                .map(t -> Series.of(
                        t.name(), t.figures().stream().map(FigureFormat::number).toList()))
                .toArray(Series[]::new);
        SyntheticMark mark = SyntheticMark.of(
                trends.stream().flatMap(t -> t.figures().stream()).toList());
        ChartOptions chart = ChartOptions.line(years, series)
                .withTitle(FigureText.synthetic(host, mark, title))
                .withFormat(format(first))
                .withAxisTitles(host.getTranslation("overview.year"), null)
                .withExportName("xu-huong");
        return first.isEmpty()
                ? chart
                : TrendBreaks.mark(host, chart, first.getFirst().indicator(), legalBases);
    }

    /** One bar per figure, labelled with the indicator's name (e.g. coverage of the five categories). */
    static ChartOptions comparison(Component host, String title, List<Figure> figures, List<String> labels) {
        return ChartOptions.columns(
                        labels,
                        Series.of(
                                title,
                                figures.stream().map(FigureFormat::number).toList()))
                .withTitle(FigureText.synthetic(host, SyntheticMark.of(figures), title))
                .withFormat(format(figures))
                .withExportName("so-sanh");
    }

    private static ValueFormat format(List<Figure> figures) {
        return !figures.isEmpty() && figures.getFirst().indicator().quantity() == Quantity.PERCENT
                ? ValueFormat.PERCENT
                : ValueFormat.INTEGER;
    }

    record NamedTrend(String name, List<Figure> figures) {}
}
