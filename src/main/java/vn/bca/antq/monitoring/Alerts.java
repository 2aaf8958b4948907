package vn.bca.antq.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.intake.Dataset;

/** Tables {@code alert} and {@code alert_rule}: the alerts raised and the ADMIN's settings of the rules. */
@Repository
class Alerts {

    /** What one run of the rules changed. */
    record Sync(int opened, int closed, int stillOpen) {}

    private static final RowMapper<Alert> ALERT = (rs, i) -> new Alert(
            rs.getLong("id"),
            AlertRule.valueOf(rs.getString("rule_code")),
            rs.getLong("unit_id"),
            rs.getString("indicator_code") == null ? null : Indicator.valueOf(rs.getString("indicator_code")),
            rs.getString("dataset") == null ? null : Dataset.valueOf(rs.getString("dataset")),
            rs.getInt("alert_year"),
            rs.getBigDecimal("observed_value"),
            rs.getBigDecimal("reference_value"),
            rs.getTimestamp("opened_at").toInstant(),
            instant(rs.getTimestamp("closed_at")),
            rs.getString("acknowledged_by"),
            instant(rs.getTimestamp("acknowledged_at")),
            rs.getString("ack_comment"));

    private final NamedParameterJdbcTemplate jdbc;

    Alerts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule with its setting: the ADMIN's where stored, the default otherwise. */
    Map<AlertRule, RuleSetting> rules() {
        Map<AlertRule, RuleSetting> rules = new EnumMap<>(AlertRule.class);
        for (AlertRule rule : AlertRule.values()) {
            rules.put(rule, RuleSetting.byDefault(rule));
        }
        jdbc.query("SELECT rule_code, enabled, threshold FROM alert_rule", rs -> {
            AlertRule rule = AlertRule.valueOf(rs.getString("rule_code"));
            rules.put(
                    rule,
                    new RuleSetting(
                            rule,
                            rs.getBoolean("enabled"),
                            rule.hasThreshold() ? rs.getBigDecimal("threshold") : null));
        });
        return rules;
    }

    void save(RuleSetting setting) {
        jdbc.update(
                """
                INSERT INTO alert_rule (rule_code, enabled, threshold) VALUES (:rule, :enabled, :threshold)
                ON DUPLICATE KEY UPDATE enabled = VALUES(enabled), threshold = VALUES(threshold)""",
                new MapSqlParameterSource("rule", setting.rule().name())
                        .addValue("enabled", setting.enabled())
                        .addValue("threshold", setting.threshold()));
    }

    /**
     * Makes the stored alerts of the years match the conditions that hold: a new condition opens an alert, a held one
     * keeps its alert open (with today's values), and an open alert whose condition no longer holds is closed.
     */
    Sync sync(Collection<Condition> holding, Collection<Integer> years, Instant now) {
        Map<String, Condition> byKey = new HashMap<>();
        holding.forEach(c -> byKey.put(c.key(), c));
        Map<String, Long> open = new HashMap<>();
        jdbc.query(
                "SELECT id, open_key FROM alert WHERE closed_at IS NULL AND alert_year IN (:years)",
                new MapSqlParameterSource("years", years),
                rs -> {
                    open.put(rs.getString("open_key"), rs.getLong("id"));
                });
        List<Long> toClose = open.entrySet().stream()
                .filter(e -> !byKey.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (!toClose.isEmpty()) {
            jdbc.update(
                    "UPDATE alert SET closed_at = :now, open_key = NULL WHERE id IN (:ids)",
                    new MapSqlParameterSource("now", Timestamp.from(now)).addValue("ids", toClose));
        }
        List<SqlParameterSource> inserts = new ArrayList<>();
        List<SqlParameterSource> updates = new ArrayList<>();
        for (Condition c : byKey.values()) {
            MapSqlParameterSource params = new MapSqlParameterSource("key", c.key())
                    .addValue("observed", c.observed())
                    .addValue("reference", c.reference());
            if (open.containsKey(c.key())) {
                updates.add(params);
            } else {
                inserts.add(params.addValue("rule", c.rule().name())
                        .addValue("unit", c.unitId())
                        .addValue(
                                "indicator",
                                c.indicator() == null ? null : c.indicator().code())
                        .addValue(
                                "dataset",
                                c.dataset() == null ? null : c.dataset().name())
                        .addValue("year", c.year())
                        .addValue("now", Timestamp.from(now)));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO alert (rule_code, unit_id, indicator_code, dataset, alert_year, observed_value,
                                   reference_value, opened_at, open_key)
                VALUES (:rule, :unit, :indicator, :dataset, :year, :observed, :reference, :now, :key)""", inserts.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate(
                "UPDATE alert SET observed_value = :observed, reference_value = :reference WHERE open_key = :key",
                updates.toArray(SqlParameterSource[]::new));
        return new Sync(inserts.size(), toClose.size(), updates.size());
    }

    /** Open alerts (and, with {@code closedToo}, the closed ones of the year), newest first. */
    List<Alert> of(int year, boolean closedToo) {
        return jdbc.query(
                "SELECT * FROM alert WHERE alert_year = :year" + (closedToo ? "" : " AND closed_at IS NULL")
                        + " ORDER BY closed_at IS NOT NULL, opened_at DESC, id DESC",
                new MapSqlParameterSource("year", year),
                ALERT);
    }

    /** Open alerts not yet acknowledged, per unit. */
    Map<Long, Integer> unacknowledgedByUnit() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query(
                "SELECT unit_id, COUNT(*) n FROM alert WHERE closed_at IS NULL AND acknowledged_at IS NULL GROUP BY unit_id",
                rs -> {
                    counts.put(rs.getLong("unit_id"), rs.getInt("n"));
                });
        return counts;
    }

    Optional<Alert> find(long id) {
        return jdbc.query("SELECT * FROM alert WHERE id = :id", new MapSqlParameterSource("id", id), ALERT).stream()
                .findFirst();
    }

    void acknowledge(long id, String by, Instant at, String comment) {
        jdbc.update(
                "UPDATE alert SET acknowledged_by = :by, acknowledged_at = :at, ack_comment = :comment WHERE id = :id",
                new MapSqlParameterSource("id", id)
                        .addValue("by", by)
                        .addValue("at", Timestamp.from(at))
                        .addValue("comment", comment));
    }

    /** The ids of the units with open alerts of any of the rules, for a year. */
    Set<Long> unitsWithOpen(int year, Collection<AlertRule> rules) {
        return jdbc
                .queryForList(
                        "SELECT DISTINCT unit_id FROM alert WHERE closed_at IS NULL AND alert_year = :year"
                                + " AND rule_code IN (:rules)",
                        new MapSqlParameterSource("year", year)
                                .addValue(
                                        "rules", rules.stream().map(Enum::name).toList()),
                        Long.class)
                .stream()
                .collect(Collectors.toSet());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
