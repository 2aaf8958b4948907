package vn.bca.antq.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.security.Principals;
import vn.bca.antq.security.Role;
import vn.bca.antq.source.Source;

/** The seed articles' figures for periods longer than a year, and those shown only where reported, reach the units' pages. */
@IntegrationTest
class ReportedApartTest {

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thaiBinhsFiveYearTotalsAreOnItsPageInEveryYearAndOnTheHungYenThatAbsorbedIt() {
        AdminUnit thaiBinh =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "34").orElseThrow();
        AdminUnit hungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();

        for (List<Figure> apart : List.of(
                indicators.reportedApart(thaiBinh, 2019),
                indicators.reportedApart(thaiBinh, 2024),
                indicators.reportedApart(hungYen, 2026))) {
            List<Figure> fiveYears = apart.stream()
                    .filter(f -> f.period().equals(Period.years(2018, 2022)))
                    .toList();
            assertThat(fiveYears).hasSize(9).allSatisfy(f -> {
                assertThat(f.unit().getId()).isEqualTo(thaiBinh.getId());
                assertThat(f.sources()).extracting(Source::getReference).containsExactly("000_8d4caed7f112e93c.txt");
            });
            assertThat(fiveYears)
                    .extracting(f -> f.indicator() + " " + f.numerator())
                    .contains(
                            "PROPAGANDA_BANNERS 6229",
                            "PROPAGANDA_SIGNBOARDS 496",
                            "LEGAL_CLASS_ATTENDANCES 673364",
                            "CONTEST_PARTICIPANTS 6230");
        }
    }

    @Test
    void theThieuHoaTownsSeventeenYearTotalsAreOnItsDistrictsAndProvincesPagesWithTheirPeriod() {
        AdminUnit town =
                units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow();
        AdminUnit district = units.parent(town).orElseThrow();
        AdminUnit thanhHoa =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "38").orElseThrow();
        Period seventeenYears = new Period(LocalDate.of(2005, 8, 16), LocalDate.of(2022, 8, 16));

        for (AdminUnit page : List.of(district, thanhHoa)) {
            assertThat(indicators.reportedApart(page, 2020))
                    .filteredOn(f -> f.period().equals(seventeenYears))
                    .extracting(f -> f.unit().getName() + ": " + f.indicator() + " " + f.numerator())
                    .containsExactlyInAnyOrder(
                            town.getName() + ": DOCUMENTS_ISSUED 112",
                            town.getName() + ": REINTEGRATED_OFFENDERS 124",
                            town.getName() + ": REINTEGRATION_LOANS_OR_JOBS 23");
        }
        assertThat(indicators.reportedApart(district, 2022))
                .filteredOn(f -> f.indicator() == Indicator.RESIDENT_PARTICIPATION)
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("100"));
        assertThat(indicators.reportedApart(district, 2021))
                .noneMatch(f -> f.indicator() == Indicator.RESIDENT_PARTICIPATION);
    }

    @Test
    void tuyenQuangsContactsSince2019AreLowerBoundsWithTheirPeriodAnd2022sModelCountsAsItReportedThem() {
        AdminUnit tuyenQuang =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "08").orElseThrow();

        List<Figure> apart = indicators.reportedApart(tuyenQuang, 2022);

        assertThat(apart)
                .filteredOn(f -> f.period().equals(new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 11, 18))))
                .extracting(f -> f.indicator() + " " + f.numerator() + " " + f.lowerBound())
                .containsExactlyInAnyOrder(
                        "CONTACTS_PRESTIGIOUS_PERSONS 1400 true", "CONTACTS_RELIGIOUS_DIGNITARIES 1899 true");
        assertThat(apart)
                .filteredOn(f -> f.indicator().aggregation() == Aggregation.NONE)
                .extracting(f -> f.indicator() + " " + f.numerator())
                .containsExactlyInAnyOrder(
                        "MODELS_REPORTED 299", "MODELS_REPORTED_AT_COMMUNES 129", "MODELS_REPORTED_AT_INSTITUTIONS 30");
        assertThat(indicators.reportedApart(tuyenQuang, 2023))
                .noneMatch(f -> f.indicator().aggregation() == Aggregation.NONE);
    }

    @Test
    void anOfficerSeesWhatOtherProvincesReportedButNotTheirCommunesFigures() {
        SecurityContextHolder.getContext()
                .setAuthentication(new Principals(Role.PROVINCE_OFFICER, "33").authentication());

        List<Figure> apart = indicators.reportedApart(units.nation(), 2022);

        assertThat(apart)
                .extracting(f -> f.unit().getShortName())
                .contains("Thái Bình", "Tuyên Quang")
                .doesNotContain("Thiệu Hóa");
        assertThat(apart).allSatisfy(f -> assertThat(f.unit().getLevel()).isEqualTo(UnitLevel.PROVINCE));
    }
}
