package vn.bca.antq.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.base.FactsChanged;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceRepository;

/**
 * The cache of facts on the real database: facts are read once while nothing changes; a change announced on this
 * node empties it at once; a change it is not told of (another node, SQL by hand: here a new source) is seen at the
 * next version check.
 */
@IntegrationTest
@Transactional
class FactCacheTest {

    private static final Period YEAR = Period.year(2024);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SourceRepository sources;

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void factsAreReadOnceWhileNothingChanges() {
        FactCache cache = new FactCache(jdbc, new FigureSettings(Duration.ZERO));

        FactCache.Entry first = cache.entry(Indicator.FESTIVAL_SITES, YEAR, this::load);
        FactCache.Entry second = cache.entry(Indicator.FESTIVAL_SITES, YEAR, this::load);

        assertThat(second).isSameAs(first);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aChangeAnnouncedOnThisNodeIsSeenAtOnce() {
        FactCache cache = new FactCache(jdbc, new FigureSettings(Duration.ofHours(1)));
        cache.entry(Indicator.FESTIVAL_SITES, YEAR, this::load);
        new FactFixture(jdbc);
        cache.entry(Indicator.FESTIVAL_SITES, YEAR, this::load);
        assertThat(loads).as("not told, not checked yet").hasValue(1);

        cache.changed(new FactsChanged("test"));
        cache.entry(Indicator.FESTIVAL_SITES, YEAR, this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void aChangeNotAnnouncedIsSeenAtTheNextVersionCheck() {
        FactCache cache = new FactCache(jdbc, new FigureSettings(Duration.ZERO));
        cache.entry(Indicator.FESTIVAL_SITES, YEAR, this::load);

        new FactFixture(jdbc);
        cache.entry(Indicator.FESTIVAL_SITES, YEAR, this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void factsReadWhileTheDataChangedAreNotKept() {
        FactCache cache = new FactCache(jdbc, new FigureSettings(Duration.ofHours(1)));
        cache.entry(Indicator.FESTIVAL_SITES, YEAR, () -> {
            cache.changed(new FactsChanged("an approval commits while the facts are read"));
            cache.entry(Indicator.FESTIVAL_SITES, Period.year(2023), Map::of); // another page reads the new version
            return load();
        });

        cache.entry(Indicator.FESTIVAL_SITES, YEAR, this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void sourcesReadWhileTheDataChangedAreNotKept() {
        FactCache cache = new FactCache(jdbc, new FigureSettings(Duration.ofHours(1)));
        List<Source> all = sources.findAll();
        List<Long> first = List.of(all.getFirst().getId());
        AtomicInteger reads = new AtomicInteger();
        Supplier<List<Source>> read = () -> {
            reads.incrementAndGet();
            return all;
        };
        cache.sources(first, () -> {
            // an approval commits while a background job reads the sources
            cache.changed(new FactsChanged("approval"));
            return read.get();
        });
        cache.sources(first, read);
        cache.sources(first, read);

        assertThat(reads).as("read again after the change, then kept").hasValue(2);
    }

    private Map<Long, RollUp.Direct> load() {
        loads.incrementAndGet();
        return Map.of();
    }
}
