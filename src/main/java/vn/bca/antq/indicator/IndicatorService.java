package vn.bca.antq.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceRepository;

/**
 * The one aggregation path: "indicator I for every unit of level L (optionally under P) in period Y", straight
 * from the database, for either era. Facts are read per unit; a unit's figure is the total reported for it if
 * there is one, otherwise the sum of its sub-units' figures (rates as ratios of sums). Old provinces roll up into
 * the new provinces that absorbed them, so figures of any year can be shown on the 34-province structure.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final NamedParameterJdbcTemplate jdbc;
    private final AdministrativeUnits units;
    private final SourceRepository sources;

    IndicatorService(NamedParameterJdbcTemplate jdbc, AdministrativeUnits units, SourceRepository sources) {
        this.jdbc = jdbc;
        this.units = units;
        this.sources = sources;
    }

    /** The figure of one unit. */
    public Figure figure(Indicator indicator, AdminUnit unit, Period period) {
        return figures(indicator, List.of(unit), period).getFirst();
    }

    public Figure national(Indicator indicator, Period period) {
        return figure(indicator, units.nation(), period);
    }

    /** Every unit of {@code level} in {@code era}, alphabetically. */
    public List<Figure> figures(Indicator indicator, Era era, UnitLevel level, Period period) {
        return figures(indicator, units.all(era, level), period);
    }

    /** Every unit of {@code level} inside {@code parent} (same era as the parent), alphabetically. */
    public List<Figure> figuresWithin(Indicator indicator, AdminUnit parent, UnitLevel level, Period period) {
        return figures(indicator, units.within(parent, level), period);
    }

    /** One figure per year for a unit, e.g. a new province's trend across the 2025 reform. */
    public List<Figure> trend(Indicator indicator, AdminUnit unit, int fromYear, int toYear) {
        return IntStream.rangeClosed(fromYear, toYear).mapToObj(y -> figure(indicator, unit, Period.year(y))).toList();
    }

    private List<Figure> figures(Indicator indicator, List<AdminUnit> targets, Period period) {
        Map<Long, Tally> reportedOrDetail = directTallies(indicator, period);
        RollUp rollUp = new RollUp(reportedOrDetail);
        Map<Long, Tally> results = new HashMap<>();
        Set<Long> sourceIds = new HashSet<>();
        for (AdminUnit unit : targets) {
            Tally tally = rollUp.of(unit);
            if (tally != null) {
                results.put(unit.getId(), tally);
                sourceIds.addAll(tally.sourceIds);
            }
        }
        Map<Long, Source> sourceById = sources.findAllById(sourceIds).stream()
                .collect(Collectors.toMap(Source::getId, s -> s));
        List<Figure> figures = new ArrayList<>(targets.size());
        for (AdminUnit unit : targets) {
            Tally t = results.get(unit.getId());
            figures.add(t == null ? Figure.empty(unit, indicator, period)
                    : new Figure(unit, indicator, period, t.numerator, t.denominator, t.publishedRate, t.lowerBound,
                    reportedOrDetail.containsKey(unit.getId()),
                    t.sourceIds.stream().map(sourceById::get).sorted((a, b) -> Long.compare(a.getId(), b.getId())).toList()));
        }
        return figures;
    }

    /** Facts recorded directly on each unit: reported totals win over detail rows of the same unit. */
    private Map<Long, Tally> directTallies(Indicator indicator, Period period) {
        Map<Long, Tally> direct = new HashMap<>();
        if (indicator.detailSql() != null) {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("from", period.from()).addValue("to", period.to())
                    .addValue("asOf", period.to()).addValue("year", period.toYear());
            jdbc.query(indicator.detailSql(), params, rs -> {
                direct.computeIfAbsent(rs.getLong("unit_id"), id -> new Tally())
                        .add(rs.getLong("num"), nullableLong(rs.getObject("den")), rs.getBigDecimal("rate"),
                                rs.getInt("n"), false, rs.getLong("source_id"));
            });
        }
        direct.putAll(reportedTallies(indicator, period));
        return direct;
    }

    private Map<Long, Tally> reportedTallies(Indicator indicator, Period period) {
        String periodCondition = indicator.timeBasis() == TimeBasis.FLOW
                ? "period_start >= :from AND period_end <= :to"
                : "period_end BETWEEN :from AND :to";
        List<ReportedRow> rows = jdbc.query("""
                        SELECT unit_id, source_id, period_start, period_end, numerator, denominator, is_lower_bound, published_rate
                        FROM indicator_value WHERE indicator_code = :code AND %s""".formatted(periodCondition),
                new MapSqlParameterSource().addValue("code", indicator.code())
                        .addValue("from", period.from()).addValue("to", period.to()),
                (rs, i) -> new ReportedRow(rs.getLong("unit_id"), rs.getLong("source_id"),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        nullableLong(rs.getObject("numerator")), nullableLong(rs.getObject("denominator")),
                        rs.getBoolean("is_lower_bound"), rs.getBigDecimal("published_rate")));
        Map<Long, Tally> tallies = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(ReportedRow::unitId)).forEach((unitId, unitRows) -> {
            Tally tally = new Tally();
            for (ReportedRow row : relevant(unitRows, indicator.timeBasis(), period)) {
                tally.add(row.numerator, row.denominator, row.publishedRate, 1, row.lowerBound, row.sourceId);
            }
            tallies.put(unitId, tally);
        });
        return tallies;
    }

    /** Of one unit's reported rows: a stock is taken at the latest date; a total for exactly the period wins over parts of it. */
    private static List<ReportedRow> relevant(List<ReportedRow> rows, TimeBasis basis, Period period) {
        if (basis == TimeBasis.STOCK) {
            LocalDate latest = rows.stream().map(ReportedRow::periodEnd).max(LocalDate::compareTo).orElseThrow();
            return rows.stream().filter(r -> r.periodEnd.equals(latest)).toList();
        }
        List<ReportedRow> exact = rows.stream()
                .filter(r -> r.periodStart.equals(period.from()) && r.periodEnd.equals(period.to())).toList();
        return exact.isEmpty() ? rows : exact;
    }

    private static @Nullable Long nullableLong(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private record ReportedRow(long unitId, long sourceId, LocalDate periodStart, LocalDate periodEnd,
                               @Nullable Long numerator, @Nullable Long denominator, boolean lowerBound,
                               @Nullable BigDecimal publishedRate) {
    }

    /** Bottom-up totals over the roll-up tree, each unit computed once. */
    private final class RollUp {
        private final Map<Long, Tally> direct;
        private final Map<Long, @Nullable Tally> memo = new HashMap<>();

        RollUp(Map<Long, Tally> direct) {
            this.direct = direct;
        }

        @Nullable Tally of(AdminUnit unit) {
            if (memo.containsKey(unit.getId())) {
                return memo.get(unit.getId());
            }
            Tally result = direct.get(unit.getId());
            if (result == null) {
                Collection<AdminUnit> children = units.rollUpChildren(unit);
                for (AdminUnit child : children) {
                    Tally childTally = of(child);
                    if (childTally != null) {
                        result = result == null ? new Tally() : result;
                        result.addAll(childTally);
                    }
                }
            }
            memo.put(unit.getId(), result);
            return result;
        }
    }

    /** A running total: numerator, denominator, lower-bound flag, sources; the published rate survives only alone. */
    private static final class Tally {
        @Nullable Long numerator;
        @Nullable Long denominator;
        @Nullable BigDecimal publishedRate;
        int rows;
        boolean lowerBound;
        final Set<Long> sourceIds = new HashSet<>();

        void add(@Nullable Long num, @Nullable Long den, @Nullable BigDecimal rate, int rowCount, boolean atLeast, long sourceId) {
            if (num != null) {
                numerator = numerator == null ? num : numerator + num;
            }
            if (den != null) {
                denominator = denominator == null ? den : denominator + den;
            }
            publishedRate = rows == 0 && rowCount == 1 ? rate : null;
            rows += rowCount;
            lowerBound |= atLeast;
            sourceIds.add(sourceId);
        }

        void addAll(Tally other) {
            if (other.numerator != null) {
                numerator = numerator == null ? other.numerator : numerator + other.numerator;
            }
            if (other.denominator != null) {
                denominator = denominator == null ? other.denominator : denominator + other.denominator;
            }
            publishedRate = rows == 0 ? other.publishedRate : null; // a sum of several units has no published rate
            rows += other.rows;
            lowerBound |= other.lowerBound;
            sourceIds.addAll(other.sourceIds);
        }
    }
}
