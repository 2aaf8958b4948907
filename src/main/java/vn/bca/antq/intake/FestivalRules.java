package vn.bca.antq.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.text.VietnameseText;

/** Festival day sites of the year: one row per site (unit, name, day, showcase level, attendance, gifts). */
@Component
class FestivalRules implements DatasetRules {

    /** More than any festival budget reported: 10 billion VND at one site. */
    static final long MOST_GIFTS_VND = 10_000_000_000L;

    private static final String WHERE = "held_on BETWEEN :from AND :to AND unit_id IN (:units)";
    private static final List<String> COLUMNS = List.of(
            "site_name",
            "held_on",
            "showcase_level",
            "attendance",
            "central_leaders_present",
            "gifts_vnd",
            "gift_recipients");

    private final NamedParameterJdbcTemplate jdbc;
    private final FactTable table;

    FestivalRules(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> history = new ArrayList<>(List.of("id", "unit_id", "source_id"));
        history.addAll(COLUMNS);
        this.table = new FactTable(jdbc, "festival_event", history);
    }

    @Override
    public Dataset dataset() {
        return Dataset.FESTIVAL;
    }

    @Override
    public void check(ImportRow row, Scope scope) {
        Dates.checkWithin(row, "held_on", scope);
        Long gifts = row.count("gifts_vnd");
        Long recipients = row.count("gift_recipients");
        if (recipients != null
                && recipients > 0
                && gifts == null
                && row.issuesOf("gifts_vnd").isEmpty()) {
            row.add(Issue.error("gifts_vnd", "intake.row.giftsMissing"));
        }
        Plausibility.checkAtMost(row, "attendance", Plausibility.MOST_AT_ONE_SITE);
        Plausibility.checkAtMost(row, "gift_recipients", Plausibility.MOST_AT_ONE_SITE);
        Plausibility.checkAtMost(row, "gifts_vnd", MOST_GIFTS_VND);
    }

    @Override
    public String key(ImportRow row) {
        Object name = row.value("site_name");
        return row.knownUnit().getId() + "|" + (name == null ? "" : VietnameseText.fold((String) name));
    }

    @Override
    public List<ImportRow> current(Scope scope) {
        Map<Long, AdminUnit> byId = scope.unitsById();
        List<ImportRow> rows = jdbc.query(
                "SELECT unit_id, " + String.join(", ", COLUMNS) + " FROM festival_event WHERE " + WHERE
                        + " ORDER BY held_on, site_name",
                params(scope),
                (rs, i) -> {
                    ImportRow row = Rows.of(Objects.requireNonNull(byId.get(rs.getLong("unit_id"))));
                    row.put("site_name", rs.getString("site_name"));
                    row.put("held_on", rs.getObject("held_on", LocalDate.class));
                    putIfPresent(row, "showcase_level", rs.getString("showcase_level"));
                    putIfPresent(row, "attendance", (Long) rs.getObject("attendance", Long.class));
                    row.put("central_leaders_present", rs.getBoolean("central_leaders_present"));
                    putIfPresent(row, "gifts_vnd", (Long) rs.getObject("gifts_vnd", Long.class));
                    putIfPresent(row, "gift_recipients", (Long) rs.getObject("gift_recipients", Long.class));
                    return row;
                });
        return Rows.inUnitOrder(rows);
    }

    @Override
    public void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId) {
        List<String> columns = new ArrayList<>(List.of("unit_id", "source_id"));
        columns.addAll(COLUMNS);
        table.replace(
                WHERE,
                params(scope),
                batchId,
                columns,
                rows.stream()
                        .map(row -> new Object[] {
                            row.knownUnit().getId(),
                            sourceId,
                            row.value("site_name"),
                            row.value("held_on"),
                            row.value("showcase_level"),
                            row.value("attendance"),
                            Boolean.TRUE.equals(row.value("central_leaders_present")),
                            row.value("gifts_vnd"),
                            row.value("gift_recipients")
                        })
                        .toList());
    }

    private static void putIfPresent(ImportRow row, String column, Object value) {
        if (value != null) {
            row.put(column, value);
        }
    }

    private static MapSqlParameterSource params(Scope scope) {
        return new MapSqlParameterSource("from", scope.firstDay())
                .addValue("to", scope.lastDay())
                .addValue("units", scope.unitIds());
    }
}
