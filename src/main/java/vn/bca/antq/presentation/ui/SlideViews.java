package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.base.ui.chart.ValueFormat;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.SyntheticMark;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.indicator.ui.FigureMaps;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.indicator.ui.Ranking;
import vn.bca.antq.indicator.ui.TrendBreaks;
import vn.bca.antq.monitoring.AlertText;
import vn.bca.antq.monitoring.Target;
import vn.bca.antq.monitoring.TargetStatus;
import vn.bca.antq.monitoring.TargetText;
import vn.bca.antq.monitoring.Watchlist;
import vn.bca.antq.presentation.SlideData;
import vn.bca.antq.presentation.SlideKind;

/**
 * Draws a slide's figures with the dashboard's map and charts, large and light on dark; maps and charts say when their
 * figures are synthetic demo data.
 */
final class SlideViews {

    private static final int RANKED = 10;

    private final Component host;
    private final GeoLayers geo;

    SlideViews(Component host, GeoLayers geo) {
        this.host = host;
        this.geo = geo;
    }

    /** The slide's title as shown above it; provinces of a year before the reform say that they are today's. */
    String title(SlideData data) {
        String title = plainTitle(data);
        boolean provinces = !(data instanceof SlideData.Trend || data instanceof SlideData.Coverage);
        return provinces && data.slide().restated() ? title + " " + t("present.restated") : title;
    }

    private String plainTitle(SlideData data) {
        String indicator = FigureText.name(data.slide().indicator());
        String year = String.valueOf(data.slide().year());
        return switch (data) {
            case SlideData.Provinces p
            when p.slide().kind() == SlideKind.RANKING -> t("present.title.ranking", indicator, year);
            case SlideData.Provinces p -> t("present.title.map", indicator, year);
            case SlideData.Trend t -> t("present.title.trend", indicator, String.valueOf(Years.FIRST), year);
            case SlideData.Coverage c -> t("present.title.coverage", year);
            case SlideData.Festival f -> t("present.title.festival", year);
            case SlideData.Spotlight s ->
                t("present.title.spotlight", s.province().getName(), indicator, year);
            case SlideData.Watchlist w -> t("present.title.watchlist", year);
        };
    }

    /** The slide's title, followed by the synthetic mark when any of its figures is synthetic demo data. */
    String markedTitle(SlideData data) {
        return FigureText.synthetic(host, SyntheticMark.of(figures(data)), title(data));
    }

    private static List<Figure> figures(SlideData data) {
        return switch (data) {
            case SlideData.Provinces p ->
                Stream.concat(Stream.of(p.nation()), p.provinces().stream()).toList();
            case SlideData.Trend t -> t.nation();
            case SlideData.Coverage c ->
                Stream.concat(c.thisYear().stream(), c.previousYear().stream()).toList();
            case SlideData.Festival f ->
                Stream.concat(Stream.of(f.sites(), f.sitesWithCentralLeaders(), f.attendance()), f.provinces().stream())
                        .toList();
            case SlideData.Spotlight s ->
                Stream.of(List.of(s.figure(), s.nation()), s.children(), s.trend(), s.nationTrend())
                        .flatMap(List::stream)
                        .toList();
            case SlideData.Watchlist w -> List.of(w.headline());
        };
    }

    /** The figure whose sources the slide names at its foot. */
    Figure headline(SlideData data) {
        return switch (data) {
            case SlideData.Provinces p -> p.nation();
            case SlideData.Trend t -> t.nation().getLast();
            case SlideData.Coverage c -> c.thisYear().getFirst();
            case SlideData.Festival f -> f.sites();
            case SlideData.Spotlight s -> s.figure();
            case SlideData.Watchlist w -> w.headline();
        };
    }

    Component content(SlideData data) {
        return switch (data) {
            case SlideData.Provinces p when p.slide().kind() == SlideKind.RANKING -> ranking(p);
            case SlideData.Provinces p -> map(p);
            case SlideData.Trend t ->
                chart(trend(List.of(new Named(t("present.nation"), t.nation()))), "present-chart--full");
            case SlideData.Coverage c -> coverage(c);
            case SlideData.Festival f -> festival(f);
            case SlideData.Spotlight s -> spotlight(s);
            case SlideData.Watchlist w -> watchlist(w.watchlist());
        };
    }

