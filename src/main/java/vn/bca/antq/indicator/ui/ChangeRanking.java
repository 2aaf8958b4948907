package vn.bca.antq.indicator.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.bca.antq.base.choropleth.ColourRamp;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.base.ui.chart.ValueFormat;
import vn.bca.antq.indicator.FigureFormat;

/**
 * Units ranked by their change between two years, largest rise first, units without a change left out; with more than
 * twice {@code shown} units only the {@code shown} largest rises and the {@code shown} largest falls (or smallest
 * rises) are kept ({@code cut} tells). Drawn as bars diverging from zero: rises to the right, falls to the left.
 */
public record ChangeRanking(List<FigureChange> ranked, boolean cut) {

    private static final double ROOM = 0.3;
    /** Two rates lie at most 100 points apart. */
    private static final double MOST_POINTS = 100;

    public static ChangeRanking of(List<FigureChange> changes, int shown) {
        List<FigureChange> withData = changes.stream()
                .filter(FigureChange::hasData)
                .sorted(Comparator.comparing(FigureChange::difference, Comparator.reverseOrder()))
                .toList();
        if (withData.size() <= 2 * shown) {
            return new ChangeRanking(withData, false);
        }
        List<FigureChange> ends = new ArrayList<>(withData.subList(0, shown));
        ends.addAll(withData.subList(withData.size() - shown, withData.size()));
        return new ChangeRanking(List.copyOf(ends), true);
    }

    /** Bars of the changes around zero, the axis titled with their unit; each bar's two values are in its tooltip. */
    public ChartOptions chart(String title, String seriesName, String axisTitle) {
        List<Double> values = ranked.stream().map(FigureChange::number).toList();
        boolean percent = !ranked.isEmpty() && ranked.getFirst().measure() == ChangeMeasure.PERCENT;
        boolean count = !ranked.isEmpty() && ranked.getFirst().measure() == ChangeMeasure.COUNT;
        ValueFormat format =
                (percent ? ValueFormat.PERCENT : count ? ValueFormat.INTEGER : ValueFormat.DECIMAL).asSigned();
        return ChartOptions.bars(
                        ranked.stream().map(c -> c.unit().getShortName()).toList(), Series.of(seriesName, values))
                .withTitle(title)
                .withFormat(format)
                .withExportName("xep-hang-thay-doi")
                .withAxisTitles(axisTitle, null)
                .withRange(range(values, percent || count))
                .withColors(ColourRamp.RISE)
                .withNegativeColor(ColourRamp.FALL)
                .withNotes(ranked.stream()
                        .map(c -> FigureFormat.marked(c.before()) + " → " + FigureFormat.marked(c.after()))
                        .toList());
    }

    private static ChartOptions.Range range(List<Double> values, boolean unbounded) {
        ChartOptions.Range range = ChartOptions.Range.around(
                values.stream().mapToDouble(Math::abs).max().orElse(0), ROOM);
        return unbounded ? range : range.within(MOST_POINTS);
    }
}
