package vn.bca.antq.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.bca.antq.base.db.FactTable;

/**
 * The stored reported values of counter indicators (table {@code indicator_value}): what intake reads and replaces and
 * the demo data adds. Figures are aggregated by {@link IndicatorService}.
 */
@Repository
public class ReportedValues {

    /** A unit's reported value of an indicator over a period, with its total when the indicator is a rate. */
    public record Value(
            Indicator indicator,
            long unitId,
            LocalDate periodStart,
            LocalDate periodEnd,
            long numerator,
            @Nullable Long denominator) {}

    private static final String WITHIN =
            "indicator_code IN (:codes) AND unit_id IN (:units) AND period_start >= :from AND period_end <= :to";
    private static final List<String> COLUMNS =
            List.of("indicator_code", "unit_id", "period_start", "period_end", "numerator", "denominator", "source_id");

    private final NamedParameterJdbcTemplate jdbc;
    private final FactTable table;

    ReportedValues(NamedParameterJdbcTemplate jdbc) {
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

    /** The units' reported values of the indicators over periods within the two days, by indicator. */
    public List<Value> within(
            Collection<Indicator> indicators, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return jdbc.query(
                "SELECT indicator_code, unit_id, period_start, period_end, numerator, denominator FROM indicator_value"
                        + " WHERE " + WITHIN + " AND numerator IS NOT NULL ORDER BY indicator_code",
                params(indicators, unitIds, from, to),
                (rs, i) -> new Value(
                        Indicator.valueOf(rs.getString("indicator_code")),
                        rs.getLong("unit_id"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class),
                        rs.getLong("numerator"),
                        rs.getObject("denominator", Long.class)));
    }

    /**
     * Adds the values no stored value already covers, citing the source, and returns how many: a flow is covered by a
     * value of the same indicator, unit and period, a stock by one taken in the same year (the latest of a year wins).
     */
    public int addUncovered(List<Value> values, long sourceId) {
        Set<String> stored = new HashSet<>(jdbc.getJdbcTemplate()
                .query(
                        "SELECT indicator_code, unit_id, period_start, period_end FROM indicator_value",
                        (rs, i) -> key(
                                Indicator.valueOf(rs.getString(1)),
                                rs.getLong(2),
                                rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class))));
        return add(
                values.stream()
                        .filter(v -> !stored.contains(key(v.indicator(), v.unitId(), v.periodStart(), v.periodEnd())))
                        .toList(),
                sourceId);
    }

    private static String key(Indicator indicator, long unitId, LocalDate start, LocalDate end) {
        return indicator.timeBasis() == TimeBasis.STOCK
                ? indicator + "/" + unitId + "/" + end.getYear()
                : indicator + "/" + unitId + "/" + start + "/" + end;
    }

    /** The units' values of the indicators within the two days archived under the batch and replaced by {@code values}. */
    public void replace(
            Collection<Indicator> indicators,
            Collection<Long> unitIds,
            LocalDate from,
            LocalDate to,
            List<Value> values,
            long sourceId,
            long batchId) {
        table.archiveAndDelete(WITHIN, params(indicators, unitIds, from, to), batchId);
        add(values, sourceId);
    }

    /** Adds values, citing the source; returns how many. */
    public int add(List<Value> values, long sourceId) {
        return table.insert(COLUMNS, values, v -> new Object[] {
            v.indicator().code(), v.unitId(), v.periodStart(), v.periodEnd(), v.numerator(), v.denominator(), sourceId
        });
    }

    private static MapSqlParameterSource params(
            Collection<Indicator> indicators, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource(
                        "codes", indicators.stream().map(Indicator::code).toList())
                .addValue("units", unitIds)
                .addValue("from", from)
                .addValue("to", to);
    }
}
