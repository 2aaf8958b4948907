package vn.bca.antq.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.PredecessorShare;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.FigureQuery;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceRepository;

/**
 * The one aggregation path: "indicator I for every unit of level L (optionally under P) in period Y", straight
 * from the database, for either era. Facts are read per unit; a unit's figure is the total reported for it where
 * there is one, otherwise the sum of its sub-units' figures (rates as ratios of sums), see {@link RollUp}. Old
 * provinces roll up into the new provinces that absorbed them, and new communes carry their shares of the old units
 * they were formed from, so figures of any year can be shown on the 34-province structure (docs/GEOGRAPHY.md).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final NamedParameterJdbcTemplate jdbc;
    private final AdministrativeUnits units;
    private final SourceRepository sources;
    private final FactCache cache;
    private final AccessScope access;

    IndicatorService(
            NamedParameterJdbcTemplate jdbc,
            AdministrativeUnits units,
            SourceRepository sources,
            FactCache cache,
            AccessScope access) {
        this.jdbc = jdbc;
        this.units = units;
        this.sources = sources;
        this.cache = cache;
        this.access = access;
    }

    /** The figure of one unit. */
    @PreAuthorize("@accessScope.mayRead(#unit)")
    public Figure figure(Indicator indicator, AdminUnit unit, Period period) {
        return figures(indicator, List.of(unit), period).getFirst();
    }

    @PreAuthorize("@accessScope.readsFigures()")
    public Figure national(Indicator indicator, Period period) {
        return figure(indicator, units.nation(), period);
    }

    /** Every unit of {@code level} in {@code era}, alphabetically. */
    @PreAuthorize("@accessScope.mayReadLevel(#level)")
    public List<Figure> figures(Indicator indicator, Era era, UnitLevel level, Period period) {
        return figures(indicator, units.all(era, level), period);
    }

    /** Every unit of {@code level} inside {@code parent} (same era as the parent), alphabetically. */
    @PreAuthorize("@accessScope.mayReadWithin(#parent, #level)")
    public List<Figure> figuresWithin(Indicator indicator, AdminUnit parent, UnitLevel level, Period period) {
        return figures(indicator, units.within(parent, level), period);
    }

    /** One figure per year for a unit, e.g. a new province's trend across the 2025 reform. */
    @PreAuthorize("@accessScope.mayRead(#unit)")
    public List<Figure> trend(Indicator indicator, AdminUnit unit, int fromYear, int toYear) {
        return IntStream.rangeClosed(fromYear, toYear)
                .mapToObj(y -> figure(indicator, unit, Period.year(y)))
                .toList();
    }

    /**
     * What was reported for the unit or beneath it that its figures of one year cannot show: totals over more than
     * one calendar year (a five-year review, counts since 2019), whatever the year, and the year's figures of
     * indicators shown only where reported ({@link Aggregation#NONE}). Only rows of units the user may read; the unit's
     * own first, then by unit name, indicator and period.
     */
    @PreAuthorize("@accessScope.mayRead(#unit)")
    public List<Figure> reportedApart(AdminUnit unit, int year) {
        List<String> apart = Arrays.stream(Indicator.values())
                .filter(i -> i.aggregation() == Aggregation.NONE)
                .map(Indicator::code)
                .toList();
        List<ReportedRow> rows = jdbc.query(
                """
                        SELECT indicator_code, unit_id, source_id, period_start, period_end, numerator, denominator, is_lower_bound, published_rate
                        FROM indicator_value
                        WHERE YEAR(period_start) < YEAR(period_end) OR (indicator_code IN (:apart) AND YEAR(period_end) = :year)""",
                new MapSqlParameterSource("apart", apart).addValue("year", year),
                (rs, i) -> new ReportedRow(
                        rs.getString("indicator_code"),
                        rs.getLong("unit_id"),
                        rs.getLong("source_id"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class),
                        nullableLong(rs.getObject("numerator")),
                        nullableLong(rs.getObject("denominator")),
                        rs.getBoolean("is_lower_bound"),
                        rs.getBigDecimal("published_rate")));
        Map<Long, Source> sourceById =
                sources
                        .findAllById(rows.stream()
                                .map(ReportedRow::sourceId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Source::getId, s -> s));
        List<Figure> figures = new ArrayList<>();
        for (ReportedRow row : rows) {
            Optional<Indicator> indicator = Indicator.ofCode(row.code());
            Optional<AdminUnit> at = units.byId(row.unitId()).filter(u -> isWithin(u, unit) && access.mayRead(u));
            if (indicator.isPresent() && at.isPresent()) {
                figures.add(new Figure(
                        at.get(),
                        indicator.get(),
                        new Period(row.periodStart(), row.periodEnd()),
                        row.numerator(),
                        row.denominator(),
                        row.publishedRate(),
                        row.lowerBound(),
                        true,
                        List.of(sourceById.get(row.sourceId())),
                        false,
                        false));
            }
        }
        figures.sort(Comparator.comparing((Figure f) -> !f.unit().getId().equals(unit.getId()))
                .thenComparing(Figure::unit, AdministrativeUnits.BY_NAME)
                .thenComparing(Figure::indicator)
                .thenComparing(f -> f.period().from()));
        return figures;
    }

    /** The unit is {@code scope} or rolls up into it. */
    private boolean isWithin(AdminUnit unit, AdminUnit scope) {
        for (Optional<AdminUnit> u = Optional.of(unit); u.isPresent(); u = units.rollUpParent(u.get())) {
            if (u.get().getId().equals(scope.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Computes and keeps the figures of these units before anyone asks (see {@link FigureWarmUp}); no scope applies. */
    void warm(Indicator indicator, Period period, List<AdminUnit> targets) {
        figures(indicator, targets, period);
    }

    /** The figures of these units, from the cache where computed before, the others computed now and kept. */
    private List<Figure> figures(Indicator indicator, List<AdminUnit> targets, Period period) {
        FactCache.Entry entry = cache.entry(indicator, period, () -> directFacts(indicator, period));
        List<AdminUnit> missing = targets.stream()
                .filter(u -> !entry.figures.containsKey(u.getId()))
                .toList();
        if (!missing.isEmpty()) {
            compute(indicator, period, entry, missing);
        }
        return targets.stream().map(u -> entry.figures.get(u.getId())).toList();
    }

    private void compute(Indicator indicator, Period period, FactCache.Entry entry, List<AdminUnit> targets) {
        RollUp rollUp = new RollUp(units, entry.facts, indicator.aggregation());
        Map<Long, Tally> results = new HashMap<>();
        Set<Long> sourceIds = new HashSet<>();
        for (AdminUnit unit : targets) {
            List<PredecessorShare> shares = units.sharesOf(unit);
            Tally tally = shares.isEmpty() ? rollUp.of(unit) : rollUp.restated(unit, shares, indicator.restatement());
            if (tally != null) {
                results.put(unit.getId(), tally);
                sourceIds.addAll(tally.sourceIds);
            }
        }
        Map<Long, Source> sourceById = cache.sources(sourceIds, sources::findAll);
        for (AdminUnit unit : targets) {
            Tally t = results.get(unit.getId());
            entry.figures.put(
                    unit.getId(),
                    t == null
                            ? Figure.empty(unit, indicator, period)
                            : new Figure(
                                    unit,
                                    indicator,
                                    period,
                                    t.numerator,
                                    t.denominator,
                                    t.publishedRate,
                                    t.lowerBound,
                                    rollUp.hasTotalFor(unit),
                                    t.sourceIds.stream()
                                            .sorted()
                                            .map(sourceById::get)
                                            .toList(),
                                    t.restated,
                                    t.estimate));
        }
    }

    /** Facts recorded on each unit, per sub-period: detail rows of the indicator and reported totals. */
    private Map<Long, RollUp.Direct> directFacts(Indicator indicator, Period period) {
        Map<Long, RollUp.Direct> direct = new HashMap<>();
        RollUp.Span whole = new RollUp.Span(period.from(), period.to());
        FigureQuery detail = indicator.detail();
        if (detail != null) {
            MapSqlParameterSource params = new MapSqlParameterSource(detail.params())
                    .addValue("from", period.from())
                    .addValue("to", period.to())
                    .addValue("asOf", period.to())
                    .addValue("year", period.toYear());
            jdbc.query(detail.sql(), params, rs -> {
                Object month = rs.getObject("ym");
                RollUp.Span span = month == null ? whole : monthWithin(((Number) month).intValue(), period);
                Tally tally = Tally.of(
                        rs.getLong("num"),
                        nullableLong(rs.getObject("den")),
                        rs.getBigDecimal("rate"),
                        rs.getInt("n"),
                        false,
                        rs.getLong("source_id"));
                RollUp.Direct d = direct.computeIfAbsent(rs.getLong("unit_id"), id -> new RollUp.Direct());
                if (rs.getBoolean("is_total")) {
                    d.addTotal(span, tally);
                } else {
                    d.addItem(span, tally);
                }
            });
        }
        for (ReportedRow row : reportedRows(indicator, period)) {
            RollUp.Span span =
                    indicator.timeBasis() == TimeBasis.STOCK ? whole : new RollUp.Span(row.periodStart, row.periodEnd);
            direct.computeIfAbsent(row.unitId, id -> new RollUp.Direct())
                    .addTotal(
                            span,
                            Tally.of(
                                    row.numerator,
                                    row.denominator,
                                    row.publishedRate,
                                    1,
                                    row.lowerBound,
                                    row.sourceId));
        }
        return direct;
    }

    /** Items are kept per month, so a reported total for any whole months (a year, a half-year) replaces exactly them. */
    private static RollUp.Span monthWithin(int yearMonth, Period period) {
        LocalDate from = LocalDate.of(yearMonth / 100, yearMonth % 100, 1);
        LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
        return new RollUp.Span(
                from.isBefore(period.from()) ? period.from() : from, to.isAfter(period.to()) ? period.to() : to);
    }

    /** Reported totals inside the period; of a stock, only each unit's latest. */
    private List<ReportedRow> reportedRows(Indicator indicator, Period period) {
        boolean flow = indicator.timeBasis() == TimeBasis.FLOW;
        List<ReportedRow> rows = jdbc.query(
                """
                        SELECT unit_id, source_id, period_start, period_end, numerator, denominator, is_lower_bound, published_rate
                        FROM indicator_value WHERE indicator_code = :code AND %s""".formatted(
                        flow ? "period_start >= :from AND period_end <= :to" : "period_end BETWEEN :from AND :to"),
                new MapSqlParameterSource()
                        .addValue("code", indicator.code())
                        .addValue("from", period.from())
                        .addValue("to", period.to()),
                (rs, i) -> new ReportedRow(
                        indicator.code(),
                        rs.getLong("unit_id"),
                        rs.getLong("source_id"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class),
                        nullableLong(rs.getObject("numerator")),
                        nullableLong(rs.getObject("denominator")),
                        rs.getBoolean("is_lower_bound"),
                        rs.getBigDecimal("published_rate")));
        if (flow) {
            return rows;
        }
        Map<Long, LocalDate> latest = new HashMap<>();
        rows.forEach(r -> latest.merge(r.unitId, r.periodEnd, (a, b) -> a.isAfter(b) ? a : b));
        return rows.stream()
                .filter(r -> r.periodEnd.equals(latest.get(r.unitId)))
                .toList();
    }

    private static @Nullable Long nullableLong(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private record ReportedRow(
            String code,
            long unitId,
            long sourceId,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Nullable Long numerator,
            @Nullable Long denominator,
            boolean lowerBound,
            @Nullable BigDecimal publishedRate) {}
}
