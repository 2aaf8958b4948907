package vn.bca.antq.report;

import java.util.List;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.source.Source;

/** What the national summary of a year shows: national figures, the provinces on a map and ranked, the trend. */
public record NationalReport(
        int year,
        Structure structure,
        Prepared prepared,
        List<KeyFigure> keyFigures,
        Indicator mapIndicator,
        ReportMap map,
        List<Figure> provinces,
        List<Figure> trend) {

    public NationalReport {
        keyFigures = List.copyOf(keyFigures);
        provinces = List.copyOf(provinces);
        trend = List.copyOf(trend);
    }

    public List<Source> sources() {
        return Sources.of(keyFigures, provinces.stream(), trend.stream());
    }
}
