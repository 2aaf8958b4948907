package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Comparator;
import java.util.List;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.ui.FigureText;

/**
 * The figures a unit's yearly cards and maps cannot show (see {@link IndicatorService#reportedApart}): totals over several
 * years (Thái Bình's five-year review, Thiệu Hóa's seventeen years) and figures shown only where reported (one commune's
 * participation rate), each with its unit, period and source.
 */
final class ReportedApart extends Div {

    private final Grid<Figure> grid = new Grid<>();
    private final GridTable<Figure> export = new GridTable<>(grid);

    ReportedApart(List<Figure> figures, AdministrativeUnits units, Exports exports, String exportName) {
        setId("reported-apart");
        addClassName("reported-apart");
        grid.setId("reported-apart-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        export.column(
                grid.addColumn(f -> unitName(units, f.unit()))
                        .setKey("unit")
                        .setHeader(getTranslation("apart.unit"))
                        .setFlexGrow(2),
                f -> unitName(units, f.unit()));
        export.column(
                grid.addColumn(f -> FigureText.name(f.indicator()))
                        .setKey("indicator")
                        .setHeader(getTranslation("apart.indicator"))
                        .setFlexGrow(3),
                f -> FigureText.name(f.indicator()));
        export.column(
                grid.addColumn(f -> FigureFormat.period(f.period()))
                        .setKey("period")
                        .setHeader(getTranslation("apart.period"))
                        .setComparator(
                                Comparator.comparing((Figure f) -> f.period().from())),
                f -> FigureFormat.period(f.period()));
        export.column(
                grid.addColumn(FigureFormat::marked).setKey("value").setHeader(getTranslation("apart.value")),
                FigureCells::value);
        export.column(
                grid.addColumn(f -> FigureText.sources(this, f))
                        .setKey("source")
                        .setHeader(getTranslation("apart.source"))
                        .setTooltipGenerator(f -> FigureText.sourceDetails(this, f))
                        .setFlexGrow(2),
                f -> FigureText.sources(this, f));
        grid.getColumns().forEach(c -> c.setResizable(true).setSortable(true));
        grid.setItems(figures);
        ExportMenu menu = exports.menu(() -> export.table(exportName));
        menu.setId("reported-apart-export");
        add(new H3(getTranslation("apart.heading")), new Paragraph(getTranslation("apart.explained")), menu, grid);
    }

    /** A unit below a province with its province: "Thị trấn Thiệu Hóa (Tỉnh Thanh Hóa)". */
    private static String unitName(AdministrativeUnits units, AdminUnit unit) {
        return units.ancestorAt(unit, UnitLevel.PROVINCE)
                .filter(p -> !p.getId().equals(unit.getId()))
                .map(p -> unit.getName() + " (" + p.getName() + ")")
                .orElse(unit.getName());
    }

    Grid<Figure> grid() {
        return grid;
    }
}
