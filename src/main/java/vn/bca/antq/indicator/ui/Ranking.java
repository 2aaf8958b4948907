package vn.bca.antq.indicator.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.base.ui.chart.ValueFormat;
import vn.bca.antq.indicator.Figure;

/**
 * Units ranked by their figures, highest first, units without data left out; with more than twice {@code shown}
 * units only the top and bottom {@code shown} are kept ({@code cut} tells).
 */
public record Ranking(List<Figure> ranked, boolean cut) {

    public static Ranking of(List<Figure> figures, int shown) {
        List<Figure> withData = figures.stream().filter(Figure::hasData)
                .sorted(Comparator.comparing(Figure::value, Comparator.reverseOrder())).toList();
        if (withData.size() <= 2 * shown) {
            return new Ranking(withData, false);
        }
        List<Figure> ends = new ArrayList<>(withData.subList(0, shown));
        ends.addAll(withData.subList(withData.size() - shown, withData.size()));
        return new Ranking(List.copyOf(ends), true);
    }

    /** Horizontal bars, one per unit by its short name with its figure's marks ("Vạn Xuân ≈"), in the indicator's format. */
    public ChartOptions chart(String title, String seriesName) {
        boolean percent = !ranked.isEmpty() && FigureText.isPercent(ranked.getFirst());
        return ChartOptions.bars(ranked.stream().map(FigureText::label).toList(),
                        Series.of(seriesName, ranked.stream().map(FigureText::number).toList()))
                .withTitle(title).withFormat(percent ? ValueFormat.PERCENT : ValueFormat.INTEGER).withExportName("xep-hang");
    }
}
