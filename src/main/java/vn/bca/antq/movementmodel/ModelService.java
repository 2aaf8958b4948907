package vn.bca.antq.movementmodel;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.source.SourceKind;

/** Lists of models and their sites for a unit; the counts shown as figures come from the indicator service. */
@Service
@Transactional(readOnly = true)
public class ModelService {

    /** How many models of one type were running, and how many of them are synthetic demo data. */
    public record TypeCount(String typeCode, String typeVi, String typeEn, long models, long synthetic) {}

    /** A model with the sites and teams it runs inside a unit, and the kind of source it comes from. */
    public record ModelInUnit(
            long id,
            String name,
            String typeVi,
            String typeEn,
            InitiatingBody initiatingBody,
            HostKind hostKind,
            ModelStatus status,
            LocalDate startedOn,
            long sites,
            long teams,
            SourceKind sourceKind) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final AdministrativeUnits units;

    ModelService(NamedParameterJdbcTemplate jdbc, AdministrativeUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Models registered in the unit (or beneath it) and running on {@code asOf}, by type, most frequent first. */
    @PreAuthorize("@accessScope.mayRead(#scope)")
    public List<TypeCount> runningModelsByType(AdminUnit scope, LocalDate asOf) {
        return jdbc.query(
                """
                        SELECT t.code, t.name_vi, t.name_en, COUNT(*) models, SUM(s.kind = 'SYNTHETIC') synthetic
                        FROM movement_model m JOIN model_type t ON t.id = m.model_type_id JOIN data_source s ON s.id = m.source_id
                        WHERE %s AND %s
                        GROUP BY t.code, t.name_vi, t.name_en ORDER BY models DESC, t.name_vi""".formatted(ModelFacts.RUNNING_ON_THE_DAY, within(scope, "m.home_unit_id")),
                params(scope, asOf),
                (rs, i) ->
                        new TypeCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
    }

    /** Models with sites running inside the unit on {@code asOf}, with how many sites and teams they have there. */
    @PreAuthorize("@accessScope.mayListIn(#scope)")
    public List<ModelInUnit> modelsWithSitesIn(AdminUnit scope, LocalDate asOf) {
        return jdbc.query(
                """
                        SELECT m.id, m.name, t.name_vi, t.name_en, m.initiating_body, m.host_kind, m.status, m.started_on,
                               COUNT(*) sites, SUM(s.teams) teams, d.kind
                        FROM model_site s JOIN movement_model m ON m.id = s.model_id JOIN model_type t ON t.id = m.model_type_id
                             JOIN data_source d ON d.id = m.source_id
                        WHERE s.started_on <= :asOf AND (s.ended_on IS NULL OR s.ended_on > :asOf) AND %s
                        GROUP BY m.id, m.name, t.name_vi, t.name_en, m.initiating_body, m.host_kind, m.status, m.started_on, d.kind
                        ORDER BY sites DESC, m.name""".formatted(within(scope, "s.unit_id")),
                params(scope, asOf),
                (rs, i) -> new ModelInUnit(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        InitiatingBody.valueOf(rs.getString(5)),
                        HostKind.valueOf(rs.getString(6)),
                        ModelStatus.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class),
                        rs.getLong(9),
                        rs.getLong(10),
                        SourceKind.valueOf(rs.getString(11))));
    }

    private MapSqlParameterSource params(AdminUnit scope, LocalDate asOf) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", asOf);
        if (scope.getLevel() != UnitLevel.NATION) {
            params.addValue("ids", units.rollUpSubtreeIds(scope));
        }
        return params;
    }

    private static String within(AdminUnit scope, String column) {
        return scope.getLevel() == UnitLevel.NATION ? "TRUE" : column + " IN (:ids)";
    }
}
