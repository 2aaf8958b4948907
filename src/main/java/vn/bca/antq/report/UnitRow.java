package vn.bca.antq.report;

import java.util.List;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.indicator.Figure;

/** A district or commune of a province with its figures, in the order of the report's table indicators. */
public record UnitRow(AdminUnit unit, List<Figure> figures) {

    public UnitRow {
        figures = List.copyOf(figures);
    }
}
