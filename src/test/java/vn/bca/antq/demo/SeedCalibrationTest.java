package vn.bca.antq.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Years;

/**
 * The demo data around each seed fact: detail generated under a seed figure adds up to it (or keeps the documented
 * difference), and the synthetic years next to a seed year continue its series instead of jumping to it and back.
 */
@IntegrationTest
class SeedCalibrationTest {

    private static final String SYNTHETIC = "(SELECT id FROM data_source WHERE kind = 'SYNTHETIC')";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Test
    void namDinhs2020CommunesKeepTheSixTheSeedDidNotRecogniseOverThe226OfTheUnitList() {
        AdminUnit namDinh = oldProvince("36");
        Map<String, Object> communes = jdbc.queryForMap("""
                SELECT SUM(a.total_units) total, SUM(a.recognised_units) recognised
                FROM safety_assessment a JOIN admin_unit c ON c.id = a.unit_id JOIN admin_unit d ON d.id = c.parent_id
                WHERE d.parent_id = 11000036 AND a.assessment_year = 2020 AND a.category = 'COMMUNE' AND a.source_id = %s""".formatted(SYNTHETIC));
        long total = ((Number) communes.get("total")).longValue();

        assertThat(total)
                .isEqualTo(units.within(namDinh, UnitLevel.COMMUNE).size())
                .isEqualTo(226);
        assertThat(total - ((Number) communes.get("recognised")).longValue())
                .as("229 − 223 in the seed")
                .isEqualTo(6);
        Figure reported = indicators.figure(Indicator.COVERAGE_COMMUNES, namDinh, Period.year(2020));
        assertThat(reported.denominator() - reported.numerator()).isEqualTo(6);
    }

    @Test
    void thaiBinhsSyntheticExemplarsPassThroughTheSeedsMoreThan500In2022() {
        AdminUnit thaiBinh = oldProvince("34");
        long by2021 = count(indicators.figure(Indicator.EXEMPLARS, thaiBinh, Period.year(2021)));
        Figure seed2022 = indicators.figure(Indicator.EXEMPLARS, thaiBinh, Period.year(2022));
        long by2023 = count(indicators.figure(Indicator.EXEMPLARS, thaiBinh, Period.year(2023)));
        int synthetic2022 = jdbc.queryForObject("""
                SELECT COUNT(*) FROM exemplar e JOIN admin_unit c ON c.id = e.unit_id JOIN admin_unit d ON d.id = c.parent_id
                WHERE d.parent_id = 11000034 AND e.recognised_on <= '2022-12-31' AND e.source_id = %s""".formatted(SYNTHETIC), Integer.class);

        assertThat(seed2022.lowerBound()).isTrue();
        assertThat(synthetic2022).isGreaterThan(500).isLessThan(550);
        assertThat(by2021).isBetween(400L, 500L);
        assertThat(by2023).isGreaterThan(synthetic2022).isLessThan(650);
    }

    @Test
    void exemplarsCountedSince2010NeverFallFromOneYearToTheNextInAnyProvinceOrTheNation() {
        for (AdminUnit province : units.all(Era.PROVINCES_63, UnitLevel.PROVINCE)) {
            assertNeverFalls(indicators.trend(Indicator.EXEMPLARS, province, Years.FIRST, 2024), province.getName());
        }
        for (AdminUnit province : units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)) {
            assertNeverFalls(
                    indicators.trend(Indicator.EXEMPLARS, province, Years.FIRST, Years.LAST), province.getName());
        }
        assertNeverFalls(indicators.trend(Indicator.EXEMPLARS, units.nation(), Years.FIRST, Years.LAST), "Việt Nam");
    }

    @Test
    void modelSeriesHaveNoJumpAtASeedYearInThaiBinhTuyenQuangNamDinhOrTheNation() {
        for (AdminUnit unit : List.of(oldProvince("34"), oldProvince("08"), oldProvince("36"))) {
            assertSmooth(indicators.trend(Indicator.MODELS, unit, Years.FIRST, 2024), unit.getName(), 0.3);
        }
        assertSmooth(indicators.trend(Indicator.MODELS, units.nation(), Years.FIRST, Years.LAST), "Việt Nam", 0.2);
    }

    @Test
    void theYearsAroundASeededYearStayInLineWithTheSeed() {
        AdminUnit hungYen = oldProvince("33");
        AdminUnit namDinh = oldProvince("36");
        for (int year : new int[] {2021, 2023}) {
            assertThat(count(indicators.figure(Indicator.SELF_MANAGED_TEAMS, hungYen, Period.year(year))))
                    .as("Hưng Yên " + year)
                    .isBetween(700L, 1100L);
        }
        for (int year : new int[] {2019, 2021}) {
            assertThat(count(indicators.figure(Indicator.DOCUMENTS_ISSUED, namDinh, Period.year(year))))
                    .as("“hàng chục” in 2020")
                    .isBetween(20L, 45L);
            assertThat(count(indicators.figure(Indicator.CULTURAL_FAMILIES, namDinh, Period.year(year))))
                    .isBetween(480_000L, 535_000L);
        }
    }

    @Test
    void syntheticYearsInsideASeedsLongerPeriodAddUpToNoMoreThanItsTotalOrAtLeastItsLowerBound() {
        AdminUnit thaiBinh = oldProvince("34");
        for (Indicator indicator : List.of(
                Indicator.PROPAGANDA_BANNERS,
                Indicator.PROPAGANDA_SIGNBOARDS,
                Indicator.NEWS_ARTICLES,
                Indicator.LEGAL_CLASS_ATTENDANCES)) {
            long fiveYears = count(indicators.figure(indicator, thaiBinh, Period.years(2018, 2022)));
            long fourYears = IntStream.rangeClosed(2019, 2022)
                    .mapToLong(y -> count(indicators.figure(indicator, thaiBinh, Period.year(y))))
                    .sum();
            assertThat(fourYears).as(indicator.code()).isLessThan(fiveYears).isGreaterThan(fiveYears * 7 / 10);
        }
        AdminUnit tuyenQuang = oldProvince("08");
        long contacts = IntStream.rangeClosed(2019, 2022)
                .mapToLong(y ->
                        count(indicators.figure(Indicator.CONTACTS_RELIGIOUS_DIGNITARIES, tuyenQuang, Period.year(y))))
                .sum();
        assertThat(contacts).as("“trên 1.899 lượt” since 2019").isGreaterThanOrEqualTo(1899);
    }

    private static void assertNeverFalls(List<Figure> trend, String unit) {
        for (int i = 1; i < trend.size(); i++) {
            assertThat(count(trend.get(i)))
                    .as(unit + " " + trend.get(i).period().toYear())
                    .isGreaterThanOrEqualTo(count(trend.get(i - 1)));
        }
    }

    /** No year differs from the one before by more than {@code change} (0.3 = 30%). */
    private static void assertSmooth(List<Figure> trend, String unit, double change) {
        for (int i = 1; i < trend.size(); i++) {
            double before = count(trend.get(i - 1));
            assertThat((double) count(trend.get(i)))
                    .as(unit + " " + trend.get(i).period().toYear())
                    .isBetween(before * (1 - change), before * (1 + change));
        }
    }

    private AdminUnit oldProvince(String code) {
        return units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, code).orElseThrow();
    }

    private static long count(Figure figure) {
        return figure.numerator() == null ? 0 : figure.numerator();
    }
}
