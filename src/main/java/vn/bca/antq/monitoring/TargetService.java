package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
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

    /** The indicators that can have a target: the coverage rates, the models running and the festival sites. */
    public static final List<Indicator> INDICATORS = List.of(
            Indicator.COVERAGE_COMMUNES,
            Indicator.COVERAGE_RESIDENTIAL_AREAS,
            Indicator.COVERAGE_AGENCIES,
            Indicator.COVERAGE_ENTERPRISES,
            Indicator.COVERAGE_SCHOOLS,
            Indicator.MODELS,
            Indicator.FESTIVAL_SITES);

    /** More than any count of the catalogue reaches nationwide. */
    static final BigDecimal MOST_COUNT = new BigDecimal("100000000");

    private final Targets targets;
    private final AccessScope access;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TargetService(
            Targets targets, AccessScope access, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.targets = targets;
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
