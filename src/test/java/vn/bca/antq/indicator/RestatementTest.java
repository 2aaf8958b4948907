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
import vn.bca.antq.admin.PredecessorShare;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.admin.UnitSuccession;

/**
 * How a new commune carries the figures of the old units it was formed from (docs/GEOGRAPHY.md), on hand-made facts
 * of 2018 (a year without other data) and on the real commune crosswalk. Units by official code:
 * Phường Hồng Châu (new 11980) took three old communes whole; old Xã Việt Hùng (13219) was split between the new
 * Xã Đại Đồng (11995) and Xã Vạn Xuân (13219), which also took three old communes whole.
 */
@IntegrationTest
@Transactional
class RestatementTest {

    static final Period YEAR = Period.year(2018);

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    FactFixture fixture;

    @BeforeEach
    void createFixture() {
        fixture = new FactFixture(jdbc);
    }

    @Test
    void aNewCommuneCarriesExactlyTheFiguresOfTheOldCommunesThatWentWholeIntoIt() {
        fixture.assessment(oldCommune("11968").getId(), 2018, "RESIDENTIAL_AREA", 10, 9);
        fixture.assessment(oldCommune("11980").getId(), 2018, "RESIDENTIAL_AREA", 20, 18);
        fixture.assessment(oldCommune("12388").getId(), 2018, "RESIDENTIAL_AREA", 5, 5);
        fixture.festival(oldCommune("12388").getId(), LocalDate.of(2018, 8, 19));

        Figure coverage = indicators.figure(Indicator.COVERAGE_RESIDENTIAL_AREAS, newCommune("11980"), YEAR);
        Figure festival = indicators.figure(Indicator.FESTIVAL_SITES, newCommune("11980"), YEAR);

        assertThat(units.sharesOf(newCommune("11980"))).hasSize(3).allMatch(PredecessorShare::exact);
        assertThat(coverage.numerator()).isEqualTo(32);
        assertThat(coverage.denominator()).isEqualTo(35);
        assertThat(coverage.restated()).isTrue();
        assertThat(coverage.estimate()).isFalse();
        assertThat(festival.numerator()).isEqualTo(1);
        assertThat(festival.estimate()).isFalse();
    }

    @Test
    void anOldCommuneSplitAmongNewCommunesIsSharedInEqualWholeUnitsThatAddUpToIt() {
        fixture.reported(
                Indicator.PROPAGANDA_BANNERS,
                oldCommune("13219").getId(),
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31),
                7);

        Figure first = indicators.figure(Indicator.PROPAGANDA_BANNERS, newCommune("11995"), YEAR);
        Figure second = indicators.figure(Indicator.PROPAGANDA_BANNERS, newCommune("13219"), YEAR);

