package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.export.Table;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.SyntheticMark;
import vn.bca.antq.indicator.ui.FigureMaps;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.indicator.ui.Ranking;
import vn.bca.antq.monitoring.Target;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.monitoring.TargetText;

/**
 * The units of one level side by side: a choropleth map, a ranking (top and bottom ten) and a table with a link to
 * each unit. A click on the map or on a bar opens the unit, like its link. The ranking and the table can be downloaded
 * as they are shown. A note above says how many units have data and where a reported total disagrees with them.
 */
final class UnitsPanel extends Div {

    private static final int RANKED = 10;

    private final ChoroplethMap map = new ChoroplethMap();
    private final Paragraph note = new Paragraph();
    private final ApexChart ranking = new ApexChart(ChartOptions.bars(List.of(), Series.of("", List.of())));
    private final Grid<Figure> table = new Grid<>();
    private final GridTable<Figure> tableExport = new GridTable<>(table);
    private final Function<AdminUnit, String> hrefOf;
    private final Consumer<AdminUnit> open;
    private List<Figure> ranked = List.of();
    private List<Figure> shownFigures = List.of();
    private int withData;
    private Map<String, AdminUnit> byCode = Map.of();
    private String tableName = "";
    private String rankingName = "";
    private final TargetService targets;
    /** The shown units' targets of the shown indicator and year, by unit id. */
    private Map<Long, Target> goals = Map.of();

    UnitsPanel(
            String mapId,
            Function<AdminUnit, String> hrefOf,
            Consumer<AdminUnit> open,
            Exports exports,
            TargetService targets) {
        this.hrefOf = hrefOf;
        this.targets = targets;
        this.open = open;
        addClassName("units-panel");
        map.setId(mapId);
        map.setHeight("560px");
        map.addFeatureClickListener(e -> openCode(e.getCode()));
        ranking.setId("ranking-chart");
        ranking.addDataPointClickListener(e -> {
            if (e.getDataPointIndex() >= 0 && e.getDataPointIndex() < ranked.size()) {
                open.accept(ranked.get(e.getDataPointIndex()).unit());
            }
        });
        configureTable();
        ExportMenu rankingExport = exports.menu(this::rankingTable);
        rankingExport.setId("ranking-export");
        ExportMenu tableExportMenu = exports.menu(() -> tableExport.table(tableName));
        tableExportMenu.setId("unit-table-export");
        Div side = new Div(ranking, rankingExport);
        side.addClassName("units-panel__ranking");
        Div mapBox = new Div(map);
        mapBox.addClassName("units-panel__map");
        Div top = new Div(mapBox, side);
        top.addClassName("units-panel__top");
        note.setId(mapId + "-note");
        note.addClassName("units-panel__note");
        add(note, top, tableExportMenu, table);
    }

    /**
     * Shows the figures; {@code layerUrl} is the geometry of exactly these units, {@code zoom} the codes to fit (none:
     * all); {@code unitsName} says which units they are in downloads ("tỉnh, thành phố"); rates are ranked by their
     * distance from {@code reference} (the nation's figure).
     */
    void show(
            List<Figure> figures,
            String layerUrl,
            Collection<String> zoom,
            String unitsName,
            DashboardParameters parameters,
            Figure reference) {
        show(figures, List.of(), "", layerUrl, zoom, unitsName, parameters, reference);
    }

    /**
     * As {@link #show(List, String, Collection, String, DashboardParameters, Figure)}, for some of the layer's units:
     * the {@code others} are drawn pale with {@code othersNote} and left out of the ranking and the table.
     */
    void show(
            List<Figure> figures,
            List<AdminUnit> others,
            String othersNote,
            String layerUrl,
            Collection<String> zoom,
            String unitsName,
            DashboardParameters parameters,
            Figure reference) {
        String year = String.valueOf(parameters.year());
        String indicator = FigureText.name(parameters.indicator());
        tableName = getTranslation("export.units.table", unitsName, year, indicator);
        rankingName = getTranslation("export.units.ranking", unitsName, year, indicator);
        byCode = new LinkedHashMap<>();
        figures.forEach(f -> byCode.put(f.unit().getCode(), f.unit()));
        shownFigures = figures;
        goals = goals(figures, parameters);
        table.getColumnByKey("target").setVisible(!goals.isEmpty());
        note.setText(UnitsNotes.coverage(this, figures));
        map.setLayer(layerUrl);
        FigureMaps.paint(
                this, map, figures, others, othersNote, f -> target(f) == null ? List.of() : List.of(targetText(f)));
        map.zoomTo(zoom);
        showRanking(figures, reference);
        table.setItems(figures);
        table.sort(GridSortOrder.desc(table.getColumnByKey("value")).build());
    }

    private Map<Long, Target> goals(List<Figure> figures, DashboardParameters parameters) {
        if (!Indicator.withTargets().contains(parameters.indicator())) {
            return Map.of();
        }
        Map<Long, Target> found = new HashMap<>();
        targets.targets(parameters.year(), figures.stream().map(Figure::unit).toList()).stream()
                .filter(t -> t.indicator() == parameters.indicator())
                .forEach(t -> found.put(t.unitId(), t));
        return found;
    }

