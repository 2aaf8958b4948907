package vn.bca.antq.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.FactsChanged;
import vn.bca.antq.base.db.ClusterLock;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.intake.SubmissionService;
import vn.bca.antq.security.AsSystem;

/**
 * Computes the alerts of the current year and stores them: after the start, after every change of figures, targets,
 * submissions or rules on this node (in the background, a run at a time, changes during a run make one more), and
 * every day at 05:30 (the day itself moves deadlines and straight lines). Never in a page request. In a cluster a run
 * waits while another node computes (that one may have read the figures before this node's change), and the daily
 * run happens on one node only ({@link ClusterLock}). Off in tests, which call {@link #run} themselves
 * ({@code antq.monitoring.background=false}).
 */
@Component
public class AlertJob {

    private static final Logger log = LoggerFactory.getLogger(AlertJob.class);
    /** Longer than any run (5 s at ten times the demo data); a node that died holding the lock frees it after this. */
    private static final Duration LONGEST_RUN = Duration.ofMinutes(10);
    /** The daily run's lock outlives the run, so that a node whose timer fires a little later leaves it. */
    private static final Duration DAILY_LOCK = Duration.ofMinutes(30);

    private final IndicatorService indicators;
    private final AdministrativeUnits units;
    private final SubmissionService submissions;
    private final Targets targets;
    private final Alerts alerts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClusterLock locks;
    private final boolean background;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("alerts").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();

    AlertJob(
            IndicatorService indicators,
            AdministrativeUnits units,
            SubmissionService submissions,
            Targets targets,
            Alerts alerts,
            TransactionTemplate transactions,
            Clock clock,
            ClusterLock locks,
            MonitoringSettings settings) {
        this.indicators = indicators;
        this.units = units;
        this.submissions = submissions;
        this.targets = targets;
        this.alerts = alerts;
        this.transactions = transactions;
        this.clock = clock;
        this.locks = locks;
        this.background = settings.background();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        later("start");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void factsChanged(FactsChanged change) {
        later(change.why());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void targetsChanged(TargetsChanged change) {
        later("targets " + change.year());
    }

    @Scheduled(cron = "0 30 5 * * *", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        if (background) {
            inBackground("daily", () -> locks.runIfFree("alerts-daily", DAILY_LOCK, DAILY_LOCK, this::runAlone));
        }
    }

    /** One more run in the background, unless one is already waiting to start. */
    void later(String why) {
        if (background && queued.compareAndSet(false, true)) {
            inBackground(why, () -> {
                queued.set(false);
                runAlone();
            });
        }
    }

    private void inBackground(String why, Runnable job) {
        executor.submit(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.error("Computing the alerts ({}) failed", why, e);
            }
        });
    }

    /** {@link #run}, once no other node of the cluster is computing alerts; empty if it waited in vain. */
    Optional<Alerts.Sync> runAlone() {
        return locks.runWhenFree("alerts", LONGEST_RUN, LONGEST_RUN, this::run);
    }

    /** Computes the conditions of the current year and stores them; returns what changed. */
    public Alerts.Sync run() {
        long begin = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int year = Math.min(today.getYear(), Years.LAST);
        Alerts.Sync sync = AsSystem.call(() -> {
            List<Condition> holding = AlertCheck.conditions(inputs(year, today));
            return transactions.execute(status -> alerts.sync(holding, List.of(year), clock.instant()));
        });
        log.info(
                "Alerts of {}: {} opened, {} closed, {} still open, in {} ms",
                year,
                sync.opened(),
                sync.closed(),
                sync.stillOpen(),
                Duration.ofNanos(System.nanoTime() - begin).toMillis());
        return sync;
    }

    private AlertCheck.Inputs inputs(int year, LocalDate today) {
        List<Target> ofYear = targets.ofYear(year);
        List<AdminUnit> provinces = units.all(Era.PROVINCES_34, UnitLevel.PROVINCE);
        Map<String, Long> provinceIds = new HashMap<>();
        provinces.forEach(p -> provinceIds.put(p.getCode(), p.getId()));
        Set<Long> compared = new LinkedHashSet<>();
        compared.add(units.nation().getId());
        provinces.forEach(p -> compared.add(p.getId()));
        return new AlertCheck.Inputs(
                year,
                today,
                alerts.rules(),
                ofYear,
                values(year, provinces, ofYear),
                values(year - 1, provinces, ofYear),
                compared,
                submissions.completeness(year),
                provinceIds);
    }

    /** The year's figures of the nation, the provinces and every unit with a target, by indicator and unit. */
    private AlertCheck.Values values(int year, List<AdminUnit> provinces, List<Target> ofYear) {
        Map<String, java.math.BigDecimal> byKey = new HashMap<>();
        Period period = Period.year(year);
        for (Indicator indicator : TargetService.INDICATORS) {
            List<Figure> figures =
                    new ArrayList<>(indicators.figures(indicator, Era.PROVINCES_34, UnitLevel.PROVINCE, period));
            figures.add(indicators.national(indicator, period));
            Set<Long> targeted = new LinkedHashSet<>();
            ofYear.stream().filter(t -> t.indicator() == indicator).forEach(t -> targeted.add(t.unitId()));
            for (AdminUnit province : provinces) {
                if (units.within(province, UnitLevel.COMMUNE).stream().anyMatch(c -> targeted.contains(c.getId()))) {
                    figures.addAll(indicators.figuresWithin(indicator, province, UnitLevel.COMMUNE, period));
                }
            }
            for (Figure figure : figures) {
                if (figure.value() != null) {
                    byKey.put(indicator + "|" + figure.unit().getId(), figure.value());
                }
            }
        }
        return (indicator, unitId) -> byKey.get(indicator + "|" + unitId);
    }
}
