package vn.bca.antq.indicator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.bca.antq.base.FactsChanged;
import vn.bca.antq.base.FigureQuery;
import vn.bca.antq.source.Source;

/**
 * Keeps, per indicator and period, the facts read from the database and every figure computed from them, and the
 * sources they cite, while the data is unchanged: a page asks for dozens of figures and each is computed once for all
 * users. Figures are the same for everyone (what a user may read is decided before a figure is asked for).
 * <p>
 * The data's version is the fact tables' highest ids, the sources' and the approval steps' (one cheap indexed query),
 * which every insert, delete and approval changes; it is asked at most once per {@code antq.figures.recheck} (1 s;
 * 0 in tests, which write facts with SQL), so a change made on another node or by hand shows within that time. A
 * change through this node's services ({@link FactsChanged}) empties the cache at once. Entries also expire after ten
 * minutes, which bounds how long an in-place update of an old row could go unseen.
 */
@Component
class FactCache {

    private static final int MAX_ENTRIES = 400;
    private static final long MAX_AGE_NANOS = Duration.ofMinutes(10).toNanos();
    /** The highest id of every table figures are read from: the fact tables of the indicators, reported totals, sources, approvals. */
    private static final String VERSION_SQL = Stream.concat(
                    Arrays.stream(Indicator.values())
                            .map(Indicator::detail)
                            .filter(Objects::nonNull)
                            .map(FigureQuery::table),
                    Stream.of("indicator_value", "data_source", "submission_event"))
            .distinct()
            .map(table -> "(SELECT MAX(id) FROM " + table + ")")
            .collect(Collectors.joining(", ", "SELECT CONCAT_WS('/', ", ")"));

    private record Key(Indicator indicator, Period period) {}

    /** The facts of one indicator and period, and the figures computed from them so far, by unit id. */
    static final class Entry {
        final Map<Long, RollUp.Direct> facts;
        final Map<Long, Figure> figures = new ConcurrentHashMap<>();
        private final long loadedAt = System.nanoTime();

        private Entry(Map<Long, RollUp.Direct> facts) {
            this.facts = facts;
        }
    }

    private final JdbcTemplate jdbc;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FactCache.Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private @Nullable String version;
    /** Moves on whenever the entries are emptied, so that facts read before a change are never kept after it. */
    private long generation;

    private long versionCheckedAt;
    private volatile Map<Long, Source> sources = Map.of();

    private final long recheckNanos;

    FactCache(JdbcTemplate jdbc, FigureSettings settings) {
        this.jdbc = jdbc;
        this.recheckNanos = settings.recheck().toNanos();
    }

    Entry entry(Indicator indicator, Period period, Supplier<Map<Long, RollUp.Direct>> load) {
        checkVersion();
        Key key = new Key(indicator, period);
        synchronized (entries) {
            Entry cached = entries.get(key);
            if (cached != null && System.nanoTime() - cached.loadedAt < MAX_AGE_NANOS) {
                return cached;
            }
        }
        long generationRead;
        synchronized (entries) {
            generationRead = generation;
        }
        Entry loaded = new Entry(load.get());
        synchronized (entries) {
            if (generation != generationRead) {
                return loaded; // the data changed while it was read: answer with it, but do not keep it
            }
            Entry raced = entries.get(key);
            if (raced != null && System.nanoTime() - raced.loadedAt < MAX_AGE_NANOS) {
                return raced;
            }
            entries.put(key, loaded);
        }
        return loaded;
    }

    /**
     * The sources of these ids, all read again when one is missing (a source stored since they were read). Sources read
     * while the data changed (an approval committing meanwhile) answer this call but are not kept: a background job
     * reading figures must not leave a source's old approval state behind a change.
     */
    Map<Long, Source> sources(Collection<Long> ids, Supplier<List<Source>> loadAll) {
        Map<Long, Source> known = sources;
        if (!known.keySet().containsAll(ids)) {
            long generationRead;
            synchronized (entries) {
                generationRead = generation;
            }
            known = loadAll.get().stream().collect(Collectors.toUnmodifiableMap(Source::getId, Function.identity()));
            synchronized (entries) {
                if (generation == generationRead) {
                    sources = known;
                }
            }
        }
        return known;
    }

    /** After the change's transaction commits (at once when there is none). */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(FactsChanged change) {
        clear();
        synchronized (entries) {
            versionCheckedAt = 0;
        }
    }

    private void checkVersion() {
        synchronized (entries) {
            if (version != null && System.nanoTime() - versionCheckedAt < recheckNanos) {
                return;
            }
        }
        List<String> read = jdbc.queryForList(VERSION_SQL, String.class);
        String now = read.isEmpty() || read.getFirst() == null ? "" : read.getFirst();
        synchronized (entries) {
            if (!now.equals(version)) {
                entries.clear();
                generation++;
                sources = Map.of();
                version = now;
            }
            versionCheckedAt = System.nanoTime();
        }
    }

    private void clear() {
        synchronized (entries) {
            entries.clear();
            generation++;
            sources = Map.of();
            version = null;
        }
    }
}