    private @Nullable Target target(Figure figure) {
        return goals.get(figure.unit().getId());
    }

    /** The target and the gap in words; empty without a target. */
    private String targetText(Figure figure) {
        Target target = target(figure);
        return target == null ? "" : TargetText.gap(UiLanguage.current(), target, figure.value());
    }

    /** How far the figure is short of its target: units without a target after all others. */
    private static BigDecimal shortBy(@Nullable Target target, Figure figure) {
        BigDecimal shortBy = target == null ? null : target.shortBy(figure.value());
        return shortBy == null ? BigDecimal.valueOf(-1) : shortBy;
    }

    /**
     * Compares the units' figures with the figure of the unit they belong to, which a source may have reported as a
     * total of its own: where the two disagree, the note says so and why.
     */
    void compareWith(Figure parent) {
        UnitsNotes.breakdown(this, parent, shownFigures)
                .ifPresent(text -> note.setText((note.getText() + " " + text).strip()));
    }

    private void showRanking(List<Figure> figures, Figure reference) {
        Ranking ranking = Ranking.of(figures, RANKED);
        ranked = ranking.ranked();
        withData = (int) figures.stream().filter(Figure::hasData).count();
        String title = ranking.cut()
                ? getTranslation("dashboard.ranking.top-bottom", RANKED)
                : getTranslation("dashboard.ranking.all");
        String name =
                figures.isEmpty() ? "" : FigureText.name(figures.getFirst().indicator());
        this.ranking.setOptions(ranking.chart(
                        this,
                        FigureText.synthetic(this, SyntheticMark.of(figures), title),
                        name,
                        reference,
                        getTranslation("breadcrumbs.nation"))
                .withHeight(Math.max(260, 26 * ranked.size() + 110)));
    }

    private void configureTable() {
        table.setId("unit-table");
        table.addClassName("unit-table");
        table.setAllRowsVisible(false);
        table.setHeight("420px");
        // a template, not a component per row: no server-side state per rendered row (memory per session, UIDL size)
        Grid.Column<Figure> unit = table.addColumn(LitRenderer.<Figure>of(
                                "<a id=\"unit-link-${item.code}\" href=\"${item.href}\" router-link>${item.name}</a>")
                        .withProperty("code", f -> f.unit().getCode())
                        .withProperty("href", f -> hrefOf.apply(f.unit()))
                        .withProperty("name", f -> f.unit().getShortName()))
                .setKey("unit")
                .setHeader(getTranslation("dashboard.table.unit"))
                .setComparator(Comparator.comparing(Figure::unit, AdministrativeUnits.BY_NAME))
                .setSortable(true)
                .setFlexGrow(2);
        Grid.Column<Figure> value = table.addColumn(FigureFormat::marked)
                .setKey("value")
                .setHeader(getTranslation("dashboard.table.value"))
                .setComparator(Comparator.comparing(f -> f.value() == null ? BigDecimal.valueOf(-1) : f.value()))
                .setSortable(true);
        table.addColumn(f -> f.numerator() == null || f.denominator() == null
                        ? ""
                        : Format.number(f.numerator()) + "/" + Format.number(f.denominator()))
                .setHeader(getTranslation("dashboard.table.ratio"));
        Grid.Column<Figure> target = table.addColumn(this::targetText)
                .setKey("target")
                .setHeader(getTranslation("dashboard.table.target"))
                .setComparator(Comparator.comparing(f -> shortBy(target(f), f)))
                .setSortable(true)
                .setFlexGrow(2);
        Grid.Column<Figure> source = table.addColumn(this::sources)
                .setHeader(getTranslation("dashboard.table.source"))
                .setFlexGrow(2);
        tableExport
                .column(unit, f -> f.unit().getShortName())
                .column(value, FigureCells::value)
                .column(getTranslation("export.recognised"), Figure::numerator)
                .column(getTranslation("export.total"), Figure::denominator)
                .column(target, this::targetText)
                .column(source, this::sources)
                .column(getTranslation("export.estimate"), FigureCells::estimate);
    }

    private String sources(Figure figure) {
        return figure.hasData() ? FigureText.sources(this, figure) : "";
    }

    /** The ranking as the chart shows it: rank, unit, value (with a cut, the bottom units keep their real ranks). */
    private Table rankingTable() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Figure figure = ranked.get(i);
            int rank = i < RANKED || ranked.size() == withData ? i + 1 : withData - ranked.size() + i + 1;
            rows.add(Arrays.asList(
                    rank, figure.unit().getShortName(), FigureCells.value(figure), FigureCells.estimate(figure)));
        }
        return new Table(
                rankingName,
                List.of(
                        getTranslation("export.rank"),
                        getTranslation("dashboard.table.unit"),
                        getTranslation("dashboard.table.value"),
                        getTranslation("export.estimate")),
                rows);
    }

    private void openCode(String code) {
        AdminUnit unit = byCode.get(code);
        if (unit != null) {
            open.accept(unit);
        }
    }

    ChoroplethMap map() {
        return map;
    }
}
