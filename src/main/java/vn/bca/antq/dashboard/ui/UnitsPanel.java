package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
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
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.ui.FigureMaps;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.indicator.ui.Ranking;

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
        Ranking ranking = Ranking.of(figures, RANKED);
        ranked = ranking.ranked();
        String title = ranking.cut() ? getTranslation("dashboard.ranking.top-bottom", RANKED) : getTranslation("dashboard.ranking.all");
        String name = figures.isEmpty() ? "" : FigureText.name(figures.getFirst().indicator());
        this.ranking.setOptions(ranking.chart(title, name).withHeight(Math.max(260, 26 * ranked.size() + 80)));
    }

    private void configureTable() {
        table.setId("unit-table");
        table.addClassName("unit-table");
        table.setAllRowsVisible(false);
        table.setHeight("420px");
        table.addComponentColumn(this::link).setKey("unit").setHeader(getTranslation("dashboard.table.unit"))
                .setComparator(Comparator.comparing(Figure::unit, AdministrativeUnits.BY_NAME))
                .setSortable(true).setFlexGrow(2);
        table.addColumn(FigureText::marked).setKey("value").setHeader(getTranslation("dashboard.table.value"))
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
