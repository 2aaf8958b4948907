package vn.bca.antq.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceKind;
import vn.bca.antq.source.SourceRepository;

/** Every quantitative fact of the seed articles reads back exactly through the indicator service, with its article as source. */
@IntegrationTest
class SeedFactsTest {

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SourceRepository sources;

    @ParameterizedTest(name = "Nam Định 2020 {0}: {1} of {2} = {3}%")
    @CsvSource({
        "COVERAGE_RESIDENTIAL_AREAS, 3321, 3505, 94.75",
        "COVERAGE_COMMUNES, 223, 229, 97.37",
        "COVERAGE_AGENCIES, 595, 612, 97.25",
        "COVERAGE_ENTERPRISES, 5027, 5449, 92.25",
        "COVERAGE_SCHOOLS, 772, 781, 98.90"
    })
    void namDinhCoverageOf2020IsThePublishedRate(Indicator indicator, long recognised, long total, String rate) {
        Figure figure = indicators.figure(indicator, oldProvince("36"), Period.year(2020));

        assertThat(figure.value()).isEqualByComparingTo(rate);
        assertThat(figure.numerator()).isEqualTo(recognised);
        assertThat(figure.denominator()).isEqualTo(total);
        assertThat(figure.reportedForUnit()).isTrue();
        assertSeed(figure, "001_85cbc7de6a9ed045.txt");
    }

    @ParameterizedTest(name = "Nam Định 2020 {0} = {1}")
    @CsvSource({
        "MODELS, 37", "MODELS_BY_PROVINCIAL_PARTY_COMMITTEE, 2", "MODELS_BY_PROVINCIAL_PEOPLES_COMMITTEE, 3",
        "MODELS_BY_PROVINCIAL_POLICE, 14", "MODELS_BY_LOCAL_BODIES, 18", "CULTURAL_FAMILIES, 507361",
        "VILLAGE_COVENANTS, 3432", "FIVE_NO_RESIDENTIAL_AREAS, 1568", "POLICE_DOCUMENTS_ISSUED, 6"
    })
    void namDinhCountsOf2020(Indicator indicator, long expected) {
        Figure figure = indicators.figure(indicator, oldProvince("36"), Period.year(2020));

        assertThat(figure.numerator()).isEqualTo(expected);
        assertSeed(figure, "001_85cbc7de6a9ed045.txt");
    }

    @Test
    void namDinhsSixLettersOf2020AreThePolicesAndItsPartyCommitteeAndPeoplesCommitteeIssuedDozensOfDocuments() {
        Figure police = indicators.figure(Indicator.POLICE_DOCUMENTS_ISSUED, oldProvince("36"), Period.year(2020));
        Figure province = indicators.figure(Indicator.DOCUMENTS_ISSUED, oldProvince("36"), Period.year(2020));

        assertThat(Indicator.POLICE_DOCUMENTS_ISSUED.name(Language.VI)).contains("Công an tỉnh");
        assertThat(police.numerator()).isEqualTo(6);
        assertThat(province.numerator())
                .as("“hàng chục văn bản chỉ đạo”: at least 20")
                .isEqualTo(20);
        assertThat(province.lowerBound()).isTrue();
        assertSeed(province, "001_85cbc7de6a9ed045.txt");
    }

    @Test
    void thaiBinhs496AreSignboardsAndItsPanelsCountWithTheBanners() {
        String code = jdbc.queryForObject("""
                SELECT v.indicator_code FROM indicator_value v JOIN data_source s ON s.id = v.source_id
                WHERE s.reference = '000_8d4caed7f112e93c.txt' AND v.numerator = 496""", String.class);

        assertThat(Indicator.valueOf(code).name(Language.VI))
                .isEqualTo("Biển báo tuyên truyền")
                .doesNotContainIgnoringCase("pa nô");
        assertThat(Indicator.PROPAGANDA_BANNERS.name(Language.VI)).contains("pa nô");
    }

    @Test
    void namDinhCulturalResidentialAreasAreARatio() {
        Figure figure = indicators.figure(Indicator.CULTURAL_RESIDENTIAL_AREAS, oldProvince("36"), Period.year(2020));

        assertThat(figure.numerator()).isEqualTo(2863);
        assertThat(figure.denominator()).isEqualTo(3462);
        assertThat(figure.value()).isEqualByComparingTo("82.70");
    }

    @Test
    void theNationHeld5813FestivalSitesIn2022With28AttendedByCentralLeaders() {
        Figure sites = indicators.national(Indicator.FESTIVAL_SITES, Period.year(2022));
        Figure leaders = indicators.national(Indicator.FESTIVAL_SITES_CENTRAL_LEADERS, Period.year(2022));

        assertThat(sites.numerator()).isEqualTo(5813);
        assertThat(leaders.numerator()).isEqualTo(28);
        assertSeed(sites, "002_9e525a15b9b8ba69.txt");
        assertSeed(leaders, "002_9e525a15b9b8ba69.txt");
    }