        assertThat(first.numerator())
                .as("7 / 2 = 3, and the one left goes to the lower code")
                .isEqualTo(4);
        assertThat(second.numerator()).isEqualTo(3);
        assertThat(first.numerator() + second.numerator())
                .isEqualTo(indicators
                        .figure(Indicator.PROPAGANDA_BANNERS, oldCommune("13219"), YEAR)
                        .numerator());
        assertThat(first.estimate()).isTrue();
        assertThat(second.estimate()).isTrue();
    }

    @Test
    void aRateOnANewCommuneIsTheRatioOfTheRestatedSumsAndAnEstimateWhenItHoldsAShare() {
        fixture.assessment(oldCommune("13195").getId(), 2018, "SCHOOL", 10, 10);
        fixture.assessment(oldCommune("13219").getId(), 2018, "SCHOOL", 7, 3);

        Figure figure = indicators.figure(Indicator.COVERAGE_SCHOOLS, newCommune("13219"), YEAR);

        // Vạn Xuân is second of Việt Hùng's two successors: 7 → 3 schools, 3 → 1 recognised.
        assertThat(figure.numerator()).isEqualTo(11);
        assertThat(figure.denominator()).isEqualTo(13);
        assertThat(figure.value()).isEqualByComparingTo("84.62"); // not the average of 100% and 42,86%
        assertThat(figure.estimate()).isTrue();
    }

    @Test
    void aCommuneRecognisedSafeBecomesForANewCommuneTheShareOfItsPredecessorsRecognised() {
        fixture.assessment(oldCommune("13195").getId(), 2018, "COMMUNE", 1, 1);
        fixture.assessment(oldCommune("13198").getId(), 2018, "COMMUNE", 1, 0);
        fixture.assessment(oldCommune("13201").getId(), 2018, "COMMUNE", 1, 1);
        fixture.assessment(oldCommune("13219").getId(), 2018, "COMMUNE", 1, 1);
        fixture.assessment(oldCommune("11968").getId(), 2018, "COMMUNE", 1, 1);
        fixture.assessment(oldCommune("11980").getId(), 2018, "COMMUNE", 1, 0);
        fixture.assessment(oldCommune("12388").getId(), 2018, "COMMUNE", 1, 1);

        Figure split = indicators.figure(Indicator.COVERAGE_COMMUNES, newCommune("13219"), YEAR);
        Figure whole = indicators.figure(Indicator.COVERAGE_COMMUNES, newCommune("11980"), YEAR);
        Figure otherHalf = indicators.figure(Indicator.COVERAGE_COMMUNES, newCommune("11995"), YEAR);

        assertThat(split.numerator()).as("3 of its 4 predecessors").isEqualTo(3);
        assertThat(split.denominator()).isEqualTo(4);
        assertThat(split.value()).isEqualByComparingTo("75.00");
        assertThat(split.estimate())
                .as("Việt Hùng was split: its part is assumed recognised like the whole")
                .isTrue();
        assertThat(whole.value()).isEqualByComparingTo("66.67");
        assertThat(whole.estimate()).isFalse();
        assertThat(otherHalf.numerator())
                .as("Việt Hùng counts whole in Đại Đồng too")
                .isEqualTo(1);
    }

    @Test
    void factsOfAnOldDistrictOrProvinceCannotBePlacedInANewCommuneAndStayWithTheProvince() {
        AdminUnit thaiBinh =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "34").orElseThrow();
        AdminUnit district = units.within(thaiBinh, UnitLevel.DISTRICT).getFirst();
        AdminUnit newHungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        fixture.reported(
                Indicator.PROPAGANDA_BANNERS,
                district.getId(),
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31),
                100);
        fixture.reported(
                Indicator.PROPAGANDA_BANNERS,
                thaiBinh.getId(),
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 6, 30),
                40);

        List<Figure> communes =
                indicators.figuresWithin(Indicator.PROPAGANDA_BANNERS, newHungYen, UnitLevel.COMMUNE, YEAR);

        assertThat(communes).isNotEmpty().noneMatch(Figure::hasData);
        assertThat(indicators
                        .figure(Indicator.PROPAGANDA_BANNERS, newHungYen, YEAR)
                        .numerator())
                .isEqualTo(140);
    }

    @Test
    void aCrosswalkRowThatWouldMoveACommuneIntoAnotherProvinceIsNotUsed() {
        AdminUnit anGiangCommune =
                oldCommune("30622"); // Xã Tân Phú, Châu Thành, An Giang; the crosswalk sends it to Đồng Tháp
        AdminUnit dongThapCommune = newCommune("30259");
        fixture.festival(anGiangCommune.getId(), LocalDate.of(2018, 8, 19));

        assertThat(units.successionsAcrossProvinces()).singleElement().satisfies(s -> {
            assertThat(s.getPredecessorId()).isEqualTo(anGiangCommune.getId());
            assertThat(s.getSuccessorId()).isEqualTo(dongThapCommune.getId());
        });
        assertThat(units.sharesOf(dongThapCommune))
                .noneMatch(s -> s.predecessor().equals(anGiangCommune));
        assertThat(indicators
                        .figure(Indicator.FESTIVAL_SITES, dongThapCommune, YEAR)
                        .hasData())
                .isFalse();
        assertThat(indicators
                        .figure(
                                Indicator.FESTIVAL_SITES,
                                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "91")
                                        .orElseThrow(),
                                YEAR)
                        .numerator())
                .as("it stays with An Giang, as its old province does")
                .isEqualTo(1);
    }

    @Test
    void aNewCommunesFigureOf2025AddsItsPredecessorsFirstHalfToItsOwnSecondHalf() {
        AdminUnit commune = newCommune("11980");
        Period year = Period.year(2025);
        long before = count(indicators.figure(Indicator.FESTIVAL_SITES, commune, year));

        fixture.festival(oldCommune("11968").getId(), LocalDate.of(2025, 5, 10));
        fixture.festival(commune.getId(), LocalDate.of(2025, 8, 19));

        assertThat(count(indicators.figure(Indicator.FESTIVAL_SITES, commune, year)))
                .isEqualTo(before + 2);
        assertThat(count(indicators.figure(
                        Indicator.FESTIVAL_SITES,
                        commune,
                        new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)))))
                .isEqualTo(before + 1);
    }

    @Test
    void aTotalReportedForTheNewCommuneReplacesItsOwnHalfOf2025AndNotWhatItsPredecessorsCarry() {
        AdminUnit commune = newCommune("11980");
        long firstHalf = count(indicators.figure(
                Indicator.FESTIVAL_SITES, commune, new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))));

        fixture.festival(oldCommune("11968").getId(), LocalDate.of(2025, 5, 10));
        fixture.festival(commune.getId(), LocalDate.of(2025, 8, 19));
        fixture.reported(
                Indicator.FESTIVAL_SITES, commune.getId(), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 5);

        assertThat(count(indicators.figure(Indicator.FESTIVAL_SITES, commune, Period.year(2025))))
                .isEqualTo(firstHalf + 1 + 5);
    }

    @Test
    void anOldUnitsFiguresAreNeverRestated() {
        fixture.festival(oldCommune("11968").getId(), LocalDate.of(2018, 8, 19));

        Figure old = indicators.figure(Indicator.FESTIVAL_SITES, oldCommune("11968"), YEAR);

        assertThat(old.numerator()).isEqualTo(1);
        assertThat(old.restated()).isFalse();
        assertThat(old.estimate()).isFalse();
        assertThat(units.sharesOf(oldCommune("11968"))).isEmpty();
    }

    @Test
    void everyNewCommuneHasItsShareOfEveryOldCommuneTheCrosswalkSendsIntoItsProvince() {
        long successions = units.everyUnit().stream()
                .filter(u -> u.getEra() == Era.PROVINCES_34 && u.getLevel() == UnitLevel.COMMUNE)
                .mapToLong(u -> units.sharesOf(u).size())
                .sum();
        long splitShares = units.everyUnit().stream()
                .flatMap(u -> units.sharesOf(u).stream())
                .filter(s -> !s.exact())
                .count();

        assertThat(successions)
                .isEqualTo(units.everyUnit().stream()
                                .filter(u -> u.getLevel() != UnitLevel.PROVINCE)
                                .mapToLong(u -> units.successorsOf(u).size())
                                .sum()
                        - units.successionsAcrossProvinces().size());
        assertThat(splitShares)
                .isEqualTo(units.everyUnit().stream()
                        .flatMap(u -> units.successorsOf(u).stream())
                        .filter(s -> s.getKind() == UnitSuccession.Kind.PARTIAL)
                        .count());
    }

    private AdminUnit oldCommune(String code) {
        return units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, code).orElseThrow();
    }

    private AdminUnit newCommune(String code) {
        return units.find(Era.PROVINCES_34, UnitLevel.COMMUNE, code).orElseThrow();
    }

    private static long count(Figure figure) {
        return figure.numerator() == null ? 0 : figure.numerator();
    }
}
