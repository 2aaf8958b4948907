package vn.bca.antq.presentation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorGroup;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Ranks;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.monitoring.AlertService;
import vn.bca.antq.monitoring.Target;
import vn.bca.antq.monitoring.TargetService;

/**
 * Takes the snapshots presentations show. Screens showing the same presentation share its latest snapshot, so every
 * screen in a hall shows the same figures and a snapshot is computed once, not once per screen; a screen keeps its
 * snapshot until it asks for a refresh, so figures never change in the middle of a talk. Snapshots are stored
 * ({@link Snapshots}): a screen keeps its figures through a restart, and every node of a cluster serves the same.
 */
@Service
@PreAuthorize("@accessScope.mayPresent()")
public class PresentationService {

    /** Snapshots kept in memory; the least recently used beyond this are read from the database again. */
    static final int SHARED_SNAPSHOTS = 32;

    static final List<Indicator> COVERAGE = Indicator.inGroup(IndicatorGroup.COVERAGE);
    /** The most provinces one watchlist slide names, readable from the back of a hall. */
    static final int WATCHED = 10;

    private final IndicatorService indicators;
    private final AlertService alerts;
    private final TargetService targets;
    private final AdministrativeUnits units;
    private final Clock clock;
    private final Snapshots snapshots;
    /** The snapshots this node read or took lately, so that a screen opening does not read one from the database. */
    private final Map<String, Snapshot> latest = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > SHARED_SNAPSHOTS;
        }
    };

    PresentationService(
            IndicatorService indicators,
            AlertService alerts,
            TargetService targets,
            AdministrativeUnits units,
            Clock clock,
            Snapshots snapshots) {
        this.targets = targets;
        this.alerts = alerts;
        this.indicators = indicators;
        this.units = units;
        this.clock = clock;
        this.snapshots = snapshots;
    }

    public Deck deck(Presentation presentation) {
        return Deck.of(presentation, units);
    }

    /**
     * The latest snapshot of this presentation that any screen took, on any node, or a new one if there is none yet
     * (or if the stored one shows other slides: the playlist was edited since).
     */
    public Snapshot snapshot(Presentation presentation) {
        String key = presentation.key();
        Optional<Instant> stored = snapshots.takenAt(key);
        Snapshot shared = shared(key);
        if (shared != null && (stored.isEmpty() || !shared.takenAt().isBefore(stored.get()))) {
            return fits(shared, presentation) ? shared : refresh(presentation);
        }
        return stored.flatMap(taken -> stored(presentation)).orElseGet(() -> refresh(presentation));
    }

    /** A new snapshot with the figures as they are now; screens that open the presentation later get it too. */
    public Snapshot refresh(Presentation presentation) {
        Snapshot taken = take(deck(presentation));
        snapshots.save(presentation.key(), taken);
        return remember(presentation.key(), taken);
    }

    /**
     * The shared snapshot if it was taken at or after {@code due}, else a new one: many screens refreshing at the
     * same scheduled time, on one node or several, compute it once (or once per node when they race).
     */
    public Snapshot refreshIfOlder(Presentation presentation, Instant due) {
        String key = presentation.key();
        Snapshot shared = shared(key);
        if (shared != null && !shared.takenAt().isBefore(due)) {
            return shared;
        }
        return snapshots
                .takenAt(key)
                .filter(taken -> !taken.isBefore(due))
                .flatMap(taken -> stored(presentation))
                .orElseGet(() -> refresh(presentation));
    }

    /** The stored snapshot of the presentation, kept in memory from now on, if it shows the presentation's slides. */
    private Optional<Snapshot> stored(Presentation presentation) {
        return snapshots
                .find(presentation.key())
                .filter(found -> fits(found, presentation))
                .map(found -> remember(presentation.key(), found));
    }

    private @Nullable Snapshot shared(String key) {
        synchronized (latest) {
            return latest.get(key);
        }
    }

    private Snapshot remember(String key, Snapshot snapshot) {
        synchronized (latest) {
            latest.put(key, snapshot);
        }
        return snapshot;
    }

    /** A playlist's snapshot shows the slides the playlist has now (its key stays the same when it is edited). */
    private static boolean fits(Snapshot snapshot, Presentation presentation) {
        return snapshot.deck().presentation().slides().equals(presentation.slides());
    }

    private Snapshot take(Deck deck) {
        Figures figures = new Figures();
        List<SlideData> data = new ArrayList<>(deck.size());
        deck.slides().forEach(slide -> data.add(figures.of(slide)));
        // milliseconds, as the database keeps them: a snapshot read back compares equal in time to the one kept here
        return new Snapshot(deck, clock.instant().truncatedTo(ChronoUnit.MILLIS), data);
    }

    /** Computes one snapshot's slides, each province list and national trend once even when several slides use it. */
    private final class Figures {

        private final Map<Indicator, List<Figure>> provinces = new HashMap<>();
        private final Map<Indicator, List<Figure>> nationTrends = new HashMap<>();

        SlideData of(Slide slide) {
            Period year = Period.year(slide.year());
            Indicator indicator = slide.indicator();
            return switch (slide.kind()) {
                case NATIONAL_MAP, RANKING ->
                    new SlideData.Provinces(
                            slide,
                            indicators.national(indicator, year),
                            target(indicator, units.nation(), slide.year()),
                            provinces(slide),
                            MapLayer.provinces(slide.era()));
                case NATIONAL_TREND -> new SlideData.Trend(slide, nationTrend(indicator, slide.year()));
                case COVERAGE ->
                    new SlideData.Coverage(
                            slide,
                            COVERAGE.stream()
                                    .map(i -> indicators.national(i, year))
                                    .toList(),
                            COVERAGE.stream()
                                    .map(i -> indicators.national(i, Period.year(slide.year() - 1)))
                                    .toList());
                case FESTIVAL ->
                    new SlideData.Festival(
                            slide,
                            indicators.national(Indicator.FESTIVAL_SITES, year),
                            indicators.national(Indicator.FESTIVAL_SITES_CENTRAL_LEADERS, year),
                            indicators.national(Indicator.FESTIVAL_ATTENDANCE, year),
                            provinces(Indicator.FESTIVAL_SITES, slide));
                case SPOTLIGHT -> spotlight(slide);
                case WATCHLIST ->
                    new SlideData.Watchlist(
                            slide,
                            alerts.watchlist(slide.year(), WATCHED),
                            indicators.national(Indicator.COVERAGE_COMMUNES, year));
            };
        }

        private SlideData spotlight(Slide slide) {
            AdminUnit province = slide.province();
            if (province == null) {
                throw new IllegalArgumentException("A spotlight slide needs its province");
            }
            Period year = Period.year(slide.year());
            Indicator indicator = slide.indicator();
            List<Figure> provinces = provinces(slide);
            Figure figure = indicators.figure(indicator, province, year);
            Era era = slide.era();
            UnitLevel level = era.hasDistricts() ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
            MapLayer layer = level == UnitLevel.DISTRICT
                    ? MapLayer.districtsOf(province.getCode())
                    : MapLayer.communesOf(province.getCode());
            return new SlideData.Spotlight(
                    slide,
                    province,
                    figure,
                    target(indicator, province, slide.year()),
                    indicators.national(indicator, year),
                    Ranks.of(figure, provinces),
                    Ranks.ranked(provinces),
                    indicators.figuresWithin(indicator, province, level, year),
                    layer,
                    indicators.trend(indicator, province, Years.FIRST, slide.year()),
                    nationTrend(indicator, slide.year()));
        }

        /** The unit's target of the indicator and year, frozen with the figures (the nation's and provinces' only). */
        private @Nullable Target target(Indicator indicator, AdminUnit unit, int year) {
            return targets.byIndicator(year, unit).get(indicator);
        }

        private List<Figure> provinces(Slide slide) {
            return provinces(slide.indicator(), slide);
        }

        /** Every slide of a deck has the deck's year and structure, so the provinces' figures depend on the indicator alone. */
        private List<Figure> provinces(Indicator indicator, Slide slide) {
            return provinces.computeIfAbsent(
                    indicator, i -> indicators.figures(i, slide.era(), UnitLevel.PROVINCE, Period.year(slide.year())));
        }

        /** The nation's figures from the first year covered to the presentation's year (a trend does not run ahead of it). */
        private List<Figure> nationTrend(Indicator indicator, int toYear) {
            return nationTrends.computeIfAbsent(
                    indicator, i -> indicators.trend(i, units.nation(), Years.FIRST, toYear));
        }
    }
}
