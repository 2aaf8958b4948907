package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.TimeBasis;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.AuditService;

/**
 * Setting and reading targets. The ministry (ADMIN, LEADERSHIP) sets the nation's and the provinces' targets; a
 * province officer those of the communes of its province ({@link AccessScope#maySetTargetOf}). Every change is kept in
 * the target's history and the audit log, and recomputes the alerts.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

    /** The indicators that can have a target ({@link Indicator#withTargets()}). */
    public static final List<Indicator> INDICATORS = Indicator.withTargets();

    /** More than any count of the catalogue reaches nationwide. */
    static final BigDecimal MOST_COUNT = new BigDecimal("100000000");

    private final Targets targets;
    private final IndicatorService indicators;
    private final AdministrativeUnits units;
    private final AccessScope access;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TargetService(
            Targets targets,
            IndicatorService indicators,
            AdministrativeUnits units,
            AccessScope access,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.targets = targets;
        this.indicators = indicators;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The year's targets of the units the user may read. */
    @PreAuthorize("@accessScope.readsFigures()")
    public List<Target> targets(int year, Collection<AdminUnit> units) {
        return targets.of(
                year,
                units.stream().filter(access::mayRead).map(AdminUnit::getId).toList());
    }

    /** The unit's targets of the year, by indicator (none when the user may not read the unit). */
    @PreAuthorize("@accessScope.readsFigures()")
    public Map<Indicator, Target> byIndicator(int year, AdminUnit unit) {
        Map<Indicator, Target> found = new EnumMap<>(Indicator.class);
        targets(year, List.of(unit)).forEach(t -> found.put(t.indicator(), t));
        return found;
    }

    @PreAuthorize("@accessScope.mayRead(#unit)")
    public Optional<Target> target(Indicator indicator, AdminUnit unit, int year) {
        return targets.find(indicator, unit.getId(), year);
    }

    /** Sets (or, with a null value, removes) the target; refuses a value the indicator cannot have. */
    @PreAuthorize("@accessScope.maySetTargetOf(#unit)")
    @Transactional
    public void set(Indicator indicator, AdminUnit unit, int year, @Nullable BigDecimal value) {
        check(indicator, year, value);
        Optional<Target> before = targets.find(indicator, unit.getId(), year);
        String by = access.username().orElseThrow();
        Instant now = clock.instant();
        if (value == null) {
            if (before.isEmpty()) {
                return;
            }
            targets.remove(before.get(), by, now);
        } else {
            if (before.isPresent() && before.get().value().compareTo(value) == 0) {
                return;
            }
            targets.save(
                    new Target(indicator, unit.getId(), year, value, Target.endOf(year), by, now),
                    before.map(Target::value).orElse(null));
        }
        audit.recordChange(
                "target " + indicator.code() + " " + unit.getCode() + " " + year,
                unit.getName(),
                before.map(t -> t.value().toPlainString()).orElse(null),
                value == null ? null : value.toPlainString());
        events.publishEvent(new TargetsChanged(year));
    }

    /**
     * The year's targets of a unit and the units beneath it (the nation: today's provinces; a province: its communes)
     * with last year's and this year's values and the progress on today's date.
     */
    @PreAuthorize("@accessScope.mayReadBoardOf(#parent)")
    public TargetBoard board(int year, AdminUnit parent) {
        List<AdminUnit> children = parent.getLevel() == UnitLevel.NATION
                ? units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)
                : units.within(parent, UnitLevel.COMMUNE);
        List<AdminUnit> all = new ArrayList<>();
        all.add(parent);
        all.addAll(children);
        Map<Long, AdminUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.getId(), u));
        Map<String, Target> targetsByKey = new HashMap<>();
        targets.of(year, byId.keySet()).forEach(t -> targetsByKey.put(TargetBoard.key(t.unitId(), t.indicator()), t));
        Map<Indicator, Target> national = new EnumMap<>(Indicator.class);
        targets.of(year, List.of(units.nation().getId())).forEach(t -> national.put(t.indicator(), t));
        LocalDate today = LocalDate.now(clock);
        Map<String, TargetStatus> statuses = new HashMap<>();
        for (Indicator indicator : INDICATORS) {
            Map<Long, BigDecimal> now = values(indicator, year, parent, children);
            Map<Long, BigDecimal> before = values(indicator, year - 1, parent, children);
            for (AdminUnit unit : all) {
                String key = TargetBoard.key(unit.getId(), indicator);
                Target target = targetsByKey.get(key);
                BigDecimal value = now.get(unit.getId());
                BigDecimal lastYear = before.get(unit.getId());
                Progress progress = target == null
                        ? null
                        : TargetProgress.of(
                                target.value(),
                                indicator.timeBasis() == TimeBasis.FLOW ? BigDecimal.ZERO : lastYear,
                                value,
                                year,
                                target.deadline(),
                                today);
                statuses.put(key, new TargetStatus(unit, indicator, year, target, lastYear, value, progress));
            }
        }
        return new TargetBoard(year, parent, children, statuses, national);
    }

    private Map<Long, BigDecimal> values(Indicator indicator, int year, AdminUnit parent, List<AdminUnit> children) {
        Map<Long, BigDecimal> values = new HashMap<>();
        if (!Years.covers(year)) {
            return values;
        }
        Period period = Period.year(year);
        List<Figure> figures = new ArrayList<>(
                parent.getLevel() == UnitLevel.NATION
                        ? indicators.figures(indicator, Era.PROVINCES_34, UnitLevel.PROVINCE, period)
                        : indicators.figuresWithin(indicator, parent, UnitLevel.COMMUNE, period));
        figures.add(indicators.figure(indicator, parent, period));
        for (Figure figure : figures) {
            BigDecimal value = figure.value();
            if (value != null) {
                values.put(figure.unit().getId(), value);
            }
        }
        return values;
    }

    /** Who changed the unit's targets of the year, newest first. */
    @PreAuthorize("@accessScope.mayRead(#unit)")
    public List<TargetChange> history(AdminUnit unit, int year) {
        return targets.changes(year, unit.getId());
    }

    static void check(Indicator indicator, int year, @Nullable BigDecimal value) {
        if (!INDICATORS.contains(indicator)) {
            throw new MonitoringRefused("target.error.indicator");
        }
        if (!Years.covers(year)) {
            throw new MonitoringRefused("target.error.year", String.valueOf(Years.FIRST), String.valueOf(Years.LAST));
        }
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            throw new MonitoringRefused("target.error.negative");
        }
        if (indicator.quantity() == Quantity.PERCENT) {
            if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new MonitoringRefused("target.error.percent", Format.number(value));
            }
            if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                throw new MonitoringRefused("target.error.decimals");
            }
        } else {
            if (value.stripTrailingZeros().scale() > 0) {
                throw new MonitoringRefused("target.error.whole");
            }
            if (value.compareTo(MOST_COUNT) > 0) {
                throw new MonitoringRefused("target.error.tooLarge", Format.number(MOST_COUNT));
            }
        }
    }
}
