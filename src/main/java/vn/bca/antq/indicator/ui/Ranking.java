package vn.bca.antq.indicator.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.choropleth.ColourRamp;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.base.ui.chart.ValueFormat;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Ranks;

/**
 * Units ranked by their figures ({@link Ranks}: highest first, units without data left out); with more than twice {@code shown}
 * units only the top and bottom {@code shown} are kept ({@code cut} tells).
 */
public record Ranking(List<Figure> ranked, boolean cut) {

    /** Room beyond the largest bar for its value, as a share of it. */
    private static final double ROOM = 0.25;
    /** A rate lies at most 100 points from another. */
    private static final double MOST_POINTS = 100;

    public static Ranking of(List<Figure> figures, int shown) {
        List<Figure> withData = Ranks.highestFirst(figures);
        if (withData.size() <= 2 * shown) {
            return new Ranking(withData, false);
        }
        List<Figure> ends = new ArrayList<>(withData.subList(0, shown));
        ends.addAll(withData.subList(withData.size() - shown, withData.size()));
        return new Ranking(List.copyOf(ends), true);
    }

    /** Horizontal bars, one per unit by its short name with its figure's marks ("Vạn Xuân ≈"), in the indicator's format. */
    public ChartOptions chart(String title, String seriesName) {
        boolean percent = !ranked.isEmpty() && FigureFormat.isPercent(ranked.getFirst());
        return ChartOptions.bars(
                        names(),
                        Series.of(
                                seriesName,
                                ranked.stream().map(FigureFormat::number).toList()))
                .withTitle(title)
                .withFormat(percent ? ValueFormat.PERCENT : ValueFormat.INTEGER)
                .withExportName("xep-hang");
    }

    /**
     * Like {@link #chart}, but rates, which lie close together (93–98%) and would all look alike on a 0–100% axis, are
     * drawn as their distance from {@code reference} (the national value) in percentage points: bars to the right above
     * it, to the left below it, the reference marked at zero with its value, the axis titled with the unit; each bar's
     * rate is in its tooltip. Counts, or a reference without data, give the plain chart.
     */
    public ChartOptions chart(Component host, String title, String seriesName, Figure reference, String referenceName) {
        BigDecimal centre = reference.value();
        if (ranked.isEmpty() || !FigureFormat.isPercent(ranked.getFirst()) || centre == null) {
            return chart(title, seriesName);
        }
        List<@Nullable Double> distances = ranked.stream()
                .map(f -> f.value() == null ? null : f.value().subtract(centre).doubleValue())
                .toList();
        return ChartOptions.bars(names(), Series.of(seriesName, distances))
                .withTitle(title)
                .withFormat(ValueFormat.DECIMAL.asSigned())
                .withExportName("xep-hang")
                .withAxisTitles(host.getTranslation("ranking.around.axis", referenceName), null)
                .withRange(ChartOptions.Range.around(
                                distances.stream()
                                        .filter(d -> d != null)
                                        .mapToDouble(Math::abs)
                                        .max()
                                        .orElse(0),
                                ROOM)
                        .within(MOST_POINTS))
                .withMarkers(
                        List.of(ChartOptions.Marker.atValue(0, referenceName + ": " + FigureFormat.value(reference))))
                .withColors(ColourRamp.RISE)
                .withNegativeColor(ColourRamp.FALL)
                .withNotes(ranked.stream().map(FigureFormat::marked).toList());
    }

    /** Each unit by its short name with its figure's marks ("Vạn Xuân ≈"). */
    private List<String> names() {
        return ranked.stream().map(FigureFormat::label).toList();
    }
}
