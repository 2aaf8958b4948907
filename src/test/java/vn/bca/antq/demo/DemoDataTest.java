package vn.bca.antq.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;

@IntegrationTest
class DemoDataTest {

    private static final List<String> FACT_TABLES = List.of(
            "movement_model",
            "model_site",
            "festival_event",
            "safety_assessment",
            "exemplar",
            "award",
            "indicator_value");
    private static final String SYNTHETIC = "(SELECT id FROM data_source WHERE kind = 'SYNTHETIC')";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoDataGenerator generator;

    @Autowired
    IndicatorService indicators;

    @Test
    void theDemoDataIsInTheDatabaseAfterStart() {
        assertThat(jdbc.queryForList("SELECT reference, title FROM data_source WHERE kind = 'SYNTHETIC'"))
                .containsExactly(Map.of(
                        "reference", "demo-generator-v3/seed-20050613/scale-1", "title", DemoDataGenerator.TITLE));
        assertThat(synthetic("movement_model")).isBetween(2_000, 4_000);
        assertThat(synthetic("model_site")).isBetween(200_000, 300_000);
        assertThat(synthetic("festival_event")).isBetween(35_000, 55_000);
        // Every commune, year and category: 10,595 old communes 2019-2024, 3,321 new ones 2025-2026, 5 categories.
        assertThat(synthetic("safety_assessment")).isEqualTo((10_595 * 6 + 3_321 * 2) * 5);
        assertThat(synthetic("exemplar")).isBetween(1_800, 2_100); // 1,190 nationally and Thái Bình's own (seed 000)
        assertThat(synthetic("award")).isBetween(1_500, 5_000);
        assertThat(synthetic("indicator_value")).isBetween(9_000, 10_000);
    }

