package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.ui.FigureCard;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.base.ui.map.RegionStyle;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;

@SuppressWarnings("unchecked")
class ProvinceViewTest extends KaribuTest {

    @Autowired
    AdministrativeUnits units;

    @Test
    void namDinhIn2020ShowsThePublishedCommuneCoverageAndItsDistrictsOnTheMap() {
        UI.getCurrent()
                .navigate(
                        "province/36",
                        QueryParameters.simple(
                                Map.of("year", "2020", "indicator", "COVERAGE_COMMUNES", "structure", "reported")));

        assertThat(_get(FigureCard.class, spec -> spec.withId("figure-coverage-communes"))
                        .getValueText())
                .isEqualTo("97,37%");
        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("province-map"));
        AdminUnit namDinh =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "36").orElseThrow();
        assertThat(map.getData().keySet())
                .containsExactlyInAnyOrderElementsOf(units.within(namDinh, UnitLevel.DISTRICT).stream()
                        .map(AdminUnit::getCode)
                        .toList());
        assertThat(map.getLayer()).endsWith("province-63/36/districts.json");
        assertThat(map.getData().values())
                .anySatisfy(style -> assertThat(style.value()).isNotNull());
    }

    @Test
    void namDinhIn2020SaysPlainlyThatItsReportedCommunesAndWhatItsDistrictsAddUpToDifferAndWhy() {
        UI.getCurrent()
                .navigate(
                        "province/36",
                        QueryParameters.simple(Map.of("year", "2020", "indicator", "COVERAGE_COMMUNES")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("province-map-note"))
                        .getText())
                .contains(
                        "Tỉnh Nam Định báo cáo 223/229 (97,37%)",
                        "cộng lại 220/226 (97,35%)",
                        "Báo cáo tính trên 229 đơn vị; danh mục đơn vị hành chính dùng cho năm này có 226.");
    }

    @Test
    void namDinhsResidentialAreasOf2020AddUpExactlySoNoDifferenceIsReported() {
        UI.getCurrent()
                .navigate(
                        "province/36",
                        QueryParameters.simple(Map.of("year", "2020", "indicator", "COVERAGE_RESIDENTIAL_AREAS")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("province-map-note"))
                        .getText())
                .isEmpty();
    }

    @Test
    void thaiBinhsPageShowsItsFiveYearTotalsWithTheirPeriodAndSourceInAnyYear() {
        UI.getCurrent().navigate("province/34", QueryParameters.simple(Map.of("year", "2020")));

        Grid<Figure> apart = _get(ReportedApart.class).grid();
        List<List<String>> rows = java.util.stream.IntStream.range(0, GridKt._size(apart))
                .mapToObj(i -> GridKt._getFormattedRow(apart, i))
                .toList();
        assertThat(rows)
                .contains(
                        List.of(
                                "Tỉnh Thái Bình",
                                "Biển báo tuyên truyền",
                                "2018–2022",
                                "496",
                                "Công an tỉnh Thái Bình, 2022"),
                        List.of(
                                "Tỉnh Thái Bình",
                                "Lượt người dự lớp tuyên truyền",
                                "2018–2022",
                                "673.364",
                                "Công an tỉnh Thái Bình, 2022"));
        assertThat(rows).hasSize(9);
    }

    @Test
    void aNewProvinceAfterTheReformShowsItsCommunes() {
        UI.getCurrent()
                .navigate("province/33", QueryParameters.simple(Map.of("year", "2026", "indicator", "FESTIVAL_SITES")));

        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("province-map"));
        AdminUnit hungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        assertThat(map.getData())
                .hasSize(units.within(hungYen, UnitLevel.COMMUNE).size());
        assertThat(map.getLayer()).endsWith("province-34/33/communes.json");
    }

    @Test
    void clickingADistrictOnTheMapOpensItsPageWithTheSameYearAndIndicator() {
        UI.getCurrent()
                .navigate(
                        "province/36",
                        QueryParameters.simple(
                                Map.of("year", "2020", "indicator", "COVERAGE_COMMUNES", "structure", "reported")));
        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("province-map"));
        String district = map.getData().keySet().iterator().next();

        _fireDomEvent(
                map,
                "antq-feature-click",
                JsonMapper.builder()
                        .build()
                        .createObjectNode()
                        .put("event.detail.code", district)
                        .put("event.detail.name", "x"));

        assertThat(currentAddress())
                .isEqualTo("province/36/district/" + district
                        + "?indicator=COVERAGE_COMMUNES&year=2020&structure=reported");
    }

    @Test
    void thaiBinhIn2026SaysItMergedIntoHungYenAndLinksThere() {
        UI.getCurrent().navigate("province/34", QueryParameters.of("year", "2026"));

        Div message = _get(Div.class, spec -> spec.withId("province-message"));
        assertThat(message.getElement().getTextRecursively())
                .contains("Tỉnh Thái Bình đã sáp nhập vào Tỉnh Hưng Yên từ ngày 01/07/2025");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("message-link")).getHref())
                .isEqualTo("province/33?indicator=COVERAGE_COMMUNES&year=2026");
    }

    @Test
    void anUnknownCodeSaysSoAndLinksBackToTheOverview() {
        UI.getCurrent().navigate("province/99", QueryParameters.of("year", "2024"));

        assertThat(_get(Div.class, spec -> spec.withId("province-message"))
                        .getElement()
                        .getTextRecursively())
                .contains("Không có tỉnh, thành phố nào mã “99”");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("message-link")).getHref())
                .isEqualTo("/");
    }

    @Test
    void anUnknownIndicatorFallsBackWithANotice() {
        UI.getCurrent().navigate("province/37", QueryParameters.simple(Map.of("year", "2020", "indicator", "BOGUS")));

        expectNotifications(
                "Chỉ tiêu “BOGUS” không có, đang hiển thị “" + Indicator.COVERAGE_COMMUNES.name(Language.VI) + "”.");
        assertThat(currentAddress()).isEqualTo("province/37?indicator=COVERAGE_COMMUNES&year=2020");
    }

    @Test
    void theOverviewOpensAProvinceFromTheMapAndListsEveryProvinceWithALink() {
        UI.getCurrent()
                .navigate(
                        "",
                        QueryParameters.simple(
                                Map.of("year", "2024", "indicator", "FESTIVAL_SITES", "structure", "reported")));
        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("national-map"));
        assertThat(map.getData()).hasSize(63);
        assertThat(map.getData().values()).extracting(RegionStyle::fill).doesNotContainNull();
        Grid<Figure> table = _get(Grid.class, spec -> spec.withId("unit-table"));
        List<Figure> rows = GridKt._fetch(table, 0, 100);
        assertThat(rows).hasSize(63);
        int namDinh = rows.stream().map(f -> f.unit().getCode()).toList().indexOf("36");
        assertThat(((LitRenderer<Figure>) table.getColumnByKey("unit").getRenderer())
                        .getValueProviders()
                        .get("href")
                        .apply(rows.get(namDinh)))
                .isEqualTo("province/36?indicator=FESTIVAL_SITES&year=2024&structure=reported");

        _fireDomEvent(
                map,
                "antq-feature-click",
                JsonMapper.builder()
                        .build()
                        .createObjectNode()
                        .put("event.detail.code", "36")
                        .put("event.detail.name", "Nam Định"));

        assertThat(currentAddress()).isEqualTo("province/36?indicator=FESTIVAL_SITES&year=2024&structure=reported");
    }

    private static String currentAddress() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