    private Component map(SlideData.Provinces slide) {
        Div side = column(figure(t("present.nation"), slide.nation()));
        target(side, slide.nationTarget(), slide.nation());
        Ranking top = Ranking.of(slide.provinces(), 5);
        side.add(list(
                t("present.highest"),
                top.ranked().subList(0, Math.min(5, top.ranked().size()))));
        return split(map(slide.provinces(), geo.url(slide.layer())), side);
    }

    private Component ranking(SlideData.Provinces slide) {
        Ranking ranking = Ranking.of(slide.provinces(), RANKED);
        String title = ranking.cut() ? t("dashboard.ranking.top-bottom", RANKED) : t("dashboard.ranking.all");
        long withData = slide.provinces().stream().filter(Figure::hasData).count();
        Div side = column(figure(t("present.nation"), slide.nation()));
        target(side, slide.nationTarget(), slide.nation());
        side.add(line(
                "present-figure__detail",
                t(
                        "present.with-data",
                        String.valueOf(withData),
                        String.valueOf(slide.provinces().size()))));
        List<Figure> ranked = Ranking.of(slide.provinces(), 5).ranked();
        side.add(list(t("present.lowest"), ranked.subList(Math.max(0, ranked.size() - 5), ranked.size())));
        return split(
                chart(
                        ranking.chart(
                                host,
                                FigureText.synthetic(host, SyntheticMark.of(slide.provinces()), title),
                                FigureText.name(slide.slide().indicator()),
                                slide.nation(),
                                t("present.nation")),
                        "present-chart"),
                side);
    }

    private Component coverage(SlideData.Coverage slide) {
        List<String> names = slide.thisYear().stream()
                .map(f -> t("overview.category." + f.indicator().code()))
                .toList();
        int year = slide.slide().year();
        ChartOptions options = ChartOptions.columns(
                        names,
                        Series.of(
                                String.valueOf(year - 1),
                                slide.previousYear().stream()
                                        .map(FigureFormat::number)
                                        .toList()),
                        Series.of(
                                String.valueOf(year),
                                slide.thisYear().stream()
                                        .map(FigureFormat::number)
                                        .toList()))
                .withFormat(ValueFormat.PERCENT)
                .withColors("#7f8ea3", "#4cc38a")
                .withTitle(markOnly(Stream.concat(slide.thisYear().stream(), slide.previousYear().stream())
                        .toList()));
        Div tiles = new Div();
        tiles.addClassName("present-tiles");
        for (int i = 0; i < names.size(); i++) {
            tiles.add(tile(names.get(i), slide.thisYear().get(i)));
        }
        Div stack = new Div(tiles, chart(options, "present-chart"));
        stack.addClassName("present-stack");
        return stack;
    }

    private Component festival(SlideData.Festival slide) {
        Div side = column(
                figure(t("present.festival.sites"), slide.sites()),
                figure(t("present.festival.leaders"), slide.sitesWithCentralLeaders()),
                figure(t("present.festival.attendance"), slide.attendance()));
        Ranking ranking = Ranking.of(slide.provinces(), RANKED);
        List<Figure> top =
                ranking.ranked().subList(0, Math.min(RANKED, ranking.ranked().size()));
        ChartOptions options = new Ranking(top, false)
                .chart(
                        FigureText.synthetic(host, SyntheticMark.of(top), t("present.festival.top", RANKED)),
                        FigureText.name(slide.sites().indicator()));
        return split(chart(options, "present-chart"), side);
    }

    private Component spotlight(SlideData.Spotlight slide) {
        Div side = column(figure(slide.province().getShortName(), slide.figure()));
        target(side, slide.target(), slide.figure());
        if (slide.rank() > 0) {
            side.add(line("present-rank", t("present.rank", slide.rank(), slide.ranked())));
        }
        side.add(figure(t("present.nation"), slide.nation()));
        side.add(chart(
                trend(List.of(
                        new Named(slide.province().getShortName(), slide.trend()),
                        new Named(t("present.nation"), slide.nationTrend()))),
                "present-chart present-chart--small"));
        return split(map(slide.children(), geo.url(slide.layer())), side);
    }

    /** The target of the figure above and how far it is from it, when the unit has one. */
    private void target(Div side, @Nullable Target target, Figure figure) {
        if (target != null) {
            Span line = line("present-figure__detail", TargetText.gap(UiLanguage.current(), target, figure.value()));
            line.addClassName("present-target");
            side.add(line);
        }
    }

