package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.bca.antq.indicator.Indicator;

/** Tables {@code target} and {@code target_change}: the current targets and every change to them. */
@Repository
class Targets {

    private static final RowMapper<Target> TARGET = (rs, i) -> new Target(
            Indicator.valueOf(rs.getString("indicator_code")),
            rs.getLong("unit_id"),
            rs.getInt("target_year"),
            rs.getBigDecimal("target_value").stripTrailingZeros(),
            rs.getObject("deadline", LocalDate.class),
            rs.getString("set_by"),
            rs.getTimestamp("set_at").toInstant());

    private static final String INSERT_TARGET = """
            INSERT INTO target (indicator_code, unit_id, target_year, target_value, deadline, set_by, set_at)
            VALUES (:code, :unit, :year, :value, :deadline, :by, :at)
            ON DUPLICATE KEY UPDATE target_value = VALUES(target_value), deadline = VALUES(deadline),
                                    set_by = VALUES(set_by), set_at = VALUES(set_at)""";
    private static final String INSERT_CHANGE = """
            INSERT INTO target_change (indicator_code, unit_id, target_year, before_value, after_value, changed_by,
                                       changed_at)
            VALUES (:code, :unit, :year, :before, :after, :by, :at)""";

    private final NamedParameterJdbcTemplate jdbc;

    Targets(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Target> ofYear(int year) {
        return jdbc.query(
                "SELECT * FROM target WHERE target_year = :year", new MapSqlParameterSource("year", year), TARGET);
    }

    List<Target> of(int year, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT * FROM target WHERE target_year = :year AND unit_id IN (:units)",
                new MapSqlParameterSource("year", year).addValue("units", unitIds),
                TARGET);
    }

    Optional<Target> find(Indicator indicator, long unitId, int year) {
        return jdbc
                .query(
                        "SELECT * FROM target WHERE target_year = :year AND indicator_code = :code AND unit_id = :unit",
                        key(indicator, unitId, year),
                        TARGET)
                .stream()
                .findFirst();
    }

    /** Stores the target (replacing the one of the same indicator, unit and year) and the change. */
    void save(Target target, @Nullable BigDecimal before) {
        MapSqlParameterSource params = key(target.indicator(), target.unitId(), target.year())
                .addValue("value", target.value())
                .addValue("deadline", target.deadline())
                .addValue("by", target.setBy())
                .addValue("at", Timestamp.from(target.setAt()));
        jdbc.update(INSERT_TARGET, params);
        change(params.addValue("before", before).addValue("after", target.value()));
    }

    boolean none() {
        return jdbc.getJdbcTemplate()
                .queryForList("SELECT 1 FROM target LIMIT 1")
                .isEmpty();
    }

    /** Stores new targets (none of them set before) and their changes, in two batches. */
    void saveNew(List<Target> made) {
        MapSqlParameterSource[] params = made.stream()
                .map(t -> key(t.indicator(), t.unitId(), t.year())
                        .addValue("value", t.value())
                        .addValue("deadline", t.deadline())
                        .addValue("by", t.setBy())
                        .addValue("at", Timestamp.from(t.setAt()))
                        .addValue("before", null)
                        .addValue("after", t.value()))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT_TARGET, params);
        jdbc.batchUpdate(INSERT_CHANGE, params);
    }

    /** Removes the target and keeps the change. */
    void remove(Target target, String by, Instant at) {
        MapSqlParameterSource params = key(target.indicator(), target.unitId(), target.year());
        jdbc.update(
                "DELETE FROM target WHERE target_year = :year AND indicator_code = :code AND unit_id = :unit", params);
        change(params.addValue("before", target.value())
                .addValue("after", null)
                .addValue("by", by)
                .addValue("at", Timestamp.from(at)));
    }

    List<TargetChange> changes(int year, long unitId) {
        return jdbc.query(
                """
                SELECT * FROM target_change WHERE target_year = :year AND unit_id = :unit
                ORDER BY changed_at DESC, id DESC""",
                new MapSqlParameterSource("year", year).addValue("unit", unitId),
                (rs, i) -> new TargetChange(
                        Indicator.valueOf(rs.getString("indicator_code")),
                        rs.getLong("unit_id"),
                        rs.getInt("target_year"),
                        rs.getBigDecimal("before_value"),
                        rs.getBigDecimal("after_value"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()));
    }

    private void change(MapSqlParameterSource params) {
        jdbc.update(INSERT_CHANGE, params);
    }

    private static MapSqlParameterSource key(Indicator indicator, long unitId, int year) {
        return new MapSqlParameterSource("code", indicator.code())
                .addValue("unit", unitId)
                .addValue("year", year);
    }
}
