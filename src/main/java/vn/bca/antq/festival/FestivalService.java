package vn.bca.antq.festival;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.source.SourceKind;

/** The festival sites of a unit and year, for lists; the counts shown as figures come from the indicator service. */
@Service
@Transactional(readOnly = true)
public class FestivalService {

    /** One site's festival day, with the commune it was held in and where the row comes from. */
    public record Site(
            String siteName,
            String communeName,
            LocalDate heldOn,
            @Nullable ShowcaseLevel showcaseLevel,
            @Nullable Integer attendance,
            boolean centralLeadersPresent,
            SourceKind sourceKind) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final AdministrativeUnits units;

    FestivalService(NamedParameterJdbcTemplate jdbc, AdministrativeUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Sites inside the unit (any level below it) that held the festival in {@code year}, by date. */
    @PreAuthorize("@accessScope.mayListIn(#scope)")
    public List<Site> sitesIn(AdminUnit scope, int year) {
        return jdbc.query(
                """
                        SELECT f.site_name, u.name, f.held_on, f.showcase_level, f.attendance, f.central_leaders_present, s.kind
                        FROM festival_event f JOIN admin_unit u ON u.id = f.unit_id JOIN data_source s ON s.id = f.source_id
                        WHERE f.held_on BETWEEN :from AND :to AND f.unit_id IN (:ids)
                        ORDER BY f.held_on, u.name, f.site_name""",
                new MapSqlParameterSource("from", LocalDate.of(year, 1, 1))
                        .addValue("to", LocalDate.of(year, 12, 31))
                        .addValue("ids", units.rollUpSubtreeIds(scope)),
                (rs, i) -> new Site(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4) == null ? null : ShowcaseLevel.valueOf(rs.getString(4)),
                        (Integer) rs.getObject(5),
                        rs.getBoolean(6),
                        SourceKind.valueOf(rs.getString(7))));
    }
}
