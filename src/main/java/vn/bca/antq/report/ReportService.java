package vn.bca.antq.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorGroup;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Ranks;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.SignedInUser;

/**
 * Gathers what the PDF reports show, all from {@link IndicatorService} (so a report says exactly what the dashboard
 * says). A province's report needs the right to read that province in detail; the national summary is for the
 * ministry, ADMIN and the provincial officers, never for a conference screen.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /** Always in the key figures; every other indicator only when it has data for the unit and year. */
    public static final List<Indicator> COVERAGE = Indicator.inGroup(IndicatorGroup.COVERAGE);

    static final List<Indicator> ALWAYS_SHOWN = Stream.concat(
                    COVERAGE.stream(),
                    Stream.of(
                            Indicator.MODELS,
                            Indicator.MODEL_SITES,
                            Indicator.FESTIVAL_SITES,
                            Indicator.FESTIVAL_ATTENDANCE))
            .toList();
    /** The map colours units by the main coverage category: meaningful for a province, a district and a commune alike. */
    static final Indicator MAP_INDICATOR = Indicator.COVERAGE_RESIDENTIAL_AREAS;

    static final List<Indicator> TABLE_INDICATORS = Stream.concat(
                    COVERAGE.stream(), Stream.of(Indicator.MODELS, Indicator.MODEL_SITES, Indicator.FESTIVAL_SITES))
            .toList();

    private final IndicatorService indicators;
    private final AdministrativeUnits units;
    private final GeoLayers geo;
    private final AccessScope scope;
    private final Clock clock;
    private final TargetService targets;

    ReportService(
            IndicatorService indicators,
            AdministrativeUnits units,
            GeoLayers geo,
            AccessScope scope,
            Clock clock,
            TargetService targets) {
        this.targets = targets;
        this.indicators = indicators;
        this.units = units;
        this.geo = geo;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The annual report of a province of the structure shown (Hưng Yên 33 of 2022 as reported is the old one, on today's
     * structure the new one with its old provinces and communes restated).
     */
    @PreAuthorize("@accessScope.mayDownloadReports() and @accessScope.mayReadDetailOf(#province)")
    public ProvinceReport province(AdminUnit province, int year, Structure structure) {
        Era era = structure.era(checkYear(year));
        if (province.getLevel() != UnitLevel.PROVINCE || province.getEra() != era) {
            throw new IllegalArgumentException(province + " is not a province of the structure of " + year);
        }
        Period period = Period.year(year);
        List<KeyFigure> keyFigures = new ArrayList<>();
        Map<Indicator, BigDecimal> goals = goals(province, year);
        for (Indicator indicator : Indicator.values()) {
            List<Figure> provinces = indicators.figures(indicator, era, UnitLevel.PROVINCE, period);
            Figure figure = provinces.stream()
                    .filter(f -> f.unit().getId().equals(province.getId()))
                    .findFirst()
                    .orElseThrow();
            if (ALWAYS_SHOWN.contains(indicator) || figure.hasData()) {
                keyFigures.add(new KeyFigure(
                        figure,
                        previousYear(indicator, province, year),
                        indicators.national(indicator, period),
                        Ranks.of(figure, provinces),
                        Ranks.ranked(provinces),
                        goals.get(indicator)));
            }
        }
        UnitLevel level = era.hasDistricts() ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        List<List<Figure>> columns = TABLE_INDICATORS.stream()
                .map(i -> indicators.figuresWithin(i, province, level, period))
                .toList();
        List<UnitRow> rows = new ArrayList<>();
        for (int r = 0; r < columns.getFirst().size(); r++) {
            int row = r;
            rows.add(new UnitRow(
                    columns.getFirst().get(r).unit(),
                    columns.stream().map(c -> c.get(row)).toList()));
        }
        MapLayer layer =
                era.hasDistricts() ? MapLayer.districtsOf(province.getCode()) : MapLayer.communesOf(province.getCode());
        ReportMap map = geo.file(layer).map(ReportMap::of).orElse(new ReportMap(List.of(), List.of(), List.of()));
        return new ProvinceReport(
                province,
                year,
                structure,
                prepared(),
                sortKeyFigures(keyFigures),
                MAP_INDICATOR,
                map,
                TABLE_INDICATORS,
                rows,
                indicators.trend(MAP_INDICATOR, province, Years.FIRST, year),
                indicators.trend(MAP_INDICATOR, units.nation(), Years.FIRST, year));
    }

    /** The national summary of a year, on today's provinces or on that year's (63 before 2025, 34 from 2025). */
    @PreAuthorize("@accessScope.mayDownloadReports()")
    public NationalReport national(int year, Structure structure) {
        Era era = structure.era(checkYear(year));
        Period period = Period.year(year);
        List<KeyFigure> keyFigures = new ArrayList<>();
        Map<Indicator, BigDecimal> goals = goals(units.nation(), year);
        for (Indicator indicator : Indicator.values()) {
            Figure figure = indicators.national(indicator, period);
            if (ALWAYS_SHOWN.contains(indicator) || figure.hasData()) {
                keyFigures.add(new KeyFigure(
                        figure, previousYear(indicator, units.nation(), year), figure, 0, 0, goals.get(indicator)));
            }
        }
        ReportMap map = ReportMap.of(geo.file(MapLayer.provinces(era)).orElseThrow());
        return new NationalReport(
                year,
                structure,
                prepared(),
                sortKeyFigures(keyFigures),
                MAP_INDICATOR,
                map,
                indicators.figures(MAP_INDICATOR, era, UnitLevel.PROVINCE, period),
                indicators.trend(MAP_INDICATOR, units.nation(), Years.FIRST, year));
    }

    /** The unit's targets of the year (docs/MONITORING.md), by indicator. */
    private Map<Indicator, BigDecimal> goals(AdminUnit unit, int year) {
        Map<Indicator, BigDecimal> goals = new EnumMap<>(Indicator.class);
        targets.targets(year, List.of(unit)).forEach(t -> goals.put(t.indicator(), t.value()));
        return goals;
    }

    private static int checkYear(int year) {
        if (!Years.covers(year)) {
            throw new IllegalArgumentException(
                    "No report for " + year + ": the dashboard covers " + Years.FIRST + "–" + Years.LAST);
        }
        return year;
    }

    /** The unit's figure a year earlier (for 2025, the new province summed from the old provinces it absorbed). */
    private Figure previousYear(Indicator indicator, AdminUnit unit, int year) {
        Period previous = Period.year(year - 1);
        return Years.covers(year - 1)
                ? indicators.figure(indicator, unit, previous)
                : Figure.empty(unit, indicator, previous);
    }

    /** The always-shown figures first, in their order, then the others in the catalogue's order. */
    private static List<KeyFigure> sortKeyFigures(List<KeyFigure> figures) {
        List<KeyFigure> sorted = new ArrayList<>();
        ALWAYS_SHOWN.forEach(
                i -> figures.stream().filter(k -> k.figure().indicator() == i).forEach(sorted::add));
        figures.stream()
                .filter(k -> !ALWAYS_SHOWN.contains(k.figure().indicator()))
                .forEach(sorted::add);
        return sorted;
    }

    private Prepared prepared() {
        String by =
                scope.user().map(SignedInUser::displayName).or(scope::username).orElse("");
        return new Prepared(ZonedDateTime.now(clock), by);
    }
}
