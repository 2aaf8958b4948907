package vn.bca.antq.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.coverage.Category;
import vn.bca.antq.coverage.LegalBasis;

/** "An toàn về ANTT" assessments: one row per commune (or district before 2025), totals and recognised units per category. */
@Component
class SafetyRules implements DatasetRules {

    /** A unit with this many or more units of a category is large: all of them recognised deserves a second look. */
    static final long LARGE = 50;
    private static final String WHERE = "assessment_year = :year AND unit_id IN (:units)";

    private final NamedParameterJdbcTemplate jdbc;
    private final AdministrativeUnits units;
    private final FactTable table;

    SafetyRules(NamedParameterJdbcTemplate jdbc, AdministrativeUnits units) {
        this.jdbc = jdbc;
        this.units = units;
        this.table = new FactTable(jdbc, "safety_assessment", List.of("id", "unit_id", "source_id", "assessment_year", "category",
                "total_units", "recognised_units", "total_is_implied", "published_rate", "legal_basis", "assessed_on"));
    }

    @Override
    public Dataset dataset() {
        return Dataset.SAFETY;
    }

    @Override
    public void check(ImportRow row, Scope scope) {
        boolean any = false;
        for (Category c : Category.values()) {
            Long total = row.count(Dataset.total(c));
            Long recognised = row.count(Dataset.recognised(c));
            boolean unread = row.issuesOf(Dataset.total(c)).size() + row.issuesOf(Dataset.recognised(c)).size() > 0;
            if (unread) {
                any = true;
            } else if (total == null && recognised != null) {
                row.add(Issue.error(Dataset.total(c), "intake.row.totalMissing"));
            } else if (total != null && recognised == null) {
                row.add(Issue.error(Dataset.recognised(c), "intake.row.recognisedMissing"));
            } else if (total != null) {
                any = true;
                if (recognised != null && recognised > total) {
                    row.add(Issue.error(Dataset.recognised(c), "intake.row.recognisedAboveTotal", recognised, total));
                }
            }
        }
        if (!any && !row.hasErrors()) {
            row.add(Issue.error(null, "intake.row.noFigures"));
        }
        Dates.checkWithin(row, "assessed_on", scope);
    }

    @Override
    public String key(ImportRow row) {
        return String.valueOf(row.knownUnit().getId());
    }

    @Override
    public List<String> comparedWithLastYear() {
        return Arrays.stream(Category.values()).flatMap(c -> Stream.of(Dataset.total(c), Dataset.recognised(c))).toList();
    }

    /** All of many units recognised deserves a second look; a commune count must match the administrative list. */
    @Override
    public void warn(ImportRow row, Scope scope) {
        for (Category c : Category.values()) {
            Long total = row.count(Dataset.total(c));
            if (total != null && total >= LARGE && total.equals(row.count(Dataset.recognised(c)))) {
                row.add(Issue.warning(Dataset.recognised(c), "intake.warn.fullCoverage", total));
            }
        }
        Long communes = row.count(Dataset.total(Category.COMMUNE));
        long expected = row.knownUnit().getLevel() == UnitLevel.COMMUNE ? 1 : units.within(row.knownUnit(), UnitLevel.COMMUNE).size();
        if (communes != null && communes != expected) {
            row.add(Issue.warning(Dataset.total(Category.COMMUNE), "intake.warn.referenceCount", communes, expected));
        }
    }

    @Override
    public List<ImportRow> current(Scope scope) {
        Map<Long, ImportRow> rows = new LinkedHashMap<>();
        Map<Long, AdminUnit> byId = scope.unitsById();
        jdbc.query("SELECT unit_id, category, total_units, recognised_units, assessed_on FROM safety_assessment WHERE " + WHERE
                        + " ORDER BY unit_id, category", params(scope), rs -> {
            AdminUnit unit = Objects.requireNonNull(byId.get(rs.getLong("unit_id")));
            ImportRow row = rows.computeIfAbsent(unit.getId(), id -> Rows.of(unit));
            Category c = Category.valueOf(rs.getString("category"));
            row.put(Dataset.total(c), rs.getLong("total_units"));
            row.put(Dataset.recognised(c), rs.getLong("recognised_units"));
            LocalDate on = rs.getObject("assessed_on", LocalDate.class);
            if (row.value("assessed_on") == null || on.isAfter((LocalDate) row.value("assessed_on"))) {
                row.put("assessed_on", on);
            }
        });
        return Rows.inUnitOrder(rows.values());
    }

    @Override
    public void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId) {
        List<Object[]> values = new ArrayList<>();
        for (ImportRow row : rows) {
            LocalDate on = (LocalDate) row.value("assessed_on");
            LegalBasis basis = LegalBasis.on(Objects.requireNonNull(on, "assessed_on is required"));
            for (Category c : Category.values()) {
                Long total = row.count(Dataset.total(c));
                if (total != null) {
                    values.add(new Object[] {row.knownUnit().getId(), sourceId, scope.year(), c.name(), total,
                            row.count(Dataset.recognised(c)), basis.name(), on});
                }
            }
        }
        table.replace(WHERE, params(scope), batchId, List.of("unit_id", "source_id", "assessment_year", "category", "total_units",
                "recognised_units", "legal_basis", "assessed_on"), values);
    }

    private static MapSqlParameterSource params(Scope scope) {
        return new MapSqlParameterSource("year", scope.year()).addValue("units", scope.unitIds());
    }
}