    @Test
    void everyFactRowComesFromTheSyntheticSourceOrASeedArticle() {
        for (String table : FACT_TABLES) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " f JOIN data_source s ON s.id = f.source_id "
                            + "WHERE s.kind NOT IN ('SYNTHETIC', 'SEED_ARTICLE')"))
                    .as(table)
                    .isZero();
            assertThat(count("SELECT COUNT(*) FROM " + table + " f JOIN data_source s ON s.id = f.source_id "
                            + "WHERE s.kind = 'SYNTHETIC'"))
                    .as(table)
                    .isEqualTo(generator.lastRun().orElseThrow().rowsPerTable().get(table));
        }
    }

    @Test
    void theNationalScaleMatchesTheCalibration() {
        // ~1.2 sites per 1,000 people, about 2,500 models, ~1,100 exemplars by 2025 (docs/DOMAIN.md) and Thái Bình's
        // ~700 (seed 000).
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM model_site WHERE started_on <= '2024-12-31' AND (ended_on IS NULL OR ended_on > '2024-12-31')"))
                .isBetween(110_000, 130_000);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM movement_model WHERE started_on <= '2024-12-31' AND (retired_on IS NULL OR retired_on > '2024-12-31')"))
                .isBetween(2_400, 3_500);
        assertThat(count("SELECT COUNT(*) FROM exemplar WHERE recognised_on <= '2025-12-31'"))
                .isBetween(1_650, 1_950);
        assertThat(count("SELECT COUNT(*) FROM festival_event WHERE YEAR(held_on) = 2023"))
                .isBetween(5_000, 7_000);
    }

    @Test
    void festival2022HasTheSeededNationalTotalsInTheTableAndThroughTheIndicatorService() {
        assertThat(count("SELECT COUNT(*) FROM festival_event WHERE held_on BETWEEN '2022-01-01' AND '2022-12-31'"))
                .isEqualTo(5_813);
        assertThat(count("SELECT COUNT(*) FROM festival_event WHERE held_on BETWEEN '2022-01-01' AND '2022-12-31' "
                        + "AND central_leaders_present"))
                .isEqualTo(28);
        assertThat(sumOverOldProvinces(Indicator.FESTIVAL_SITES, 2022)).isEqualTo(5_813);
        assertThat(sumOverOldProvinces(Indicator.FESTIVAL_SITES_CENTRAL_LEADERS, 2022))
                .isEqualTo(28);
    }

    @Test
    void namDinh2020CommuneAssessmentsAddUpToTheSeedTotals() {
        List<Map<String, Object>> sums = jdbc.queryForList("""
                SELECT a.category, SUM(a.total_units) total, SUM(a.recognised_units) recognised
                FROM safety_assessment a JOIN admin_unit c ON c.id = a.unit_id JOIN admin_unit d ON d.id = c.parent_id
                WHERE d.parent_id = 11000036 AND a.assessment_year = 2020 AND a.source_id = %s
                  AND a.category <> 'COMMUNE' GROUP BY a.category ORDER BY a.category""".formatted(SYNTHETIC));
        assertThat(sums)
                .extracting(r -> r.get("category") + " " + r.get("total") + "/" + r.get("recognised"))
                .containsExactly(
                        "AGENCY 612/595", "ENTERPRISE 5449/5027", "RESIDENTIAL_AREA 3505/3321", "SCHOOL 781/772");
    }

    @Test
    void namDinhHas37ModelsActiveAtTheEndOf2020SplitByInitiatingBodyAsTheSeedSays() {
        List<Map<String, Object>> active = jdbc.queryForList("""
                SELECT m.initiating_body, COUNT(*) n FROM movement_model m JOIN admin_unit u ON u.id = m.home_unit_id
                WHERE (u.id = 11000036 OR u.parent_id = 11000036) AND m.source_id = %s
                  AND m.started_on <= '2020-12-31' AND (m.retired_on IS NULL OR m.retired_on > '2020-12-31')
                GROUP BY m.initiating_body ORDER BY m.initiating_body""".formatted(SYNTHETIC));
        assertThat(active)
                .extracting(r -> r.get("initiating_body") + " " + r.get("n"))
                .containsExactly(
                        "LOCAL 18",
                        "PROVINCIAL_PARTY_COMMITTEE 2",
                        "PROVINCIAL_PEOPLES_COMMITTEE 3",
                        "PROVINCIAL_POLICE 14");
    }

    @Test
    void seedFactsAreUntouched() {
        String seed = "(SELECT id FROM data_source WHERE kind = 'SEED_ARTICLE')";
        assertThat(count("SELECT COUNT(*) FROM data_source WHERE kind = 'SEED_ARTICLE'"))
                .isEqualTo(5);
        // Counts and sums as changesets 007 and 012 left them (012 adds Nam Định's "hàng chục" documents as at least
        // 20).
        assertThat(jdbc.queryForMap(
                        "SELECT COUNT(*) n, SUM(numerator) num, SUM(denominator) den FROM indicator_value WHERE source_id IN "
                                + seed))
                .containsEntry("n", 39L)
                .containsEntry("num", java.math.BigDecimal.valueOf(1_216_855))
                .containsEntry("den", java.math.BigDecimal.valueOf(3_462));
        assertThat(jdbc.queryForMap(
                        "SELECT COUNT(*) n, SUM(total_units) total, SUM(recognised_units) recognised FROM safety_assessment WHERE source_id IN "
                                + seed))
                .containsEntry("n", 5L)
                .containsEntry("total", java.math.BigDecimal.valueOf(10_576))
                .containsEntry("recognised", java.math.BigDecimal.valueOf(9_938));
        assertThat(jdbc.queryForMap("SELECT COUNT(*) n, SUM(quantity) quantity FROM award WHERE source_id IN " + seed))
                .containsEntry("n", 8L)
                .containsEntry("quantity", java.math.BigDecimal.valueOf(87));
        assertThat(jdbc.queryForList(
                        "SELECT site_name, held_on, central_leaders_present, gift_recipients FROM festival_event WHERE source_id IN "
                                + seed))
                .hasSize(1)
                .first()
                .satisfies(row -> assertThat(row.get("site_name")).isEqualTo("Thị trấn Thiệu Hóa"));
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM indicator_value v JOIN indicator_value s ON s.indicator_code = v.indicator_code "
                                        + "AND s.unit_id = v.unit_id AND s.period_start = v.period_start AND s.period_end = v.period_end AND s.id <> v.id"))
                .isZero();
    }

    @Test
    void buildingTheDatasetTwiceGivesIdenticalContent() {
        DemoDataset first = generator.build(1);
        DemoDataset second = generator.build(1);
        assertThat(second.hash()).isEqualTo(first.hash());
        assertThat(second.rowCounts()).isEqualTo(first.rowCounts());
    }

    /**
     * 13 s on a quiet 2-core development machine, 52 s on the slower CI machine (whose whole test run takes 2.5 times
     * as long); writing row by row instead of in batches takes several minutes, which this still catches.
     */
    @Test
    void theStartupRunBuiltAndWroteTheFullDatasetInUnderAMinute() {
        DemoReport report = generator.lastRun().orElseThrow();
        assertThat(report.scale()).isEqualTo(1);
        assertThat(report.totalRows()).isGreaterThan(500_000);
        assertThat(report.totalMillis()).isLessThan(60_000);
    }

    @Test
    void noFactLiesOutsideItsUnitsValidity() {
        assertThat(count("SELECT COUNT(*) FROM model_site s JOIN admin_unit u ON u.id = s.unit_id "
                        + "WHERE u.era = 'PROVINCES_63' AND (s.ended_on IS NULL OR s.ended_on > '2025-06-30')"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM model_site s JOIN admin_unit u ON u.id = s.unit_id "
                        + "WHERE s.started_on < u.valid_from OR (u.valid_to IS NOT NULL AND s.ended_on > u.valid_to)"))
                .isZero();
        for (String[] dated : new String[][] {
            {"festival_event", "held_on"},
            {"safety_assessment", "assessed_on"},
            {"exemplar", "recognised_on"},
            {"award", "awarded_on"}
        }) {
            assertThat(count(
                            "SELECT COUNT(*) FROM %s f JOIN admin_unit u ON u.id = f.unit_id WHERE f.%s < u.valid_from OR f.%s > u.valid_to"
                                    .formatted(dated[0], dated[1], dated[1])))
                    .as(dated[0])
                    .isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM indicator_value f JOIN admin_unit u ON u.id = f.unit_id "
                        + "WHERE f.period_start < u.valid_from OR f.period_end > u.valid_to"))
                .isZero();
    }

    @Test
    void sitesRunningAtTheReformContinueOnTheNewCommunes() {
        int ended = count("SELECT COUNT(*) FROM model_site WHERE ended_on = '2025-06-30' AND source_id = " + SYNTHETIC);
        int continued = count("SELECT COUNT(*) FROM model_site s JOIN admin_unit u ON u.id = s.unit_id "
                + "WHERE s.started_on = '2025-07-01' AND u.era = 'PROVINCES_34'");
        assertThat(continued).isPositive().isLessThanOrEqualTo(ended).isGreaterThan(ended * 95 / 100);
    }

    private long sumOverOldProvinces(Indicator indicator, int year) {
        List<Figure> figures = indicators.figures(indicator, Era.PROVINCES_63, UnitLevel.PROVINCE, Period.year(year));
        assertThat(figures).hasSize(63);
        return figures.stream()
                .filter(Figure::hasData)
                .mapToLong(Figure::numerator)
                .sum();
    }

    private int synthetic(String table) {
        return count("SELECT COUNT(*) FROM " + table + " WHERE source_id = " + SYNTHETIC);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
