package vn.bca.antq.coverage;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.FactsChanged;

/**
 * The legal bases of the assessments at or beneath each unit, by year, kept for a minute: every overview and province
 * page asks (its trend marks the change of rules), and the nation's answer scans every assessment. An import or an
 * approval on this node ({@link FactsChanged}) forgets them at once.
 */
@Component
class LegalBases {

    private static final long KEPT_NANOS = Duration.ofMinutes(1).toNanos();

    private final NamedParameterJdbcTemplate jdbc;
    private final AdministrativeUnits units;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(Map<Integer, Set<LegalBasis>> byYear, long at) {}

    LegalBases(NamedParameterJdbcTemplate jdbc, AdministrativeUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    Map<Integer, Set<LegalBasis>> byYear(AdminUnit unit) {
        Kept known = kept.get(unit.getId());
        if (known == null || System.nanoTime() - known.at() > KEPT_NANOS) {
            known = new Kept(Collections.unmodifiableMap(read(unit)), System.nanoTime());
            kept.put(unit.getId(), known);
        }
        return known.byYear();
    }

    /** After the change's transaction commits (at once when there is none). */
    @TransactionalEventListener(fallbackExecution = true)
    void factsChanged(FactsChanged change) {
        kept.clear();
    }

    private Map<Integer, Set<LegalBasis>> read(AdminUnit unit) {
        String sql = "SELECT DISTINCT assessment_year, legal_basis FROM safety_assessment";
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (unit.getLevel() != UnitLevel.NATION) {
            sql += " WHERE unit_id IN (:units)";
            params.addValue("units", units.rollUpSubtreeIds(unit));
        }
        Map<Integer, Set<LegalBasis>> byYear = new TreeMap<>();
        jdbc.query(sql, params, rs -> {
            byYear.computeIfAbsent(rs.getInt("assessment_year"), y -> EnumSet.noneOf(LegalBasis.class))
                    .add(LegalBasis.valueOf(rs.getString("legal_basis")));
        });
        return byYear;
    }
}
