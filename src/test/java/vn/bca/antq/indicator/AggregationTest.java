package vn.bca.antq.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/**
 * The aggregation path on a small hand-made fixture. Year 2018 holds no other data; in 2025 the assertions are
 * about what the fixture adds, so they hold whatever demo data lies beside it.
 */
@IntegrationTest
@Transactional
class AggregationTest {

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    FactFixture fixture;
    AdminUnit thaiBinh;
    AdminUnit district;
    AdminUnit communeA;
    AdminUnit communeB;
    AdminUnit oldHungYenCommune;
    AdminUnit newHungYen;
    AdminUnit newHungYenCommune;

    @BeforeEach
    void pickUnits() {
        fixture = new FactFixture(jdbc);
        thaiBinh = units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "34").orElseThrow();
        district = units.within(thaiBinh, UnitLevel.DISTRICT).getFirst();
        List<AdminUnit> communes = units.within(district, UnitLevel.COMMUNE);
        communeA = communes.get(0);
        communeB = communes.get(1);
        AdminUnit oldHungYen =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "33").orElseThrow();
        oldHungYenCommune = units.within(oldHungYen, UnitLevel.COMMUNE).getFirst();
        newHungYen = units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        newHungYenCommune = units.within(newHungYen, UnitLevel.COMMUNE).getFirst();
    }

    @Test
    void aRateIsTheRatioOfSumsNotTheAverageOfRates() {
        fixture.assessment(communeA.getId(), 2018, "RESIDENTIAL_AREA", 10, 9);
        fixture.assessment(communeB.getId(), 2018, "RESIDENTIAL_AREA", 30, 15);

        Figure districtFigure = indicators.figure(Indicator.COVERAGE_RESIDENTIAL_AREAS, district, Period.year(2018));

        assertThat(districtFigure.numerator()).isEqualTo(24);
        assertThat(districtFigure.denominator()).isEqualTo(40);
        assertThat(districtFigure.value()).isEqualByComparingTo("60.00"); // the average of 90% and 50% would be 70%
        assertThat(indicators
                        .figure(Indicator.COVERAGE_RESIDENTIAL_AREAS, thaiBinh, Period.year(2018))
                        .value())
                .isEqualByComparingTo("60.00");
        assertThat(indicators
                        .national(Indicator.COVERAGE_RESIDENTIAL_AREAS, Period.year(2018))
                        .value())
                .isEqualByComparingTo("60.00");
    }

    @Test
    void countsRollUpThroughEveryLevelAndFromOldProvincesIntoTheNewOne() {
        fixture.festival(communeA.getId(), LocalDate.of(2018, 8, 19));
        fixture.festival(communeA.getId(), LocalDate.of(2018, 8, 10));
        fixture.festival(oldHungYenCommune.getId(), LocalDate.of(2018, 8, 19));
        Period year = Period.year(2018);

        assertThat(indicators.figure(Indicator.FESTIVAL_SITES, communeA, year).numerator())
                .isEqualTo(2);
        assertThat(indicators.figure(Indicator.FESTIVAL_SITES, district, year).numerator())
                .isEqualTo(2);
        assertThat(indicators.figure(Indicator.FESTIVAL_SITES, thaiBinh, year).numerator())
                .isEqualTo(2);
        assertThat(indicators.figure(Indicator.FESTIVAL_SITES, newHungYen, year).numerator())
                .isEqualTo(3);
        assertThat(indicators.national(Indicator.FESTIVAL_SITES, year).numerator())
                .isEqualTo(3);

        List<Figure> newProvinces =
                indicators.figures(Indicator.FESTIVAL_SITES, Era.PROVINCES_34, UnitLevel.PROVINCE, year);
        assertThat(newProvinces).hasSize(34);
        assertThat(newProvinces)
                .filteredOn(Figure::hasData)
                .singleElement()
                .satisfies(f -> assertThat(f.unit().getShortName()).isEqualTo("Hưng Yên"));
    }

    @Test
    void aTotalReportedForAUnitReplacesTheSumOfItsSubUnits() {
        fixture.festival(communeA.getId(), LocalDate.of(2018, 8, 19));
        fixture.festival(oldHungYenCommune.getId(), LocalDate.of(2018, 8, 19));
        fixture.reported(
                Indicator.FESTIVAL_SITES, thaiBinh.getId(), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), 10);

        Figure province = indicators.figure(Indicator.FESTIVAL_SITES, thaiBinh, Period.year(2018));
        Figure merged = indicators.figure(Indicator.FESTIVAL_SITES, newHungYen, Period.year(2018));

        assertThat(province.numerator()).isEqualTo(10);
        assertThat(province.reportedForUnit()).isTrue();
        assertThat(merged.numerator()).isEqualTo(11);
        assertThat(merged.reportedForUnit()).isFalse();
    }

    @Test
    void figuresOf2025AddTheOldStructuresFirstHalfToTheNewStructuresSecondHalf() {
        Period year = Period.year(2025);
        Figure before = indicators.figure(Indicator.FESTIVAL_SITES, newHungYen, year);
        Figure nationBefore = indicators.national(Indicator.FESTIVAL_SITES, year);

        fixture.festival(communeA.getId(), LocalDate.of(2025, 5, 10)); // Thái Bình, before the merger
        fixture.festival(newHungYenCommune.getId(), LocalDate.of(2025, 8, 19)); // Hưng Yên, after it

        assertThat(count(indicators.figure(Indicator.FESTIVAL_SITES, newHungYen, year)))
                .isEqualTo(count(before) + 2);
        assertThat(count(indicators.national(Indicator.FESTIVAL_SITES, year))).isEqualTo(count(nationBefore) + 2);
    }

    @Test
    void aTotalForTheSecondHalfOf2025ReplacesOnlyTheSecondHalf() {
        fixture.festival(communeA.getId(), LocalDate.of(2025, 5, 10));
        fixture.festival(newHungYenCommune.getId(), LocalDate.of(2025, 8, 19));
        long firstHalf = count(indicators.figure(
                Indicator.FESTIVAL_SITES, newHungYen, new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))));

        fixture.reported(
                Indicator.FESTIVAL_SITES, newHungYen.getId(), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 50);

        assertThat(count(indicators.figure(Indicator.FESTIVAL_SITES, newHungYen, Period.year(2025))))
                .isEqualTo(firstHalf + 50);
    }

    @Test
    void aTotalForSeveralYearsReplacesTheAnnualFiguresOnlyWhenExactlyThatSpanIsAsked() {
        fixture.reported(
                Indicator.NEWS_ARTICLES, thaiBinh.getId(), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), 100);
        fixture.reported(
                Indicator.NEWS_ARTICLES, thaiBinh.getId(), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), 200);
        fixture.reported(
                Indicator.NEWS_ARTICLES, thaiBinh.getId(), LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31), 350);

        assertThat(indicators
                        .figure(Indicator.NEWS_ARTICLES, thaiBinh, Period.year(2017))
                        .numerator())
                .isEqualTo(200);
        assertThat(indicators
                        .figure(Indicator.NEWS_ARTICLES, thaiBinh, Period.years(2016, 2017))
                        .numerator())
                .isEqualTo(350);
        assertThat(indicators
                        .figure(Indicator.NEWS_ARTICLES, thaiBinh, Period.years(2015, 2017))
                        .numerator())
                .isEqualTo(350);
    }

    @Test
    void aRateShownOnlyWhereReportedStaysWithItsCommuneAndGivesItsDistrictProvinceAndNationNoValue() {
        fixture.reportedRate(
                Indicator.RESIDENT_PARTICIPATION,
                communeA.getId(),
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 8, 16),
                "100");
        Period year = Period.year(2018);

        assertThat(indicators
                        .figure(Indicator.RESIDENT_PARTICIPATION, communeA, year)
                        .value())
                .isEqualByComparingTo("100");
        for (AdminUnit above : List.of(district, thaiBinh, newHungYen, units.nation())) {
            assertThat(indicators
                            .figure(Indicator.RESIDENT_PARTICIPATION, above, year)
                            .hasData())
                    .as(above.getName())
                    .isFalse();
        }
        assertThat(indicators.reportedApart(thaiBinh, 2018))
                .filteredOn(f -> f.indicator() == Indicator.RESIDENT_PARTICIPATION)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.unit().getId()).isEqualTo(communeA.getId());
                    assertThat(f.indicator()).isEqualTo(Indicator.RESIDENT_PARTICIPATION);
                    assertThat(f.value()).isEqualByComparingTo("100");
                });
        assertThat(indicators.reportedApart(thaiBinh, 2017))
                .noneMatch(f -> f.indicator() == Indicator.RESIDENT_PARTICIPATION);
    }

    @Test
    void aTotalOverSeveralYearsIsReportedApartInEveryYearWithItsPeriodAndASingleYearsIsNot() {
        fixture.reported(
                Indicator.NEWS_ARTICLES, thaiBinh.getId(), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), 100);
        fixture.reported(
                Indicator.NEWS_ARTICLES, district.getId(), LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31), 350);

        for (int year : new int[] {2016, 2019, 2026}) {
            List<Figure> apart = indicators.reportedApart(thaiBinh, year);
            assertThat(apart).noneMatch(f -> f.period().equals(Period.year(2016)));
            assertThat(apart)
                    .filteredOn(f -> f.unit().getId().equals(district.getId()))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.indicator()).isEqualTo(Indicator.NEWS_ARTICLES);
                        assertThat(f.period()).isEqualTo(Period.years(2016, 2017));
                        assertThat(f.numerator()).isEqualTo(350);
                        assertThat(f.sources())
                                .extracting(s -> s.getReference())
                                .containsExactly("test-fixture");
                    });
        }
        assertThat(indicators.reportedApart(newHungYen, 2026))
                .extracting(Figure::numerator)
                .contains(350L);
        assertThat(indicators.reportedApart(oldHungYenCommune, 2016)).isEmpty();
    }

    @Test
    void aUnitWithoutFactsHasNoFigureRatherThanZero() {
        Figure figure = indicators.figure(Indicator.COVERAGE_SCHOOLS, communeA, Period.year(2018));

        assertThat(figure.hasData()).isFalse();
        assertThat(figure.value()).isNull();
        assertThat(figure.sources()).isEmpty();
    }

    @Test
    void theLevelsOfAYearFollowItsAdministrativeStructure() {
        assertThat(indicators.figures(
                        Indicator.FESTIVAL_SITES, Era.ofYear(2024), UnitLevel.PROVINCE, Period.year(2024)))
                .hasSize(63);
        assertThat(indicators.figures(
                        Indicator.FESTIVAL_SITES, Era.ofYear(2025), UnitLevel.PROVINCE, Period.year(2025)))
                .hasSize(34);
        assertThat(indicators.figuresWithin(Indicator.FESTIVAL_SITES, thaiBinh, UnitLevel.DISTRICT, Period.year(2024)))
                .hasSize(units.within(thaiBinh, UnitLevel.DISTRICT).size())
                .isNotEmpty();
        assertThat(indicators.figuresWithin(
                        Indicator.FESTIVAL_SITES, newHungYen, UnitLevel.DISTRICT, Period.year(2026)))
                .isEmpty();
    }

    private static long count(Figure figure) {
        return figure.numerator() == null ? 0 : figure.numerator();
    }
}
