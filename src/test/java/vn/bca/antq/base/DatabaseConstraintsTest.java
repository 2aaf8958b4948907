package vn.bca.antq.base;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.IntegrationTest;

/** The database itself rejects impossible rows, whatever code writes them. */
@IntegrationTest
@Transactional
class DatabaseConstraintsTest {

    static final long OLD_COMMUNE = 13015772; // Thị trấn Thiệu Hóa, valid to 30/06/2025
    static final long NEW_COMMUNE = 23000004; // Phường Ba Đình, valid from 01/07/2025

    @Autowired
    JdbcTemplate jdbc;

    long source;

    @BeforeEach
    void source() {
        jdbc.update(
                "INSERT INTO data_source (kind, reference, title) VALUES ('OFFICIAL_REPORT', 'constraint-test', 'x')");
        source = jdbc.queryForObject("SELECT id FROM data_source WHERE reference = 'constraint-test'", Long.class);
    }

    @Test
    void moreRecognisedThanAssessedIsRejected() {
        assertRejected(() -> assessment(OLD_COMMUNE, 2023, 10, 11, "CIRCULAR_124_2021", "2023-11-30"));
    }

    @Test
    void negativeCountsAreRejected() {
        assertRejected(() -> assessment(OLD_COMMUNE, 2023, -1, 0, "CIRCULAR_124_2021", "2023-11-30"));
        assertRejected(() -> jdbc.update("""
                INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator)
                VALUES ('NEWS_ARTICLES', ?, ?, '2020-01-01', '2020-12-31', -5)""", OLD_COMMUNE, source));
    }

    @Test
    void aFactOnAnOldUnitAfterTheReformIsRejected() {
        assertRejected(() -> assessment(OLD_COMMUNE, 2025, 10, 9, "CIRCULAR_124_2021", "2025-11-30"));
        assertRejected(() -> festival(OLD_COMMUNE, "2025-08-19"));
    }

    @Test
    void aFactOnANewUnitBeforeTheReformIsRejected() {
        assertRejected(() -> festival(NEW_COMMUNE, "2024-08-19"));
        assertRejected(() -> jdbc.update("""
                INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator)
                VALUES ('NEWS_ARTICLES', ?, ?, '2025-01-01', '2025-12-31', 5)""", NEW_COMMUNE, source));
    }

    @Test
    void aSiteOnAnOldCommuneMustEndByTheReform() {
        jdbc.update("""
                INSERT INTO movement_model (home_unit_id, source_id, model_type_id, name, initiating_body, host_kind, status, started_on)
                VALUES (?, ?, (SELECT MIN(id) FROM model_type), 'x', 'LOCAL', 'COMMUNE', 'NEW', '2020-01-01')""", OLD_COMMUNE, source);
        long model = jdbc.queryForObject("SELECT MAX(id) FROM movement_model", Long.class);
        assertRejected(() -> jdbc.update("""
                INSERT INTO model_site (model_id, unit_id, source_id, site_name, teams, started_on)
                VALUES (?, ?, ?, 'x', 2, '2020-01-01')""", model, OLD_COMMUNE, source));
    }

    @Test
    void theLegalBasisMustMatchTheAssessmentDate() {
        assertRejected(() -> assessment(OLD_COMMUNE, 2021, 10, 9, "CIRCULAR_124_2021", "2021-11-30"));
        assertRejected(() -> assessment(OLD_COMMUNE, 2022, 10, 9, "CIRCULAR_23_2012", "2022-11-30"));
    }

    @Test
    void unknownCategoriesAndReversedPeriodsAreRejected() {
        assertRejected(() -> jdbc.update("""
                INSERT INTO safety_assessment (unit_id, source_id, assessment_year, category, total_units, recognised_units, legal_basis, assessed_on)
                VALUES (?, ?, 2023, 'HOSPITAL', 10, 9, 'CIRCULAR_124_2021', '2023-11-30')""", OLD_COMMUNE, source));
        assertRejected(() -> jdbc.update("""
                INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator)
                VALUES ('NEWS_ARTICLES', ?, ?, '2020-12-31', '2020-01-01', 5)""", OLD_COMMUNE, source));
    }

    @Test
    void aReportedRatioCannotExceedItsDenominator() {
        assertRejected(() -> jdbc.update("""
                INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator, denominator)
                VALUES ('CULTURAL_RESIDENTIAL_AREAS', ?, ?, '2020-01-01', '2020-12-31', 12, 10)""", OLD_COMMUNE, source));
    }

    private void assessment(long unit, int year, int total, int recognised, String basis, String assessedOn) {
        jdbc.update("""
                INSERT INTO safety_assessment (unit_id, source_id, assessment_year, category, total_units, recognised_units, legal_basis, assessed_on)
                VALUES (?, ?, ?, 'RESIDENTIAL_AREA', ?, ?, ?, ?)""", unit, source, year, total, recognised, basis, assessedOn);
    }

    private void festival(long unit, String day) {
        jdbc.update(
                "INSERT INTO festival_event (unit_id, source_id, site_name, held_on) VALUES (?, ?, 'x', ?)",
                unit,
                source,
                day);
    }

    private static void assertRejected(Runnable insert) {
        assertThatThrownBy(insert::run).isInstanceOf(DataAccessException.class);
    }
}
