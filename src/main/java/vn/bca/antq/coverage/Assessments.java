package vn.bca.antq.coverage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.db.FactTable;

/**
 * The stored "An toàn về ANTT" assessments (table {@code safety_assessment}): what intake reads and replaces and the
 * demo data adds. Rates are counted by {@link CoverageFacts}.
 */
@Repository
public class Assessments {

    /** A unit's assessment of one category in a year: its units of the category and how many were recognised. */
    public record Assessment(
            long unitId,
            int year,
            Category category,
            long total,
            long recognised,
            LegalBasis basis,
            LocalDate assessedOn) {}

    /** The sums of one level's assessments of a category, e.g. every commune's residential areas. */
    public record LevelTotals(UnitLevel level, Category category, long total, long recognised) {}

    static final String TABLE = "safety_assessment";
    private static final String OF_YEAR = "assessment_year = :year AND unit_id IN (:units)";
    private static final List<String> COLUMNS = List.of(
            "unit_id",
            "assessment_year",
            "category",
            "total_units",
            "recognised_units",
            "legal_basis",
            "assessed_on",
            "source_id");

    private final NamedParameterJdbcTemplate jdbc;
    private final FactTable table;

    Assessments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.table = new FactTable(
                jdbc,
                TABLE,
                List.of(
                        "id",
                        "unit_id",
                        "source_id",
                        "assessment_year",
                        "category",
                        "total_units",
                        "recognised_units",
                        "total_is_implied",
                        "published_rate",
                        "legal_basis",
                        "assessed_on"));
    }

    /** The units' assessments of the year, by unit and category. */
    public List<Assessment> ofYear(Collection<Long> unitIds, int year) {
        return jdbc.query(
                "SELECT unit_id, assessment_year, category, total_units, recognised_units, legal_basis, assessed_on FROM "
                        + TABLE + " WHERE " + OF_YEAR + " ORDER BY unit_id, category",
                params(unitIds, year),
                (rs, i) -> new Assessment(
                        rs.getLong("unit_id"),
                        rs.getInt("assessment_year"),
                        Category.valueOf(rs.getString("category")),
                        rs.getLong("total_units"),
                        rs.getLong("recognised_units"),
                        LegalBasis.valueOf(rs.getString("legal_basis")),
                        rs.getObject("assessed_on", LocalDate.class)));
    }

    /** The year's assessments summed per level of the assessed units and category, over the whole country. */
    public List<LevelTotals> totalsByLevel(int year) {
        return jdbc.query(
                """
                SELECT u.unit_level, s.category, SUM(s.total_units) total, SUM(s.recognised_units) recognised
                FROM safety_assessment s JOIN admin_unit u ON u.id = s.unit_id
                WHERE s.assessment_year = :year GROUP BY u.unit_level, s.category""",
                new MapSqlParameterSource("year", year),
                (rs, i) -> new LevelTotals(
                        UnitLevel.valueOf(rs.getString("unit_level")),
                        Category.valueOf(rs.getString("category")),
                        rs.getLong("total"),
                        rs.getLong("recognised")));
    }

    /** The units' assessments of the year archived under the batch and replaced by {@code assessments}. */
    public void replace(Collection<Long> unitIds, int year, List<Assessment> assessments, long sourceId, long batchId) {
        table.archiveAndDelete(OF_YEAR, params(unitIds, year), batchId);
        add(assessments, sourceId);
    }

    /** Adds the assessments, citing the source; returns how many. */
    public int add(List<Assessment> assessments, long sourceId) {
        return table.insert(COLUMNS, assessments, a -> new Object[] {
            a.unitId(), a.year(), a.category(), a.total(), a.recognised(), a.basis(), a.assessedOn(), sourceId
        });
    }

    private static MapSqlParameterSource params(Collection<Long> unitIds, int year) {
        return new MapSqlParameterSource("year", year).addValue("units", unitIds);
    }
}
