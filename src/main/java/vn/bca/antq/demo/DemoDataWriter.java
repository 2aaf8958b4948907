package vn.bca.antq.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.demo.DemoDataset.ValueRow;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.TimeBasis;

/**
 * Writes a dataset with batched plain INSERT ... VALUES (an INSERT ... SELECT from a UNION falsely trips the
 * validity triggers on MariaDB 11.4). Runs inside the caller's transaction.
 */
final class DemoDataWriter {

    private static final int BATCH_SIZE = 2_000;

    private final JdbcTemplate jdbc;

    DemoDataWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Rows written per table. Values a seed already holds are left out, so seed facts are never touched or outdated:
     * a flow with the same period, or a stock taken in the same year (the latest stock of a year would win).
     */
    Map<String, Integer> write(DemoDataset data, long sourceId) {
        // Models get their ids here so that sites and exemplars can refer to them without reading ids back.
        long idBase = Objects.requireNonNull(
                jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM movement_model", Long.class));
        Map<String, Integer> written = new LinkedHashMap<>();
        written.put(
                "movement_model",
                insert(
                        "movement_model",
                        "id, home_unit_id, source_id, model_type_id, name, "
                                + "initiating_body, host_kind, status, started_on, retired_on",
                        data.models(),
                        m -> new Object[] {
                            idBase + m.index() + 1,
                            m.homeUnitId(),
                            sourceId,
                            m.modelTypeId(),
                            m.name(),
                            m.body(),
                            m.hostKind(),
                            m.status(),
                            m.startedOn(),
                            m.retiredOn()
                        }));
        written.put(
                "model_site",
                insert(
                        "model_site",
                        "model_id, unit_id, source_id, site_name, teams, members, started_on, ended_on",
                        data.sites(),
                        s -> new Object[] {
                            idBase + s.modelIndex() + 1,
                            s.unitId(),
                            sourceId,
                            s.siteName(),
                            s.teams(),
                            s.members(),
                            s.startedOn(),
                            s.endedOn()
                        }));
        written.put(
                "festival_event",
                insert(
                        "festival_event",
                        "unit_id, source_id, site_name, held_on, showcase_level, "
                                + "attendance, central_leaders_present, gifts_vnd, gift_recipients",
                        data.festivals(),
                        f -> new Object[] {
                            f.unitId(),
                            sourceId,
                            f.siteName(),
                            f.heldOn(),
                            f.level(),
                            f.attendance(),
                            f.centralLeaders(),
                            f.giftsVnd(),
                            f.giftRecipients()
                        }));
        written.put(
                "safety_assessment",
                insert(
                        "safety_assessment",
                        "unit_id, source_id, assessment_year, category, "
                                + "total_units, recognised_units, legal_basis, assessed_on",
                        data.assessments(),
                        a -> new Object[] {
                            a.unitId(),
                            sourceId,
                            a.year(),
                            a.category(),
                            a.total(),
                            a.recognised(),
                            a.basis(),
                            a.assessedOn()
                        }));
        written.put(
                "exemplar",
                insert(
                        "exemplar",
                        "unit_id, source_id, model_id, name, recipient_kind, recognised_on",
                        data.exemplars(),
                        e -> new Object[] {
                            e.unitId(),
                            sourceId,
                            e.modelIndex() == null ? null : idBase + e.modelIndex() + 1,
                            e.name(),
                            e.kind(),
                            e.recognisedOn()
                        }));
        written.put(
                "award",
                insert(
                        "award",
                        "unit_id, source_id, awarded_on, form, issuer, recipient_kind, quantity, reason",
                        data.awards(),
                        a -> new Object[] {
                            a.unitId(),
                            sourceId,
                            a.awardedOn(),
                            a.form(),
                            a.issuer(),
                            a.kind(),
                            a.quantity(),
                            a.reason()
                        }));
        Set<String> taken = existingValueKeys();
        written.put(
                "indicator_value",
                insert(
                        "indicator_value",
                        "indicator_code, unit_id, source_id, period_start, " + "period_end, numerator, denominator",
                        data.values().stream()
                                .filter(v -> !taken.contains(key(v)))
                                .toList(),
                        v -> new Object[] {
                            v.indicatorCode(),
                            v.unitId(),
                            sourceId,
                            v.periodStart(),
                            v.periodEnd(),
                            v.numerator(),
                            v.denominator()
                        }));
        return written;
    }

    private Set<String> existingValueKeys() {
        return new HashSet<>(jdbc.query(
                "SELECT indicator_code, unit_id, period_start, period_end FROM indicator_value",
                (rs, i) -> key(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate())));
    }

    private static String key(ValueRow v) {
        return key(v.indicatorCode(), v.unitId(), v.periodStart(), v.periodEnd());
    }

    private static String key(String code, long unitId, LocalDate start, LocalDate end) {
        return Indicator.valueOf(code).timeBasis() == TimeBasis.STOCK
                ? code + "/" + unitId + "/" + end.getYear()
                : code + "/" + unitId + "/" + start + "/" + end;
    }

    private <T> int insert(String table, String columns, List<T> rows, Function<T, Object[]> values) {
        int columnCount = columns.split(",").length;
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(columnCount - 1) + "?)";
        jdbc.batchUpdate(sql, rows, BATCH_SIZE, (ps, row) -> bind(ps, values.apply(row)));
        return rows.size();
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (value instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }
}
