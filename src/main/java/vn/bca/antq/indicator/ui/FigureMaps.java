package vn.bca.antq.indicator.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.choropleth.ClassBreaks;
import vn.bca.antq.base.choropleth.Classification;
import vn.bca.antq.base.choropleth.ColourRamp;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.base.ui.map.RegionStyle;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.SyntheticMark;

/**
 * Colours units on a map by their figures, the same way everywhere: rates in five equal intervals of greens, counts
 * in five quantiles of blues, changes between two years in five diverging classes centred on zero (brown falls,
 * blue-green rises), units without data hatched; each unit's tooltip names it, its value, ratio and source.
 * The legend's title says when the figures are synthetic demo data.
 */
public final class FigureMaps {

    private FigureMaps() {}

    public static void paint(Component host, ChoroplethMap map, List<Figure> figures) {
        paint(host, map, figures, List.of(), "", f -> List.of());
    }

    /**
     * As {@link #paint(Component, ChoroplethMap, List)}, with other units of the layer drawn pale and explained by
     * {@code othersNote} (e.g. the communes that did not come from an old province whose successors are shown), and
     * {@code moreLines} of a figure at the end of its tooltip (its target).
     */
    public static void paint(
            Component host,
            ChoroplethMap map,
            List<Figure> figures,
            List<AdminUnit> others,
            String othersNote,
            Function<Figure, List<String>> moreLines) {
        boolean percent = !figures.isEmpty() && FigureFormat.isPercent(figures.getFirst());
        List<@Nullable Double> values =
                figures.stream().map(FigureFormat::number).toList();
        Classification classes = percent
                ? ClassBreaks.equalIntervals(values, 5, ColourRamp.GREENS)
                : ClassBreaks.quantiles(values, 5, ColourRamp.BLUES);
        Map<String, RegionStyle> styles = new LinkedHashMap<>();
        others.forEach(u ->
                styles.put(u.getCode(), new RegionStyle(OTHERS_FILL, null, List.of(u.getName(), othersNote), null)));
        for (Figure figure : figures) {
            Double value = FigureFormat.number(figure);
            styles.put(
                    figure.unit().getCode(),
                    value == null
                            ? RegionStyle.noData(figure.unit().getShortName())
                            : new RegionStyle(
                                    classes.colourOf(value),
                                    FigureFormat.label(figure),
                                    tooltip(host, figure, moreLines.apply(figure)),
                                    value));
        }
        map.setData(styles);
        String title = figures.isEmpty()
                ? null
                : FigureText.synthetic(
                        host,
                        SyntheticMark.of(figures),
                        FigureText.name(figures.getFirst().indicator())
                                + (figures.stream().anyMatch(Figure::estimate)
                                        ? " (" + host.getTranslation("figure.estimate-legend") + ")"
                                        : ""));
        map.setLegend(classes.legend(title, percent ? 1 : 0, percent ? "%" : ""));
    }

    private static final String OTHERS_FILL = "#f3f3f3";

    /** Changes in five diverging classes around zero; the legend is centred on "no change" and titled {@code title}. */
    public static void paintChanges(Component host, ChoroplethMap map, List<FigureChange> changes, String title) {
        Classification classes =
                ClassBreaks.diverging(changes.stream().map(FigureChange::number).toList(), 5, ColourRamp.BRBG);
        Map<String, RegionStyle> styles = new LinkedHashMap<>();
        for (FigureChange change : changes) {
            Double value = change.number();
            String name = change.unit().getShortName();
            styles.put(
                    change.unit().getCode(),
                    value == null
                            ? new RegionStyle(null, null, changeTooltip(host, change), null)
                            : new RegionStyle(
                                    classes.colourOf(value),
                                    name + (change.unapproved() ? FigureFormat.UNAPPROVED_MARK : ""),
                                    changeTooltip(host, change),
                                    value));
        }
        map.setData(styles);
        boolean points = !changes.isEmpty() && changes.getFirst().measure() == ChangeMeasure.POINTS;
        boolean percent = !changes.isEmpty() && changes.getFirst().measure() == ChangeMeasure.PERCENT;
        map.setLegend(classes.changeLegend(title, points || percent ? 1 : 0, percent ? "%" : ""));
    }

    private static List<String> changeTooltip(Component host, FigureChange change) {
        List<String> lines = new ArrayList<>();
        lines.add(change.unit().getName());
        lines.add(host.getTranslation(
                "change.tooltip.values",
                String.valueOf(change.before().period().toYear()),
                valueOrNone(host, change.before()),
                String.valueOf(change.after().period().toYear()),
                valueOrNone(host, change.after())));
        lines.add(host.getTranslation(
                "change.tooltip.change",
                change.hasData() ? FigureText.change(host, change) : host.getTranslation("figure.no-data")));
        String sources = FigureText.sources(host, change);
        if (!sources.isEmpty()) {
            lines.add(host.getTranslation("figure.source", sources));
        }
        return lines;
    }

    private static String valueOrNone(Component host, Figure figure) {
        return figure.hasData() ? FigureFormat.marked(figure) : host.getTranslation("figure.no-data");
    }

    private static List<String> tooltip(Component host, Figure figure, List<String> moreLines) {
        List<String> lines = new ArrayList<>();
        lines.add(figure.unit().getName());
        lines.add(FigureFormat.marked(figure));
        if (figure.indicator().aggregation() == Aggregation.RATIO
                && figure.numerator() != null
                && figure.denominator() != null) {
            lines.add(host.getTranslation(
                    "figure.ratio", Format.number(figure.numerator()), Format.number(figure.denominator())));
        }
        lines.addAll(FigureText.restatement(host, figure));
        lines.addAll(moreLines);
        lines.add(host.getTranslation("figure.source", FigureText.sources(host, figure)));
        return lines;
    }
}
