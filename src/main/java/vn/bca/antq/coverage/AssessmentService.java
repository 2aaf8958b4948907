package vn.bca.antq.coverage;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;

/** What the stored "An toàn về ANTT" assessments say beyond their counts (which the indicator service aggregates). */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final NamedParameterJdbcTemplate jdbc;
    private final AdministrativeUnits units;

    AssessmentService(NamedParameterJdbcTemplate jdbc, AdministrativeUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /**
     * For each assessment year, the rules the assessments at or beneath {@code unit} were made under (across both
     * structures for a new province), as stored with each assessment; years without assessments are absent.
     */
    @PreAuthorize("@accessScope.mayRead(#unit)")
    public Map<Integer, Set<LegalBasis>> legalBasesByYear(AdminUnit unit) {
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
