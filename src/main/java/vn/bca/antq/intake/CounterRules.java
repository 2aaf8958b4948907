package vn.bca.antq.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.ReportedValues;
import vn.bca.antq.indicator.TimeBasis;

/**
 * The other counters (propaganda, mobilisation, reintegration, culture...): one row per indicator and unit, a value
 * and, for a rate, its total. Stored as reported totals for the year (for a unit created mid-year, from its first day).
 */
@Component
class CounterRules implements DatasetRules {

    private final ReportedValues values;

    CounterRules(ReportedValues values) {
        this.values = values;
    }

    @Override
    public Dataset dataset() {
        return Dataset.COUNTERS;
    }

    @Override
    public void check(ImportRow row, Scope scope) {
        Indicator indicator = row.indicator();
        Long value = row.count("value");
        Long denominator = row.count("denominator");
        if (indicator == null || value == null) {
            return;
        }
        Plausibility.Thing thing = thing(indicator);
        Plausibility.checkSize(row, "value", thing);
        Plausibility.checkSize(row, "denominator", thing);
        if (indicator.aggregation() == Aggregation.RATIO) {
            if (denominator == null && row.issuesOf("denominator").isEmpty()) {
                row.add(Issue.error("denominator", "intake.row.denominatorMissing"));
            } else if (denominator != null && value > denominator) {
                row.add(Issue.error("value", "intake.row.recognisedAboveTotal", value, denominator));
            }
        } else if (denominator != null) {
            row.add(Issue.error("denominator", "intake.row.denominatorNotUsed"));
        }
    }

    @Override
    public String key(ImportRow row) {
        return row.value("indicator") + "|" + row.knownUnit().getId();
    }

    @Override
    public List<String> comparedWithLastYear() {
        return List.of("value");
    }

    @Override
    public double changeFactor() {
        return Changes.ACTIVITY_FACTOR;
    }

    /** A flow counted over part of last year (a unit created on 1 July 2025) is no measure for a whole year. */
    @Override
    public boolean comparable(ImportRow lastYear, int previousYear) {
        Indicator indicator = lastYear.indicator();
        return indicator == null
                || indicator.timeBasis() != TimeBasis.FLOW
                || !lastYear.knownUnit().getValidFrom().isAfter(LocalDate.of(previousYear, 1, 1));
    }

    /** What a counter counts, for the order of magnitude a unit can have of it. */
    private static Plausibility.Thing thing(Indicator indicator) {
        return switch (indicator) {
            case CULTURAL_FAMILIES -> Plausibility.Thing.FAMILIES;
            case CULTURAL_RESIDENTIAL_AREAS, FIVE_NO_RESIDENTIAL_AREAS, VILLAGE_COVENANTS ->
                Plausibility.Thing.RESIDENTIAL_AREAS;
            default ->
                indicator.quantity() == Quantity.PERSONS ? Plausibility.Thing.PERSONS : Plausibility.Thing.EVENTS;
        };
    }

    @Override
    public List<ImportRow> current(Scope scope) {
        Map<Long, AdminUnit> byId = scope.unitsById();
        List<ImportRow> rows = new ArrayList<>();
        for (ReportedValues.Value value :
                values.within(CounterIndicators.all(), scope.unitIds(), scope.firstDay(), scope.lastDay())) {
            ImportRow row = Rows.of(Objects.requireNonNull(byId.get(value.unitId())));
            row.put("indicator", value.indicator().code());
            row.put("indicator_name", value.indicator().name(Language.VI));
            row.put("value", value.numerator());
            if (value.denominator() != null) {
                row.put("denominator", value.denominator());
            }
            rows.add(row);
        }
        return Rows.inUnitOrder(rows);
    }

    @Override
    public void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId) {
        values.replace(
                CounterIndicators.all(),
                scope.unitIds(),
                scope.firstDay(),
                scope.lastDay(),
                rows.stream()
                        .map(row -> new ReportedValues.Value(
                                Objects.requireNonNull(row.indicator()),
                                row.knownUnit().getId(),
                                scope.firstDayOf(row.knownUnit()),
                                scope.lastDayOf(row.knownUnit()),
                                Objects.requireNonNull(row.count("value")),
                                row.count("denominator")))
                        .toList(),
                sourceId,
                batchId);
    }
}
