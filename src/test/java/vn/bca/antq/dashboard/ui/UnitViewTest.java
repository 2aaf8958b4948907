package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.VietnameseText;
import vn.bca.antq.base.ui.FigureCard;
import vn.bca.antq.festival.FestivalService;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.movementmodel.ModelService;

class UnitViewTest extends KaribuTest {

    @Autowired
    private AdministrativeUnits units;

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private ModelService models;

    @Autowired
    private FestivalService festivals;

    @Test
    void theDistrictPageOfANamDinhDistrictIn2020ListsItsCommunes() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();
        List<AdminUnit> communes = units.within(district, UnitLevel.COMMUNE);

        open("province/36/district/" + district.getCode(), 2020);

        assertThat(_get(H2.class).getText()).isEqualTo(district.getName());
        assertThat(names(communeGrid()))
                .containsExactlyInAnyOrderElementsOf(
                        communes.stream().map(AdminUnit::getShortName).toList());
        assertThat(_find(FigureCard.class)).hasSize(9);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(district.getName() + " – ANTQ");
    }

    @Test
    void theCommuneFilterXaKeepsTheCommunesAndDropsTheTown() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();
        List<AdminUnit> communes = units.within(district, UnitLevel.COMMUNE);
        open("province/36/district/" + district.getCode(), 2020);

        _setValue(_get(TextField.class, spec -> spec.withId("commune-filter")), "xa");

        List<String> expected = communes.stream()
                .filter(c -> c.getUnitType().equals("Xã"))
                .map(AdminUnit::getShortName)
                .toList();
        assertThat(names(communeGrid()))
                .containsExactlyInAnyOrderElementsOf(expected)
                .hasSizeLessThan(communes.size());
    }

    @Test
    void theCommuneFilterFindsANameTypedWithoutDiacritics() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();
        AdminUnit commune = units.within(district, UnitLevel.COMMUNE).stream()
                .filter(c -> !VietnameseText.fold(c.getShortName())
                        .equals(c.getShortName().toLowerCase()))
                .findFirst()
                .orElseThrow();
        open("province/36/district/" + district.getCode(), 2020);

        _setValue(
                _get(TextField.class, spec -> spec.withId("commune-filter")),
                VietnameseText.fold(commune.getShortName()).toUpperCase());

        assertThat(names(communeGrid()))
                .contains(commune.getShortName())
                .allSatisfy(name -> assertThat(VietnameseText.matches(name, commune.getShortName()))
                        .isTrue());
    }

    @Test
    void theCommuneGridSortsByRateBothWays() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();
        open("province/36/district/" + district.getCode(), 2020, Indicator.COVERAGE_RESIDENTIAL_AREAS);
        Grid<UnitCommuneGrid.Row> grid = communeGrid();

        _sortByKey(grid, "rate", SortDirection.ASCENDING);
        List<BigDecimal> ascending =
                _findAll(grid).stream().map(UnitCommuneGrid.Row::rate).toList();
        _sortByKey(grid, "rate", SortDirection.DESCENDING);
        List<BigDecimal> descending =
                _findAll(grid).stream().map(UnitCommuneGrid.Row::rate).toList();

        assertThat(ascending).doesNotContainNull().isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ascending.getFirst()).isLessThan(ascending.getLast());
        assertThat(_getFormattedRow(grid, 0).get(2)).isEqualTo(Format.percent(descending.getFirst()));
        assertThat(_getFormattedRow(grid, 0).get(3)).matches("[\\d.]+/[\\d.]+");
    }

    @Test
    void theModelsAndFestivalGridsListWhatTheServicesHoldForTheDistrict() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();
        List<ModelService.ModelInUnit> expectedModels = models.modelsWithSitesIn(district, LocalDate.of(2022, 12, 31));
        List<FestivalService.Site> expectedSites = festivals.sitesIn(district, 2022);
        assertThat(expectedModels).isNotEmpty();
        assertThat(expectedSites).isNotEmpty();

        open("province/36/district/" + district.getCode(), 2022);

        Grid<?> modelGrid = _get(Grid.class, spec -> spec.withId("model-grid"));
        assertThat(_size(modelGrid)).isEqualTo(expectedModels.size());
        ModelService.ModelInUnit first = expectedModels.getFirst();
        assertThat(_getFormattedRow(modelGrid, 0))
                .containsExactly(
                        first.name(),
                        first.typeVi(),
                        UI.getCurrent()
                                .getTranslation("unit.initiating-body."
                                        + first.initiatingBody().name()),
                        Format.number(first.sites()),
                        Format.number(first.teams()),
                        "Dữ liệu mô phỏng");
        Grid<?> festivalGrid = _get(Grid.class, spec -> spec.withId("festival-grid"));
        assertThat(_size(festivalGrid)).isEqualTo(expectedSites.size());
        assertThat(_getFormattedRow(festivalGrid, 0).get(2)).matches("\\d\\d/\\d\\d/2022");
    }

    @Test
    void aDistrictsModelsCardCountsTheModelsItsListShowsAlsoWhereTheProvinceLaunchedThemAll() {
        AdminUnit city = units.find(Era.PROVINCES_63, UnitLevel.DISTRICT, "356").orElseThrow(); // Thành phố Nam Định
        assertThat(indicators.figure(Indicator.MODELS, city, Period.year(2020)).hasData())
                .as("no model was launched by the city itself")
                .isFalse();

        open("province/36/district/356", 2020);

        FigureCard card = _get(FigureCard.class, spec -> spec.withId("figure-models"));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("model-grid"));
        assertThat(_size(grid)).isPositive();
        assertThat(card.getValueText()).isEqualTo(Format.number(_size(grid)));
        assertThat(card.getElement().getTextRecursively())
                .contains("Mô hình có điểm hoạt động trên địa bàn", "Dữ liệu mô phỏng")
                .doesNotContain("Chưa có số liệu");
    }

    @Test
    void theCommuneGridAndTheModelListNameTheSourceOfEveryRow() {
        open("province/36/district/356", 2020);

        Grid<UnitCommuneGrid.Row> communes = communeGrid();
        Grid<?> models = _get(Grid.class, spec -> spec.withId("model-grid"));
        assertThat(communes.getColumnByKey("source").getHeaderText()).isEqualTo("Nguồn");
        assertThat(java.util.stream.IntStream.range(0, _size(communes))
                        .mapToObj(i -> _getFormattedRow(communes, i).getLast()))
                .containsOnly("Dữ liệu mô phỏng");
        assertThat(java.util.stream.IntStream.range(0, _size(models))
                        .mapToObj(i -> _getFormattedRow(models, i).getLast()))
                .containsOnly("Dữ liệu mô phỏng");
    }

    @Test
    void theThieuHoaDistrictPageShowsTheTownsSeventeenYearTotalsAndIn2022ItsParticipationRate() {
        AdminUnit town =
                units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow();
        AdminUnit district = units.ancestorAt(town, UnitLevel.DISTRICT).orElseThrow();

        open("province/38/district/" + district.getCode(), 2022);

        Grid<Figure> apart = _get(ReportedApart.class).grid();
        List<List<String>> rows = java.util.stream.IntStream.range(0, _size(apart))
                .mapToObj(i -> _getFormattedRow(apart, i))
                .toList();
        assertThat(rows)
                .contains(
                        List.of(
                                "Thị trấn Thiệu Hóa (Tỉnh Thanh Hóa)",
                                "Văn bản chỉ đạo của cấp ủy, chính quyền",
                                "16/08/2005 – 16/08/2022",
                                "112",
                                "Cổng thông tin điện tử huyện Thiệu Hóa, 08/2022"),
                        List.of(
                                "Thị trấn Thiệu Hóa (Tỉnh Thanh Hóa)",
                                "Người lầm lỗi được giúp đỡ tiến bộ",
                                "16/08/2005 – 16/08/2022",
                                "124",
                                "Cổng thông tin điện tử huyện Thiệu Hóa, 08/2022"),
                        List.of(
                                "Thị trấn Thiệu Hóa (Tỉnh Thanh Hóa)",
                                "Tỷ lệ Nhân dân tham gia phong trào",
                                "01/01/2022 – 16/08/2022",
                                "100%",
                                "Cổng thông tin điện tử huyện Thiệu Hóa, 08/2022"));
    }

    @Test
    void theSeedFestivalSiteOfThieuHoaTownIsOnItsDistrictPageIn2022WithItsSource() {
        AdminUnit town =
                units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow();
        AdminUnit district = units.ancestorAt(town, UnitLevel.DISTRICT).orElseThrow();

        open("province/38/district/" + district.getCode(), 2022);

        Grid<?> festivalGrid = _get(Grid.class, spec -> spec.withId("festival-grid"));
        List<List<String>> rows = java.util.stream.IntStream.range(0, _size(festivalGrid))
                .mapToObj(i -> _getFormattedRow(festivalGrid, i))
                .toList();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("Thị trấn Thiệu Hóa");
            assertThat(row.get(1)).isEqualTo("Thị trấn Thiệu Hóa");
            assertThat(row.get(2)).isEqualTo("16/08/2022");
            assertThat(row.get(5)).isEqualTo("Không");
            assertThat(row.get(6)).isEqualTo("Bài báo nguồn");
        });
    }

    @Test
    void anUnknownProvinceCodeSaysSoAndLinksToTheOverview() {
        open("province/99/district/365", 2020);

        assertThat(problemText()).isEqualTo("Không có tỉnh, thành phố nào mang mã “99”.");
        assertThat(links())
                .extracting(Anchor::getHref)
                .containsExactly("?year=2020&indicator=COVERAGE_COMMUNES&structure=reported");
        _assertNone(Grid.class);
    }

    @Test
    void anUnknownDistrictCodeSaysSoAndLinksToTheProvince() {
        open("province/36/district/999", 2020);

        assertThat(problemText())
                .isEqualTo("Không có quận, huyện nào mang mã “999” trong danh mục trước ngày 01/07/2025.");
        assertThat(links())
                .extracting(Anchor::getText, Anchor::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Xem Tỉnh Nam Định năm 2020",
                        "province/36?year=2020&indicator=COVERAGE_COMMUNES&structure=reported"));
    }

    @Test
    void anUnknownCommuneCodeSaysSoAndLinksToTheProvince() {
        open("province/33/commune/abc", 2026);

        assertThat(problemText()).contains("Không có xã, phường, đặc khu nào mang mã “abc”");
        assertThat(links())
                .extracting(Anchor::getHref)
                .containsExactly("province/33?year=2026&indicator=COVERAGE_COMMUNES");
    }

    @Test
    void aThaiBinhDistrictIn2026ExplainsTheMergerAndLinksToHungYen() {
        open("province/34/district/336", 2026);

        assertThat(_get(H2.class).getText()).isEqualTo("Thành phố Thái Bình");
        assertThat(problemText())
                .contains("Cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025")
                .contains("Tỉnh Thái Bình (cũ) đã sáp nhập vào Tỉnh Hưng Yên từ 01/07/2025.");
        assertThat(links())
                .extracting(Anchor::getText, Anchor::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Xem Tỉnh Hưng Yên năm 2026",
                        "province/33?year=2026&indicator=COVERAGE_COMMUNES&structure=reported"));
    }

    @Test
    void theMergerIsExplainedInEnglishWhenTheUiIsEnglish() {
        UI.getCurrent().getSession().setAttribute(Language.class, Language.EN);
        UI.getCurrent().setLocale(Language.EN.locale());

        open("province/34/district/336", 2026);

        assertThat(problemText())
                .contains("Districts were abolished on 01/07/2025")
                .contains("Tỉnh Thái Bình (former) merged into Tỉnh Hưng Yên on 01/07/2025.");
        assertThat(links()).extracting(Anchor::getText).containsExactly("Open Tỉnh Hưng Yên, 2026");
    }

    @Test
    void aThaiBinhProvinceCodeOnACommunePageLeadsToHungYen() {
        AdminUnit hungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        AdminUnit commune = units.within(hungYen, UnitLevel.COMMUNE).getFirst();

        open("province/34/commune/" + commune.getCode(), 2026);

        assertThat(problemText()).isEqualTo("Tỉnh Thái Bình (cũ) đã sáp nhập vào Tỉnh Hưng Yên từ 01/07/2025.");
        assertThat(links())
                .extracting(Anchor::getHref)
                .containsExactly(
                        "province/33/commune/" + commune.getCode() + "?year=2026&indicator=COVERAGE_COMMUNES",
                        "province/33?year=2026&indicator=COVERAGE_COMMUNES");
    }

    @Test
    void aDistrictUnderTheWrongProvinceLinksToItsRightAddress() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();

        open("province/34/district/" + district.getCode(), 2020);

        assertThat(problemText()).isEqualTo(district.getName() + " không thuộc Tỉnh Thái Bình mà thuộc Tỉnh Nam Định.");
        Anchor right = links().getFirst();
        BreadcrumbsTest.navigateTo(right.getHref());
        assertThat(_get(H2.class).getText()).isEqualTo(district.getName());
    }

    @Test
    void anOldCommuneCodeOnACommunePageNamesWhatItBecame() {
        AdminUnit old = units.all(Era.PROVINCES_63, UnitLevel.COMMUNE).stream()
                .filter(c -> units.find(Era.PROVINCES_34, UnitLevel.COMMUNE, c.getCode())
                        .isEmpty())
                .filter(c -> units.successorsOf(c).size() == 1)
                .findFirst()
                .orElseThrow();
        AdminUnit successor =
                units.byId(units.successorsOf(old).getFirst().getSuccessorId()).orElseThrow();
        String province =
                units.ancestorAt(successor, UnitLevel.PROVINCE).orElseThrow().getCode();

        open("province/" + province + "/commune/" + old.getCode(), 2026);

        assertThat(problemText())
                .isEqualTo(old.getName() + " (cũ) đã được sắp xếp vào " + successor.getName() + " từ 01/07/2025.");
        assertThat(links().getFirst().getHref())
                .isEqualTo("province/" + province + "/commune/" + successor.getCode()
                        + "?year=2026&indicator=COVERAGE_COMMUNES");
    }

    @Test
    void aNewCommuneInAYearBeforeItExistedLinksToTheOldDistricts() {
        AdminUnit commune =
                units.find(Era.PROVINCES_34, UnitLevel.COMMUNE, "15772").orElseThrow();
        AdminUnit oldDistrict = units.ancestorAt(
                        units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow(), UnitLevel.DISTRICT)
                .orElseThrow();

        openAsReported("province/38/commune/15772", 2022);

        assertThat(problemText()).startsWith(commune.getName() + " được thành lập từ ngày 01/07/2025");
        assertThat(links())
                .extracting(Anchor::getHref)
                .contains("province/38/district/" + oldDistrict.getCode()
                        + "?year=2022&indicator=COVERAGE_COMMUNES&structure=reported");
    }

    @Test
    void aNewCommunePageShowsItsFiguresButNoCommuneGrid() {
        AdminUnit commune =
                units.find(Era.PROVINCES_34, UnitLevel.COMMUNE, "15772").orElseThrow();

        open("province/38/commune/15772", 2026);

        assertThat(_get(H2.class).getText()).isEqualTo(commune.getName());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .as("view inside the main layout")
                .hasSize(2);
        assertThat(_get(FigureCard.class, spec -> spec.withId(FigureCards.id(Indicator.COVERAGE_RESIDENTIAL_AREAS)))
                        .getValueText())
                .isEqualTo(Format.percent(Objects.requireNonNull(indicators
                        .figure(Indicator.COVERAGE_RESIDENTIAL_AREAS, commune, Period.year(2026))
                        .value())));
        _assertNone(Grid.class, spec -> spec.withId("commune-grid"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("era-note")).getText())
                .contains("từ ngày 01/07/2025");
    }

    @Test
    void aDistrictIn2025CoversTheFirstHalfOfTheYearOnly() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();

        open("province/36/district/" + district.getCode(), 2025);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("era-note")).getText())
                .contains("Số liệu năm 2025 tính từ 01/01/2025 đến 30/06/2025.");
    }

    @Test
    void aYearWithoutDataForTheUnitSaysSoAndLinksToTheProvince() {
        AdminUnit hoangSa =
                units.find(Era.PROVINCES_63, UnitLevel.DISTRICT, "498").orElseThrow();
        assertThat(indicators
                        .figure(Indicator.MODELS, hoangSa, Period.year(2020))
                        .hasData())
                .isFalse();

        open("province/48/district/498", 2020);

        assertThat(_get(Div.class, spec -> spec.withId("unit-no-data"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Chưa có số liệu năm 2020 của Huyện Hoàng Sa.");
        assertThat(links())
                .extracting(Anchor::getHref)
                .containsExactly("province/48?year=2020&indicator=COVERAGE_COMMUNES&structure=reported");
        _assertNone(FigureCard.class);
    }

    @Test
    void anInvalidYearFallsBackToTheDefaultWithANotice() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();

        UI.getCurrent()
                .navigate(
                        "province/36/district/" + district.getCode(),
                        QueryParameters.simple(java.util.Map.of("year", "20x", "structure", "reported")));

        expectNotifications("Năm “20x” không hợp lệ, đang hiển thị năm " + DashboardParameters.DEFAULT_YEAR + ".");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getSingleParameter("year"))
                .hasValue(String.valueOf(DashboardParameters.DEFAULT_YEAR));
    }

    @Test
    void choosingAnotherYearKeepsTheIndicatorInTheAddress() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();
        open("province/36/district/" + district.getCode(), 2020, Indicator.COVERAGE_SCHOOLS);

        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("year"));
        _setValue(year, 2022);

        QueryParameters address =
                UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
        assertThat(address.getSingleParameter("year")).hasValue("2022");
        assertThat(address.getSingleParameter("indicator")).hasValue("COVERAGE_SCHOOLS");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("era-note")).getText())
                .doesNotContain("2020");
    }

    @Test
    void choosingAnotherCoverageCategoryShowsItsRatesAndKeepsTheYear() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();
        open("province/36/district/" + district.getCode(), 2020);
        Period year2020 = Period.year(2020);

        @SuppressWarnings("unchecked")
        Select<Indicator> coverage = _get(Select.class, spec -> spec.withId("coverage-indicator"));
        _setValue(coverage, Indicator.COVERAGE_SCHOOLS);

        QueryParameters address =
                UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
        assertThat(address.getSingleParameter("indicator")).hasValue("COVERAGE_SCHOOLS");
        assertThat(address.getSingleParameter("year")).hasValue("2020");
        List<vn.bca.antq.indicator.Figure> schools =
                indicators.figuresWithin(Indicator.COVERAGE_SCHOOLS, district, UnitLevel.COMMUNE, year2020);
        assertThat(_findAll(communeGrid()))
                .extracting(UnitCommuneGrid.Row::total)
                .containsExactlyInAnyOrderElementsOf(schools.stream()
                        .map(vn.bca.antq.indicator.Figure::denominator)
                        .toList());
    }

    @Test
    void theBreadcrumbsLeadFromTheNationToTheDistrictWithWorkingLinks() {
        AdminUnit district = namDinhDistrictWithTownAndCommunes();
        open("province/36/district/" + district.getCode(), 2020);

        Breadcrumbs breadcrumbs = _get(Breadcrumbs.class, spec -> spec.withId("breadcrumbs"));
        assertThat(breadcrumbs.getElement().getTextRecursively())
                .isEqualTo("Toàn quốc›Tỉnh Nam Định›" + district.getName());
        List<Anchor> crumbs = _find(breadcrumbs, Anchor.class);
        assertThat(crumbs)
                .extracting(Anchor::getHref)
                .containsExactly(
                        "?year=2020&indicator=COVERAGE_COMMUNES&structure=reported",
                        "province/36?year=2020&indicator=COVERAGE_COMMUNES&structure=reported");

        BreadcrumbsTest.navigateTo(crumbs.getFirst().getHref());

        _get(OverviewView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("year"));
        assertThat(year.getValue()).isEqualTo(2020);
    }

    /** A Nam Định district with a town (thị trấn) and several communes (xã). */
    private AdminUnit namDinhDistrictWithTownAndCommunes() {
        AdminUnit namDinh =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "36").orElseThrow();
        return units.within(namDinh, UnitLevel.DISTRICT).stream()
                .filter(d -> {
                    List<AdminUnit> communes = units.within(d, UnitLevel.COMMUNE);
                    return communes.stream().anyMatch(c -> c.getUnitType().equals("Thị trấn"))
                            && communes.stream()
                                            .filter(c -> c.getUnitType().equals("Xã"))
                                            .count()
                                    >= 5;
                })
                .findFirst()
                .orElseThrow();
    }

    private static void open(String path, int year) {
        open(path, year, DashboardParameters.DEFAULT_INDICATOR);
    }

    /** Districts as reported (they exist only there), communes on today's structure (the default). */
    private static void open(String path, int year, Indicator indicator) {
        UI.getCurrent()
                .navigate(
                        path,
                        DashboardParameters.defaults()
                                .withYear(year)
                                .withIndicator(indicator)
                                .withStructure(path.contains("/district/") ? Structure.REPORTED : Structure.DEFAULT)
                                .toQuery());
    }

    private static void openAsReported(String path, int year) {
        UI.getCurrent()
                .navigate(
                        path,
                        DashboardParameters.defaults()
                                .withYear(year)
                                .withStructure(Structure.REPORTED)
                                .toQuery());
    }

    @SuppressWarnings("unchecked")
    private static Grid<UnitCommuneGrid.Row> communeGrid() {
        return _get(Grid.class, spec -> spec.withId("commune-grid"));
    }

    private static List<String> names(Grid<UnitCommuneGrid.Row> grid) {
        return _findAll(grid).stream().map(UnitCommuneGrid.Row::name).toList();
    }

    private static String problemText() {
        return _get(Div.class, spec -> spec.withId("unit-problem"))
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getElement()
                .getText();
    }

    private static List<Anchor> links() {
        return _find(Anchor.class, spec -> spec.withClasses("unit-link"));
    }
}
