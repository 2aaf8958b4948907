package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;

/**
 * The note above a map of units, so that a figure is never read for more than it covers: how many units have data,
 * that an indicator shown only where reported does not add up, and where a total reported for the parent unit
 * disagrees with what its units add up to.
 */
final class UnitsNotes {

    private UnitsNotes() {}

    /** "Có số liệu ở 1/63 đơn vị…", the "only where reported" note, or nothing when every unit has data. */
    static String coverage(Component host, List<Figure> figures) {
        if (figures.isEmpty()) {
            return "";
        }
        if (figures.getFirst().indicator().aggregation() == Aggregation.NONE) {
            return host.getTranslation("units.only-where-reported");
        }
        long withData = figures.stream().filter(Figure::hasData).count();
        return withData == figures.size() ? "" : host.getTranslation("units.coverage", withData, figures.size());
    }

    /**
     * For a rate the parent reported as a total of its own: the reported ratio against the units' sum, when they differ
     * (Nam Định 2020: 223/229 reported, 220/226 from its districts, whose unit list has 226 communes).
     */
    static Optional<String> breakdown(Component host, Figure parent, List<Figure> units) {
        Long reported = parent.numerator();
        Long reportedTotal = parent.denominator();
        if (!parent.reportedForUnit()
                || parent.indicator().aggregation() != Aggregation.RATIO
                || reported == null
                || reportedTotal == null) {
            return Optional.empty();
        }
        List<Figure> withData = units.stream()
                .filter(f -> f.numerator() != null && f.denominator() != null)
                .toList();
        long sum = withData.stream().mapToLong(Figure::numerator).sum();
        long total = withData.stream().mapToLong(Figure::denominator).sum();
        if (withData.isEmpty() || (sum == reported && total == reportedTotal)) {
            return Optional.empty();
        }
        String text = host.getTranslation(
                "units.breakdown", parent.unit().getName(), FigureFormat.ratio(parent), FigureFormat.ratio(sum, total));
        if (parent.indicator() == Indicator.COVERAGE_COMMUNES && total != reportedTotal) {
            text += " "
                    + host.getTranslation("units.breakdown.count", Format.number(reportedTotal), Format.number(total));
        }
        return Optional.of(text);
    }
}