    /** One row per province to watch: its lagging targets (value against target) and its open alerts by rule. */
    private Component watchlist(Watchlist watchlist) {
        Div list = new Div();
        list.addClassName("present-watchlist");
        if (watchlist.entries().isEmpty()) {
            list.add(line("present-watchlist__none", t("present.watch.none")));
            return list;
        }
        for (Watchlist.Entry entry : watchlist.entries()) {
            Div row =
                    new Div(line("present-watchlist__province", entry.province().getShortName()));
            row.addClassName("present-watchlist__row");
            Div reasons = new Div();
            reasons.addClassName("present-watchlist__reasons");
            for (TargetStatus status : entry.lagging()) {
                Span reason = line(
                        "present-watchlist__target",
                        t(
                                "present.watch.target",
                                FigureText.name(status.indicator()),
                                AlertText.value(status.indicator(), status.value()),
                                status.target() == null
                                        ? "—"
                                        : AlertText.value(
                                                status.indicator(),
                                                status.target().value()),
                                status.progress() == null
                                        ? ""
                                        : t(status.progress().labelKey())));
                if (status.progress() != null) {
                    reason.getStyle().set("--progress-colour", status.progress().colour());
                }
                reasons.add(reason);
            }
            if (entry.alertCount() > 0) {
                reasons.add(line(
                        "present-watchlist__alerts",
                        t(
                                "present.watch.alerts",
                                entry.alertCount(),
                                entry.openAlerts().keySet().stream()
                                        .map(r -> t(r.labelKey()))
                                        .collect(java.util.stream.Collectors.joining("; ")))));
            }
            row.add(reasons);
            list.add(row);
        }
        return list;
    }

    private ChoroplethMap map(List<Figure> figures, String layerUrl) {
        ChoroplethMap map = new ChoroplethMap();
        map.setPresentation(true);
        map.setHeight("100%");
        map.addClassName("present-map");
        map.setLayer(layerUrl);
        FigureMaps.paint(host, map, figures);
        map.zoomToAll();
        return map;
    }

    private ChartOptions trend(List<Named> lines) {
        List<String> years = lines.getFirst().figures().stream()
                .map(f -> String.valueOf(f.period().toYear()))
                .toList();
        Series[] series = lines.stream()
                .map(l -> Series.of(
                        l.name(), l.figures().stream().map(FigureFormat::number).toList()))
                .toArray(Series[]::new);
        Figure first = lines.getFirst().figures().getFirst();
        return TrendBreaks.mark(
                host,
                ChartOptions.line(years, series)
                        .withFormat(FigureFormat.isPercent(first) ? ValueFormat.PERCENT : ValueFormat.INTEGER)
                        .withTitle(markOnly(lines.stream()
                                .flatMap(l -> l.figures().stream())
                                .toList())),
                first.indicator());
    }

    /** A chart without a title of its own (the slide's title is above it) gets the synthetic mark as its title. */
    private @Nullable String markOnly(List<Figure> figures) {
        String mark = FigureText.synthetic(host, SyntheticMark.of(figures));
        return mark.isEmpty() ? null : mark;
    }

    private static ApexChart chart(ChartOptions options, String classNames) {
        ApexChart chart = new ApexChart(options);
        chart.setPresentation(true);
        chart.getElement().setAttribute("class", classNames);
        return chart;
    }

    private Div figure(String label, Figure figure) {
        Div box = new Div(
                line("present-figure__label", label),
                line("present-figure__value", figure.hasData() ? FigureFormat.value(figure) : t("figure.no-data")));
        box.addClassName("present-figure");
        if (figure.indicator().aggregation() == Aggregation.RATIO
                && figure.numerator() != null
                && figure.denominator() != null) {
            box.add(line(
                    "present-figure__detail",
                    t("figure.ratio", Format.number(figure.numerator()), Format.number(figure.denominator()))));
        }
        return box;
    }

    private Div tile(String label, Figure figure) {
        Div tile = figure(label, figure);
        tile.addClassName("present-figure--tile");
        return tile;
    }

    private Div list(String title, List<Figure> figures) {
        Div list = new Div(line("present-list__title", title));
        list.addClassName("present-list");
        figures.forEach(f -> list.add(new Div(
                line("present-list__name", f.unit().getShortName()),
                line("present-list__value", FigureFormat.value(f)))));
        return list;
    }

    private static Div split(Component main, Component side) {
        Div split = new Div(main, side);
        split.addClassName("present-split");
        return split;
    }

    private static Div column(Component... children) {
        Div column = new Div(children);
        column.addClassName("present-column");
        return column;
    }

    private static Span line(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private String t(String key, Object... arguments) {
        return host.getTranslation(key, arguments);
    }

    private record Named(String name, List<Figure> figures) {}
}
