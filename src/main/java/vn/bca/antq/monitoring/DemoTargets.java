package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.DemoSettings;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.security.AsSystem;
import vn.bca.antq.security.DemoAccounts;

/**
 * With demo data, synthetic targets of the current year, so that a first look at the targets page, the progress map,
 * the cards and the alerts shows what monitoring does: the nation's and every province's for each indicator with a
 * target, and the festival sites, models and residential areas of the communes of the demo officers' provinces. Each
 * asks a little more than last year's value — a rate 0,3 to 2,5 points (at most 100%; the movement's rates rose about
 * a point a year), a count 3 to 15% — varying by unit,
 * so that some units are ahead and some behind. Set by {@value #BY} (the targets' history says so), and only into a
 * database without any target: nothing someone set is ever replaced.
 */
@Component
class DemoTargets {

    static final String BY = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoTargets.class);
    private static final List<Indicator> OF_COMMUNES =
            List.of(Indicator.FESTIVAL_SITES, Indicator.MODELS, Indicator.COVERAGE_RESIDENTIAL_AREAS);

    private final TargetService service;
    private final Targets targets;
    private final AdministrativeUnits units;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean wanted;

    DemoTargets(
            TargetService service,
            Targets targets,
            AdministrativeUnits units,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock,
            DemoSettings demo) {
        this.service = service;
        this.targets = targets;
        this.units = units;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.wanted = demo.enabled() && demo.targets();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (wanted && targets.none()) {
            int year = Math.min(LocalDate.now(clock).getYear(), Years.LAST);
            long begin = System.nanoTime();
            int set = setUp(year);
            log.info("Demo targets of {} set: {} in {} ms", year, set, (System.nanoTime() - begin) / 1_000_000);
        }
    }

    /** Sets the year's demo targets (none may exist yet) and returns how many. */
    int setUp(int year) {
        Instant now = clock.instant();
        List<Target> made = new ArrayList<>();
        AsSystem.call(() -> {
            TargetBoard nation = service.board(year, units.nation());
            made.addAll(ask(nation, List.of(units.nation()), Indicator.withTargets(), now));
            made.addAll(ask(nation, nation.children(), Indicator.withTargets(), now));
            for (String code : DemoAccounts.officerProvinces()) {
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, code).ifPresent(province -> {
                    TargetBoard communes = service.board(year, province);
                    made.addAll(ask(communes, communes.children(), OF_COMMUNES, now));
                });
            }
            return null;
        });
        transactions.executeWithoutResult(status -> targets.saveNew(made));
        events.publishEvent(new TargetsChanged(year));
        return made.size();
    }

    private static List<Target> ask(TargetBoard board, List<AdminUnit> of, List<Indicator> indicators, Instant now) {
        List<Target> made = new ArrayList<>();
        for (AdminUnit unit : of) {
            for (Indicator indicator : indicators) {
                BigDecimal value = demoTarget(
                        indicator, unit, board.status(unit, indicator).lastYear());
                if (value != null) {
                    made.add(new Target(
                            indicator, unit.getId(), board.year(), value, Target.endOf(board.year()), BY, now));
                }
            }
        }
        return made;
    }

    /** A little more than last year's value, by a share fixed for the unit and indicator; none without a value. */
    static @Nullable BigDecimal demoTarget(Indicator indicator, AdminUnit unit, @Nullable BigDecimal lastYear) {
        if (lastYear == null || lastYear.signum() == 0) {
            return null;
        }
        double share = Math.floorMod((unit.getCode() + indicator.code()).hashCode(), 1000) / 1000.0;
        if (indicator.quantity() == Quantity.PERCENT) {
            BigDecimal raised = lastYear.add(BigDecimal.valueOf(0.3 + 2.2 * share));
            return raised.min(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        }
        return lastYear.multiply(BigDecimal.valueOf(1.03 + 0.12 * share)).setScale(0, RoundingMode.CEILING);
    }
}
