package vn.bca.antq.report;

import java.util.List;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.source.Source;

/**
 * What a province's annual report shows: the province of the structure shown, its key figures, its districts (as
 * reported before 2025) or communes (on today's structure, restated before 2025) with their figures and geometry, and
 * its trend against the nation.
 */
public record ProvinceReport(
        AdminUnit province,
        int year,
        Structure structure,
        Prepared prepared,
        List<KeyFigure> keyFigures,
        Indicator mapIndicator,
        ReportMap map,
        List<Indicator> tableIndicators,
        List<UnitRow> units,
        List<Figure> trend,
        List<Figure> nationalTrend) {

    public ProvinceReport {
        keyFigures = List.copyOf(keyFigures);
        tableIndicators = List.copyOf(tableIndicators);
        units = List.copyOf(units);
        trend = List.copyOf(trend);
        nationalTrend = List.copyOf(nationalTrend);
    }

    /** The units' figures of the map's indicator. */
    public List<Figure> mapFigures() {
        int column = tableIndicators.indexOf(mapIndicator);
        return units.stream().map(u -> u.figures().get(column)).toList();
    }

    /** Every source of every figure in the report, once. */
    public List<Source> sources() {
        return Sources.of(
                keyFigures, units.stream().flatMap(u -> u.figures().stream()), trend.stream(), nationalTrend.stream());
    }
}