    @ParameterizedTest(name = "Hưng Yên 2022 {0} = {1}")
    @CsvSource({"SELF_MANAGED_TEAMS, 887", "MODEL_ROADS, 11", "BOUNDARY_CLUSTERS, 72"})
    void hungYenCountsTo2022(Indicator indicator, long expected) {
        Figure figure = indicators.figure(indicator, oldProvince("33"), Period.year(2022));

        assertThat(figure.numerator()).isEqualTo(expected);
        assertSeed(figure, "002_9e525a15b9b8ba69.txt");
    }

    @Test
    void tuyenQuangHad299ModelsIn2022AndAtLeastSoManyContactsSince2019() {
        AdminUnit tuyenQuang = oldProvince("08");
        Period since2019 = new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 11, 18));

        assertThat(indicators
                        .figure(Indicator.MODELS_REPORTED, tuyenQuang, Period.year(2022))
                        .numerator())
                .isEqualTo(299);
        assertThat(indicators
                        .figure(Indicator.MODELS_REPORTED_AT_COMMUNES, tuyenQuang, Period.year(2022))
                        .numerator())
                .isEqualTo(129);
        assertThat(indicators
                        .figure(Indicator.MODELS_REPORTED_AT_INSTITUTIONS, tuyenQuang, Period.year(2022))
                        .numerator())
                .isEqualTo(30);
        Figure prestigious = indicators.figure(Indicator.CONTACTS_PRESTIGIOUS_PERSONS, tuyenQuang, since2019);
        assertThat(prestigious.numerator()).isEqualTo(1400);
        assertThat(prestigious.lowerBound()).isTrue();
        Figure religious = indicators.figure(Indicator.CONTACTS_RELIGIOUS_DIGNITARIES, tuyenQuang, since2019);
        assertThat(religious.numerator()).isEqualTo(1899);
        assertThat(religious.lowerBound()).isTrue();
        assertSeed(religious, "003_cc649937aaefbf73.txt");
    }

    @ParameterizedTest(name = "Thái Bình five years to 2022: {0} = {1}")
    @CsvSource({
        "PROPAGANDA_BANNERS, 6229", "PROPAGANDA_SIGNBOARDS, 496", "PHOTO_EXHIBITIONS, 310", "LEGAL_CLASSES, 305",
        "LEGAL_CLASS_ATTENDANCES, 673364", "BROADCAST_REPORTS, 265", "NEWS_ARTICLES, 1512", "CONTESTS, 42",
        "CONTEST_PARTICIPANTS, 6230"
    })
    void thaiBinhFiveYearTotals(Indicator indicator, long expected) {
        Figure figure = indicators.figure(indicator, oldProvince("34"), Period.years(2018, 2022));

        assertThat(figure.numerator()).isEqualTo(expected);
        assertSeed(figure, "000_8d4caed7f112e93c.txt");
    }

    @Test
    void thaiBinhHad1340ModelsAndMoreThan500Exemplars() {
        AdminUnit thaiBinh = oldProvince("34");

        assertThat(indicators
                        .figure(Indicator.MODELS_REPORTED, thaiBinh, Period.year(2022))
                        .numerator())
                .isEqualTo(1340);
        Figure exemplars = indicators.figure(Indicator.EXEMPLARS, thaiBinh, Period.year(2022));
        assertThat(exemplars.numerator()).isEqualTo(500);
        assertThat(exemplars.lowerBound()).isTrue();
        AdminUnit newHungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        assertThat(indicators
                        .figure(Indicator.EXEMPLARS, newHungYen, Period.year(2022))
                        .lowerBound())
                .as("a sum that includes a lower bound is a lower bound")
                .isTrue();
    }

    @Test
    void modelCountsThatIncludeReplicationsAreTheirOwnIndicatorAndAreNeverSummedIntoANationalFigure() {
        assertThat(Indicator.MODELS_REPORTED.aggregation()).isEqualTo(Aggregation.NONE);
        assertThat(indicators
                        .national(Indicator.MODELS_REPORTED, Period.year(2022))
                        .hasData())
                .isFalse();
        assertThat(indicators
                        .figure(Indicator.MODELS, oldProvince("34"), Period.year(2022))
                        .sources())
                .extracting(Source::getKind)
                .containsOnly(SourceKind.SYNTHETIC);
    }

    @Test
    void theThieuHoaTownsHundredPercentParticipationIsNotItsDistrictsProvincesOrTheNations() {
        AdminUnit town =
                units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow();
        Period year = Period.year(2022);

        assertThat(indicators
                        .figure(Indicator.RESIDENT_PARTICIPATION, town, year)
                        .value())
                .isEqualByComparingTo("100");
        assertThat(indicators
                        .figure(
                                Indicator.RESIDENT_PARTICIPATION,
                                units.parent(town).orElseThrow(),
                                year)
                        .hasData())
                .isFalse();
        assertThat(indicators
                        .figure(Indicator.RESIDENT_PARTICIPATION, oldProvince("38"), year)
                        .hasData())
                .isFalse();
        assertThat(indicators.national(Indicator.RESIDENT_PARTICIPATION, year).hasData())
                .isFalse();
        assertThat(indicators.figures(Indicator.RESIDENT_PARTICIPATION, Era.PROVINCES_63, UnitLevel.PROVINCE, year))
                .noneMatch(Figure::hasData);
    }

    @ParameterizedTest(name = "{0} is cited as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "000_8d4caed7f112e93c.txt | Công an tỉnh Thái Bình, 2022",
                "001_85cbc7de6a9ed045.txt | Báo Nam Định, 12/2020",
                "002_9e525a15b9b8ba69.txt | Cổng thông tin điện tử tỉnh Hưng Yên, 11/2022",
                "003_cc649937aaefbf73.txt | Báo Tuyên Quang, 18/11/2022",
                "004_f4af83c386fcf0ca.txt | Cổng thông tin điện tử huyện Thiệu Hóa, 08/2022"
            })
    void everySeedArticleIsCitedByItsOutletAndDateNotByItsFile(String file, String citation) {
        Source article =
                sources.findByKindAndReference(SourceKind.SEED_ARTICLE, file).orElseThrow();

        assertThat(FigureFormat.citation(article)).isEqualTo(citation).doesNotContain(".txt");
        assertThat(article.getAuthor()).isNotBlank();
    }

    @Test
    void thieuHoaTownFestivalOf2022() {
        AdminUnit thieuHoa =
                units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow();
        Period seventeenYears = new Period(LocalDate.of(2005, 8, 16), LocalDate.of(2022, 8, 16));

        assertThat(jdbc.queryForObject(
                        "SELECT gift_recipients FROM festival_event WHERE unit_id = ? AND held_on = '2022-08-16'",
                        Integer.class,
                        thieuHoa.getId()))
                .isEqualTo(15);
        assertThat(indicators
                        .figure(Indicator.DOCUMENTS_ISSUED, thieuHoa, seventeenYears)
                        .numerator())
                .isEqualTo(112);
        assertThat(indicators
                        .figure(Indicator.REINTEGRATED_OFFENDERS, thieuHoa, seventeenYears)
                        .numerator())
                .isEqualTo(124);
        assertThat(indicators
                        .figure(Indicator.REINTEGRATION_LOANS_OR_JOBS, thieuHoa, seventeenYears)
                        .numerator())
                .isEqualTo(23);
        assertThat(indicators
                        .figure(Indicator.RESIDENT_PARTICIPATION, thieuHoa, Period.year(2022))
                        .value())
                .isEqualByComparingTo("100");
        assertThat(indicators
                        .figure(Indicator.NEIGHBOURHOOD_PROTECTION_TEAMS, thieuHoa, Period.year(2022))
                        .numerator())
                .isEqualTo(14);
        assertThat(indicators
                        .figure(Indicator.NEIGHBOURHOOD_PROTECTION_MEMBERS, thieuHoa, Period.year(2022))
                        .numerator())
                .isEqualTo(23);
        assertThat(indicators
                        .figure(Indicator.SOCIAL_SECURITY_TEAMS, thieuHoa, Period.year(2022))
                        .numerator())
                .isEqualTo(74);
    }

    @Test
    void awardsOfTheSeedsAreStoredByFormIssuerAndRecipient() {
        assertThat(seedAwards("001_85cbc7de6a9ed045.txt", "COLLECTIVE")).isEqualTo(19);
        assertThat(seedAwards("001_85cbc7de6a9ed045.txt", "INDIVIDUAL")).isEqualTo(12);
        assertThat(seedAwards("002_9e525a15b9b8ba69.txt", "COLLECTIVE")).isEqualTo(27);
        assertThat(seedAwards("002_9e525a15b9b8ba69.txt", "INDIVIDUAL")).isEqualTo(22);
        assertThat(seedAwards("004_f4af83c386fcf0ca.txt", "COLLECTIVE")).isEqualTo(2);
        assertThat(seedAwards("004_f4af83c386fcf0ca.txt", "INDIVIDUAL")).isEqualTo(5);
    }

    private long seedAwards(String article, String recipientKind) {
        return jdbc.queryForObject("""
                SELECT SUM(a.quantity) FROM award a JOIN data_source s ON s.id = a.source_id
                WHERE s.reference = ? AND a.recipient_kind = ?""", Long.class, article, recipientKind);
    }

    private AdminUnit oldProvince(String code) {
        return units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, code).orElseThrow();
    }

    private static void assertSeed(Figure figure, String article) {
        assertThat(figure.sources()).extracting(Source::getKind).containsOnly(SourceKind.SEED_ARTICLE);
        assertThat(figure.sources()).extracting(Source::getReference).containsExactly(article);
    }
}
