package vn.bca.antq.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.TimeBasis;

/**
 * The other counters (propaganda, mobilisation, reintegration, culture...): one row per indicator and unit, a value
 * and, for a rate, its total. Stored as reported totals for the year (for a unit created mid-year, from its first day).
 */
@Component
class CounterRules implements DatasetRules {

    private static final String WHERE =
            "indicator_code IN (:codes) AND unit_id IN (:units) AND period_start >= :from AND period_end <= :to";

    private final NamedParameterJdbcTemplate jdbc;
    private final FactTable table;

    CounterRules(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.table = new FactTable(
                jdbc,
                "indicator_value",
                List.of(
                        "id",
                        "indicator_code",
                        "unit_id",
                        "source_id",
                        "period_start",
                        "period_end",
                        "numerator",
                        "denominator",
                        "is_lower_bound",
                        "published_rate"));
    }

    @Override
    public Dataset dataset() {
        return Dataset.COUNTERS;
    }

    @Override
    public void check(ImportRow row, Scope scope) {
        Indicator indicator = indicator(row);
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
        Indicator indicator = indicator(lastYear);
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
        List<ImportRow> rows = jdbc.query(
                "SELECT indicator_code, unit_id, numerator, denominator FROM indicator_value WHERE " + WHERE
                        + " AND numerator IS NOT NULL ORDER BY indicator_code",
                params(scope),
                (rs, i) -> {
                    ImportRow row = Rows.of(Objects.requireNonNull(byId.get(rs.getLong("unit_id"))));
                    Indicator indicator = Indicator.valueOf(rs.getString("indicator_code"));
                    row.put("indicator", indicator.code());
                    row.put("indicator_name", indicator.name(Language.VI));
                    row.put("value", rs.getLong("numerator"));
                    Long denominator = rs.getObject("denominator", Long.class);
                    if (denominator != null) {
                        row.put("denominator", denominator);
                    }
                    return row;
                });
        return Rows.inUnitOrder(rows);
    }

    @Override
    public void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId) {
        table.replace(
                WHERE,
                params(scope),
                batchId,
                List.of(
                        "indicator_code",
                        "unit_id",
                        "source_id",
                        "period_start",
                        "period_end",
                        "numerator",
                        "denominator"),
                rows.stream()
                        .map(row -> new Object[] {
                            row.value("indicator"),
                            row.knownUnit().getId(),
                            sourceId,
                            scope.firstDayOf(row.knownUnit()),
                            scope.lastDayOf(row.knownUnit()),
                            row.value("value"),
                            row.value("denominator")
                        })
                        .toList());
    }

    private static @Nullable Indicator indicator(ImportRow row) {
        Object code = row.value("indicator");
        return code == null ? null : Indicator.valueOf((String) code);
    }

    private static MapSqlParameterSource params(Scope scope) {
        return new MapSqlParameterSource(
                        "codes",
                        CounterIndicators.all().stream().map(Indicator::code).toList())
                .addValue("units", scope.unitIds())
                .addValue("from", scope.firstDay())
                .addValue("to", scope.lastDay());
    }
}
