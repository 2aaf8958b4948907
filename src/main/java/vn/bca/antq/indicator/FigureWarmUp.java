package vn.bca.antq.indicator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.FactsChanged;

/**
 * Computes the figures the first visitors ask for before they ask: the national and provincial figures of the key
 * families (coverage, models, festival) for the default year and the one before, on both structures, and the national
 * trends. Once at start, before the web server opens (a first visit after a start is as fast as any), again in the
 * background after every change of the figures on this node (a first visit after an approval too), and then, at low
 * priority, every other indicator and year. Off in tests ({@code antq.warm-up.enabled=false}).
 */
@Component
class FigureWarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FigureWarmUp.class);
    private static final Set<IndicatorGroup> KEY_GROUPS =
            EnumSet.of(IndicatorGroup.COVERAGE, IndicatorGroup.MODELS, IndicatorGroup.FESTIVAL);

    private final IndicatorService indicators;
    private final AdministrativeUnits units;
    private final boolean enabled;
    private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("figure-warm-up")
            .daemon()
            .priority(Thread.MIN_PRIORITY)
            .factory());
    private final AtomicReference<Future<?>> running = new AtomicReference<>();
    private volatile boolean started;

    FigureWarmUp(IndicatorService indicators, AdministrativeUnits units, WarmUpSettings settings) {
        this.indicators = indicators;
        this.units = units;
        this.enabled = settings.enabled();
    }

    @Override
    public void start() {
        started = true;
        if (enabled) {
            long begin = System.nanoTime();
            int computed = warm(priority());
            log.info(
                    "Figures warmed up for the first visitors: {} indicator-years in {} ms",
                    computed,
                    Duration.ofNanos(System.nanoTime() - begin).toMillis());
            again(true);
        }
    }

    /** After the change's transaction commits (at once when there is none). */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(FactsChanged change) {
        if (enabled && started) {
            again(true);
        }
    }

    /** Warms in the background, the key figures first; a run under way is replaced by the new one. */
    private void again(boolean everything) {
        Future<?> previous = running.getAndSet(background.submit(() -> {
            long begin = System.nanoTime();
            int computed = warm(priority());
            if (everything) {
                computed += warm(rest());
            }
            log.info(
                    "Figures warmed in the background: {} indicator-years in {} ms",
                    computed,
                    Duration.ofNanos(System.nanoTime() - begin).toMillis());
        }));
        if (previous != null) {
            previous.cancel(true);
        }
    }

    private int warm(List<Warm> work) {
        int done = 0;
        for (Warm w : work) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            try {
                indicators.warm(w.indicator(), Period.year(w.year()), w.targets());
                done++;
            } catch (RuntimeException e) {
                log.warn("Warming up {} {} failed: {}", w.indicator(), w.year(), e.toString());
            }
        }
        return done;
    }

    private record Warm(Indicator indicator, int year, List<AdminUnit> targets) {}

    /** What the overview and a province page of the default year show first, and the national trends. */
    private List<Warm> priority() {
        List<Warm> work = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            if (KEY_GROUPS.contains(indicator.group())) {
                for (int year = Years.DEFAULT; year >= Years.DEFAULT - 1; year--) {
                    work.add(new Warm(indicator, year, provincesAndNation(year)));
                }
                for (int year = Years.FIRST; year <= Years.LAST; year++) {
                    work.add(new Warm(indicator, year, List.of(units.nation())));
                }
            }
        }
        return work;
    }

    private List<Warm> rest() {
        List<Warm> work = new ArrayList<>();
        for (int year = Years.LAST; year >= Years.FIRST; year--) {
            for (Indicator indicator : Indicator.values()) {
                work.add(new Warm(indicator, year, provincesAndNation(year)));
            }
        }
        return work;
    }

    /** The nation and its provinces on today's structure and, before the reform, as reported. */
    private List<AdminUnit> provincesAndNation(int year) {
        List<AdminUnit> targets = new ArrayList<>(units.all(Era.PROVINCES_34, UnitLevel.PROVINCE));
        if (year < Era.REFORM_DATE.getYear()) {
            targets.addAll(units.all(Era.PROVINCES_63, UnitLevel.PROVINCE));
        }
        targets.add(units.nation());
        return targets;
    }

    @Override
    public void stop() {
        started = false;
        background.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Before the web server (whose phase is near the maximum) starts taking requests. */
    @Override
    public int getPhase() {
        return 0;
    }
}
