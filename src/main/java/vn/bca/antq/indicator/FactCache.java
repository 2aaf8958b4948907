package vn.bca.antq.indicator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts read for an indicator and period while the fact tables are unchanged, so that a page asking for
 * thirty figures reads each table once. Validity is checked on every use against the tables' highest ids (one cheap
 * indexed query), which every insert and delete of the newest row changes; entries also expire after a few minutes,
 * which bounds how long an in-place update of an old row could go unseen.
 */
@Component
class FactCache {

    private static final int MAX_ENTRIES = 400;
    private static final long MAX_AGE_NANOS = Duration.ofMinutes(5).toNanos();
    private static final String VERSION_SQL = """
            SELECT CONCAT_WS('/', (SELECT MAX(id) FROM safety_assessment), (SELECT MAX(id) FROM festival_event),
                   (SELECT MAX(id) FROM movement_model), (SELECT MAX(id) FROM model_site), (SELECT MAX(id) FROM exemplar),
                   (SELECT MAX(id) FROM award), (SELECT MAX(id) FROM indicator_value), (SELECT MAX(id) FROM data_source))""";

    private record Key(Indicator indicator, Period period, String version) {
    }

    private record Cached(Map<Long, RollUp.Direct> facts, long loadedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Map<Key, Cached> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    FactCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, RollUp.Direct> get(Indicator indicator, Period period, Supplier<Map<Long, RollUp.Direct>> load) {
        Key key = new Key(indicator, period, version());
        synchronized (entries) {
            Cached cached = entries.get(key);
            if (cached != null && System.nanoTime() - cached.loadedAt < MAX_AGE_NANOS) {
                return cached.facts;
            }
        }
        Map<Long, RollUp.Direct> loaded = load.get();
        synchronized (entries) {
            entries.put(key, new Cached(loaded, System.nanoTime()));
        }
        return loaded;
    }

    private String version() {
        List<String> versions = jdbc.queryForList(VERSION_SQL, String.class);
        return versions.isEmpty() || versions.getFirst() == null ? "" : versions.getFirst();
    }
}
