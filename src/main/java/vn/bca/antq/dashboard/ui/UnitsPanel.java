package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.base.ui.Format;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.base.ui.chart.ValueFormat;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.ui.FigureMaps;
import vn.bca.antq.indicator.ui.FigureText;

/**
 * The units of one level side by side: a choropleth map, a ranking (top and bottom ten) and a table with a link to
 * each unit. A click on the map or on a bar opens the unit, like its link.
 */
final class UnitsPanel extends Div {

    private static final int RANKED = 10;

    private final ChoroplethMap map = new ChoroplethMap();
    private final ApexChart ranking = new ApexChart(ChartOptions.bars(List.of(), Series.of("", List.of())));
    private final Grid<Figure> table = new Grid<>();
    private final Function<AdminUnit, String> hrefOf;
    private final Consumer<AdminUnit> open;
    private List<Figure> ranked = List.of();
    private Map<String, AdminUnit> byCode = Map.of();

    UnitsPanel(String mapId, Function<AdminUnit, String> hrefOf, Consumer<AdminUnit> open) {
        this.hrefOf = hrefOf;
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
        Div side = new Div(ranking);
        side.addClassName("units-panel__ranking");
        Div mapBox = new Div(map);
        mapBox.addClassName("units-panel__map");
        Div top = new Div(mapBox, side);
        top.addClassName("units-panel__top");
        add(top, table);
    }

    /** Shows the figures; {@code layerUrl} is the geometry of exactly these units, {@code zoom} the codes to fit (none: all). */
    void show(List<Figure> figures, String layerUrl, Collection<String> zoom) {
        byCode = new LinkedHashMap<>();
        figures.forEach(f -> byCode.put(f.unit().getCode(), f.unit()));
        map.setLayer(layerUrl);
        FigureMaps.paint(this, map, figures);
        map.zoomTo(zoom);
        showRanking(figures);
        table.setItems(figures);
        table.sort(GridSortOrder.desc(table.getColumnByKey("value")).build());
    }

    private void showRanking(List<Figure> figures) {
        List<Figure> withData = figures.stream().filter(Figure::hasData)
                .sorted(Comparator.comparing(Figure::value, Comparator.reverseOrder())).toList();
        List<Figure> shown = new ArrayList<>(withData);
        if (withData.size() > 2 * RANKED) {
            shown = new ArrayList<>(withData.subList(0, RANKED));
            shown.addAll(withData.subList(withData.size() - RANKED, withData.size()));
        }
        ranked = List.copyOf(shown);
        boolean percent = !figures.isEmpty() && figures.getFirst().indicator().quantity() == Quantity.PERCENT;
        String title = withData.size() > 2 * RANKED ? getTranslation("dashboard.ranking.top-bottom", RANKED)
                : getTranslation("dashboard.ranking.all");
        ranking.setOptions(ChartOptions.bars(ranked.stream().map(f -> f.unit().getShortName()).toList(),
                        Series.of(figures.isEmpty() ? "" : FigureText.name(figures.getFirst().indicator()),
                                ranked.stream().map(FigureText::number).toList()))
                .withTitle(title).withFormat(percent ? ValueFormat.PERCENT : ValueFormat.INTEGER)
                .withHeight(Math.max(260, 26 * ranked.size() + 80)).withExportName("xep-hang"));
    }

    private void configureTable() {
        table.setId("unit-table");
        table.addClassName("unit-table");
        table.setAllRowsVisible(false);
        table.setHeight("420px");
        table.addComponentColumn(this::link).setKey("unit").setHeader(getTranslation("dashboard.table.unit"))
                .setComparator(Comparator.comparing(Figure::unit, AdministrativeUnits.BY_NAME))
                .setSortable(true).setFlexGrow(2);
        table.addColumn(FigureText::value).setKey("value").setHeader(getTranslation("dashboard.table.value"))
                .setComparator(Comparator.comparing(f -> f.value() == null ? BigDecimal.valueOf(-1) : f.value()))
                .setSortable(true);
        table.addColumn(f -> f.numerator() == null || f.denominator() == null ? ""
                        : Format.number(f.numerator()) + "/" + Format.number(f.denominator()))
                .setHeader(getTranslation("dashboard.table.ratio"));
        table.addColumn(f -> f.hasData() ? FigureText.sources(this, f) : "").setHeader(getTranslation("dashboard.table.source"))
                .setFlexGrow(2);
    }

    private Anchor link(Figure figure) {
        Anchor anchor = new Anchor(hrefOf.apply(figure.unit()), figure.unit().getShortName());
        anchor.setId("unit-link-" + figure.unit().getCode());
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
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
