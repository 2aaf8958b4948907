package vn.bca.antq.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts hand-made facts for a test (inside the test's transaction, rolled back afterwards). */
final class FactFixture {

    private final JdbcTemplate jdbc;
    private final long sourceId;

    FactFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.update(
                "INSERT INTO data_source (kind, reference, title) VALUES ('OFFICIAL_REPORT', 'test-fixture', 'Test fixture')");
        this.sourceId = jdbc.queryForObject("SELECT id FROM data_source WHERE reference = 'test-fixture'", Long.class);
    }

    long sourceId() {
        return sourceId;
    }

    void assessment(long unitId, int year, String category, int total, int recognised) {
        jdbc.update(
                """
                INSERT INTO safety_assessment (unit_id, source_id, assessment_year, category, total_units, recognised_units,
                                               legal_basis, assessed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                unitId,
                sourceId,
                year,
                category,
                total,
                recognised,
                year <= 2021 ? "CIRCULAR_23_2012" : "CIRCULAR_124_2021",
                LocalDate.of(year, 11, 30));
    }

    void festival(long unitId, LocalDate day) {
        jdbc.update(
                "INSERT INTO festival_event (unit_id, source_id, site_name, held_on) VALUES (?, ?, 'Điểm thử', ?)",
                unitId,
                sourceId,
                day);
    }

    /** A rate published without its counts ("100% of residents take part"). */
    void reportedRate(Indicator indicator, long unitId, LocalDate from, LocalDate to, String rate) {
        jdbc.update("""
                INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, published_rate)
                VALUES (?, ?, ?, ?, ?, ?)""", indicator.code(), unitId, sourceId, from, to, new BigDecimal(rate));
    }

    void reported(Indicator indicator, long unitId, LocalDate from, LocalDate to, long value) {
        jdbc.update("""
                INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator)
                VALUES (?, ?, ?, ?, ?, ?)""", indicator.code(), unitId, sourceId, from, to, value);
    }
}
