package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.ui.FigureCard;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.base.ui.map.RegionStyle;
import vn.bca.antq.export.ExportFormat;
import vn.bca.antq.export.ui.Downloads;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;

/**
 * The switch between today's structure (the default) and the structure each year was reported on, on every dashboard
 * page: what each shows, that the choice is in the address, and what old addresses lead to (docs/GEOGRAPHY.md).
 */
@SuppressWarnings("unchecked")
class StructureSwitchTest extends KaribuTest {

    @Autowired
    AdministrativeUnits units;

    @Autowired
    IndicatorService indicators;

    @Test
    void theOverviewOf2020ShowsTodaysThirtyFourProvincesRestatedAndOneClickShowsTheSixtyThreeAsReported() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "2020"));

        assertThat(nationalMap().getData()).hasSize(34);
        assertThat(nationalMap().getLayer()).endsWith("provinces-34.json");
        assertThat(_get(StructureSwitch.class).value()).isEqualTo(Structure.CURRENT);
        assertThat(eraNote()).contains("tính lại trên cơ cấu hiện nay");

        choose(Structure.REPORTED);

        assertThat(currentAddress()).isEqualTo("?indicator=COVERAGE_COMMUNES&year=2020&structure=reported");
        assertThat(nationalMap().getData()).hasSize(63);
        assertThat(nationalMap().getLayer()).endsWith("provinces-63.json");
        assertThat(eraNote()).contains("63 tỉnh");
    }

    @Test
    void backToTheAddressWithoutTheStructureShowsTodaysStructureAgain() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "structure", "reported")));
        assertThat(nationalMap().getData()).hasSize(63);

        UI.getCurrent().navigate("", QueryParameters.of("year", "2020")); // what Back asks for

        assertThat(_get(StructureSwitch.class).value()).isEqualTo(Structure.CURRENT);
        assertThat(nationalMap().getData()).hasSize(34);
    }

    @Test
    void bothStructuresShowTheSameNationalFigures() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "2020"));
        String today = card(Indicator.FESTIVAL_SITES).getValueText();

        choose(Structure.REPORTED);

        assertThat(card(Indicator.FESTIVAL_SITES).getValueText()).isEqualTo(today);
    }

    @Test
    void anUnknownStructureFallsBackToTodaysWithANotice() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "structure", "1990")));

        expectNotifications("Cơ cấu “1990” không có, đang hiển thị “Hiện nay (34 tỉnh, thành phố; 3.321 xã, phường)”.");
        assertThat(currentAddress()).isEqualTo("?indicator=COVERAGE_COMMUNES&year=2020");
    }

    @Test
    void aNewProvinceIn2020ShowsItsRestatedFiguresAndNamesTheOldProvincesTheyWereSummedFrom() {
        AdminUnit ninhBinh =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "37").orElseThrow();

        UI.getCurrent()
                .navigate("province/37", QueryParameters.simple(Map.of("year", "2020", "indicator", "FESTIVAL_SITES")));

        assertThat(_get(H2.class).getText()).isEqualTo(ninhBinh.getName());
        Paragraph from = _get(Paragraph.class, spec -> spec.withId("restated-from"));
        assertThat(from.getElement().getTextRecursively()).contains("Tỉnh Hà Nam", "Tỉnh Nam Định", "Tỉnh Ninh Bình");
        assertThat(from.getChildren()
                        .filter(Anchor.class::isInstance)
                        .map(c -> ((Anchor) c).getHref())
                        .toList())
                .contains("province/36?year=2020&indicator=FESTIVAL_SITES&structure=reported");
        long absorbed = List.of("35", "36", "37").stream()
                .map(c -> units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, c).orElseThrow())
                .mapToLong(p -> indicators
                        .figure(Indicator.FESTIVAL_SITES, p, Period.year(2020))
                        .numerator())
                .sum();
        assertThat(card(Indicator.FESTIVAL_SITES).getValueText())
                .isEqualTo(vn.bca.antq.base.text.Format.number(absorbed));
        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("province-map"));
        assertThat(map.getLayer()).endsWith("province-34/37/communes.json");
        assertThat(map.getData())
                .hasSize(units.within(ninhBinh, UnitLevel.COMMUNE).size());
        assertThat(map.getData().values())
                .anySatisfy(style -> assertThat(style.label()).endsWith("≈"));
        assertThat(map.getData().values())
                .filteredOn(style -> style.label() != null && style.label().endsWith("≈"))
                .allSatisfy(style -> assertThat(style.tooltip())
                        .anySatisfy(line -> assertThat(line).startsWith("≈ Ước tính")));
        assertThat(map.getLegend().title()).endsWith("(≈ ước tính)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("restated-estimates"))
                        .getText())
                .startsWith("≈ Ước tính:");
        List<Figure> ranked = vn.bca.antq.indicator.ui.Ranking.of(
                        indicators.figuresWithin(
                                Indicator.FESTIVAL_SITES, ninhBinh, UnitLevel.COMMUNE, Period.year(2020)),
                        10)
                .ranked();
        assertThat(_get(ApexChart.class, spec -> spec.withId("ranking-chart"))
                        .getOptions()
                        .categories())
                .containsExactlyElementsOf(ranked.stream()
                        .map(f -> f.unit().getShortName() + (f.estimate() ? " ≈" : ""))
                        .toList());
    }

    @Test
    void aNewProvinceIn2025NamesTheOldProvincesOfItsFirstHalf() {
        UI.getCurrent().navigate("province/37", QueryParameters.of("year", "2025"));

        Paragraph from = _get(Paragraph.class, spec -> spec.withId("restated-from"));
        assertThat(from.getElement().getTextRecursively())
                .startsWith("Số liệu 6 tháng đầu năm 2025 của Tỉnh Ninh Bình")
                .contains("Tỉnh Nam Định");
        assertThat(from.getChildren().filter(Anchor.class::isInstance))
                .as("as reported, 2025 has no old provinces to link to")
                .isEmpty();
    }

    @Test
    void aNewProvincesTrendRunsFrom2019To2026WithoutABreak() {
        UI.getCurrent()
                .navigate(
                        "province/37",
                        QueryParameters.simple(Map.of("year", "2020", "indicator", "COVERAGE_RESIDENTIAL_AREAS")));

        ApexChart trend = _get(ApexChart.class, spec -> spec.withId("trend-chart"));
        assertThat(trend.getOptions().categories())
                .containsExactly("2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026");
        assertThat(trend.getOptions().series().getFirst().data()).doesNotContainNull();
    }

    @Test
    void theProvincesCommuneTableDownloadsWithTheEstimateMark() throws IOException {
        UI.getCurrent()
                .navigate(
                        "province/37",
                        QueryParameters.simple(Map.of("year", "2020", "indicator", "COVERAGE_RESIDENTIAL_AREAS")));

        Downloads.Download csv =
                Downloads.click(_get(ExportMenu.class, spec -> spec.withId("unit-table-export")), ExportFormat.CSV);

        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(new String(csv.bytes(), StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        assertThat(rows.getFirst().isMapped("Ước tính (≈)")).isTrue();
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Ước tính (≈)")).isEqualTo("≈"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Ước tính (≈)")).isEmpty());
    }

    @Test
    void anOldProvincesAddressOnTodaysStructureShowsItAsReportedWithANotice() {
        UI.getCurrent().navigate("province/36", QueryParameters.of("year", "2020"));

        expectNotifications(
                "Tỉnh Nam Định không còn trong cơ cấu hiện nay (từ 01/07/2025 thuộc Tỉnh Ninh Bình) nên được hiển thị như khi báo cáo. "
                        + "Chọn “Hiện nay” để xem Tỉnh Ninh Bình.");
        assertThat(currentAddress()).isEqualTo("province/36?indicator=COVERAGE_COMMUNES&year=2020&structure=reported");
        assertThat(_get(H2.class).getText()).isEqualTo("Tỉnh Nam Định");
        assertThat(_get(ChoroplethMap.class, spec -> spec.withId("province-map"))
                        .getLayer())
                .endsWith("province-63/36/districts.json");
    }

    @Test
    void switchingAnOldProvinceToTodaysStructureOpensTheNewProvinceItJoined() {
        UI.getCurrent()
                .navigate("province/36", QueryParameters.simple(Map.of("year", "2020", "structure", "reported")));

        choose(Structure.CURRENT);

        assertThat(currentAddress()).isEqualTo("province/37?indicator=COVERAGE_COMMUNES&year=2020");
        assertThat(_get(H2.class).getText()).isEqualTo("Tỉnh Ninh Bình");
        assertThat(_get(ChoroplethMap.class, spec -> spec.withId("province-map"))
                        .getLayer())
                .endsWith("province-34/37/communes.json");
    }

    @Test
    void anOldProvinceAfterTheReformShowsTheCommunesFormedFromItWithTheirFigures() {
        AdminUnit namDinh =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "36").orElseThrow();
        Set<String> successors = units.successorCommunesOf(namDinh).stream()
                .map(AdminUnit::getCode)
                .collect(Collectors.toSet());

        UI.getCurrent()
                .navigate("province/36", QueryParameters.simple(Map.of("year", "2026", "structure", "reported")));

        assertThat(_get(Div.class, spec -> spec.withId("province-message"))
                        .getElement()
                        .getTextRecursively())
                .contains("Tỉnh Nam Định đã sáp nhập vào Tỉnh Ninh Bình");
        assertThat(_get(H3.class, spec -> spec.withId("successors-heading")).getText())
                .contains(successors.size() + " xã, phường hình thành từ đơn vị này");
        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("province-map"));
        assertThat(map.getLayer()).endsWith("province-34/37/communes.json");
        Map<String, RegionStyle> drawn = map.getData();
        assertThat(drawn.entrySet())
                .filteredOn(e -> successors.contains(e.getKey()))
                .hasSize(successors.size())
                .allSatisfy(e -> assertThat(e.getValue().value()).isNotNull());
        assertThat(drawn.entrySet())
                .filteredOn(e -> !successors.contains(e.getKey()))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getValue().tooltip()).contains("Không hình thành từ Tỉnh Nam Định"));
    }

    @Test
    void anOldDistrictAfterTheReformShowsTheCommunesFormedFromIt() {
        AdminUnit district =
                units.find(Era.PROVINCES_63, UnitLevel.DISTRICT, "336").orElseThrow();

        UI.getCurrent().navigate("province/34/district/336", QueryParameters.of("year", "2026"));

        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("successor-map"));
        assertThat(map.getLayer()).endsWith("province-34/33/communes.json");
        assertThat(map.getData().values())
                .filteredOn(style -> style.value() != null)
                .hasSize(units.successorCommunesOf(district).size());
    }

    @Test
    void anOldDistrictsAddressOnTodaysStructureShowsItAsReportedAndTheSwitchOpensItsNewProvince() {
        UI.getCurrent().navigate("province/34/district/336", QueryParameters.of("year", "2020"));

        assertThat(currentAddress())
                .isEqualTo("province/34/district/336?indicator=COVERAGE_COMMUNES&year=2020&structure=reported");
        assertThat(_get(H2.class).getText())
                .isEqualTo(units.find(Era.PROVINCES_63, UnitLevel.DISTRICT, "336")
                        .orElseThrow()
                        .getName());
        _get(Grid.class, spec -> spec.withId("commune-grid"));

        choose(Structure.CURRENT);

        assertThat(currentAddress()).isEqualTo("province/33?indicator=COVERAGE_COMMUNES&year=2020");
    }

    @Test
    void aNewCommuneIn2020ShowsItsRestatedFiguresWithEstimatesMarkedAndATrendWithoutABreak() {
        UI.getCurrent()
                .navigate(
                        "province/33/commune/13219",
                        QueryParameters.simple(Map.of("year", "2020", "indicator", "COVERAGE_RESIDENTIAL_AREAS")));

        assertThat(_get(H2.class).getText()).isEqualTo("Xã Vạn Xuân");
        assertThat(_get(Paragraph.class, spec -> spec.withId("restated-from"))
                        .getElement()
                        .getTextRecursively())
                .contains("Xã Việt Hùng (một phần, chia đều cho 2 xã mới)")
                .contains("Phần của đơn vị cũ bị chia tách là ước tính");
        FigureCard residential = card(Indicator.COVERAGE_RESIDENTIAL_AREAS);
        assertThat(residential.getValueText()).startsWith("≈");
        assertThat(residential.getElement().getTextRecursively()).contains("≈ Ước tính");
        assertThat(card(Indicator.COVERAGE_COMMUNES).getElement().getTextRecursively())
                .contains("xã cũ hợp thành đạt chuẩn");
        ApexChart trend = _get(ApexChart.class, spec -> spec.withId("trend-chart"));
        assertThat(trend.getOptions().categories())
                .containsExactly("2019 ≈", "2020 ≈", "2021 ≈", "2022 ≈", "2023 ≈", "2024 ≈", "2025", "2026");
        assertThat(trend.getOptions().series().getFirst().data()).doesNotContainNull();
    }

    @Test
    void aNewCommuneAsReportedBeforeTheReformSaysItDidNotExistYet() {
        UI.getCurrent().navigate("province/33/commune/13219", QueryParameters.of("year", "2020"));

        choose(Structure.REPORTED);

        assertThat(currentAddress())
                .isEqualTo("province/33/commune/13219?indicator=COVERAGE_COMMUNES&year=2020&structure=reported");
        assertThat(_get(Div.class, spec -> spec.withId("unit-problem"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Xã Vạn Xuân được thành lập từ ngày 01/07/2025");
    }

    /** One click on the switch's button of this structure. */
    private static void choose(Structure structure) {
        _click(_get(Button.class, spec -> spec.withId(StructureSwitch.ID + "-" + structure.code())));
    }

    private static ChoroplethMap nationalMap() {
        return _get(ChoroplethMap.class, spec -> spec.withId("national-map"));
    }

    private static FigureCard card(Indicator indicator) {
        return _get(FigureCard.class, spec -> spec.withId(FigureCards.id(indicator)));
    }

    private static String eraNote() {
        return _get(Paragraph.class, spec -> spec.withClasses("era-note")).getText();
    }

    private static String currentAddress() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
