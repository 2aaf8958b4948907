package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.security.Role;

class CompareViewTest extends KaribuTest {

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private AdministrativeUnits units;

    @Test
    void everyKeyFigureOfTheChosenProvincesIsInOneTableAsTheIndicatorServiceComputesIt() {
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("units", "01,33,37", "year", "2026")));
        List<AdminUnit> provinces = List.of(province("01"), province("33"), province("37"));

        Grid<CompareView.Row> table = table();

        assertThat(table.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("Chỉ tiêu", "Hà Nội", "Hưng Yên", "Ninh Bình", "Toàn quốc");
        List<CompareView.Row> rows = table.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(CompareView.Row::indicator).containsExactlyElementsOf(OverviewView.KEY_FIGURES);
        for (int r = 0; r < rows.size(); r++) {
            Indicator indicator = rows.get(r).indicator();
            for (int u = 0; u < provinces.size(); u++) {
                Figure expected = indicators.figure(indicator, provinces.get(u), Period.year(2026));
                String cell = GridKt._getCellComponent(
                                table, r, "unit-" + provinces.get(u).getCode())
                        .getElement()
                        .getTextRecursively();
                assertThat(cell)
                        .as(indicator + " of " + provinces.get(u).getShortName())
                        .startsWith(expected.hasData() ? FigureFormat.marked(expected) : "Chưa có số liệu");
                if (expected.hasData()) {
                    assertThat(cell).contains("Nguồn: " + FigureText.sources(_get(CompareView.class), expected));
                }
            }
            String nation =
                    GridKt._getCellComponent(table, r, "nation").getElement().getTextRecursively();
            assertThat(nation).startsWith(FigureFormat.marked(indicators.national(indicator, Period.year(2026))));
        }
    }

    @Test
    void theirTrendsShareOneChartWithTheNationAndTheBreaksThatChangeWhatTheFiguresMean() {
        UI.getCurrent()
                .navigate(
                        "compare", QueryParameters.simple(Map.of("units", "01,33", "indicator", "COVERAGE_COMMUNES")));

        ChartOptions trend =
                _get(ApexChart.class, spec -> spec.withId("compare-trend")).getOptions();

        assertThat(trend.series()).extracting(s -> s.name()).containsExactly("Hà Nội", "Hưng Yên", "Toàn quốc");
        assertThat(trend.series().get(1).data())
                .containsExactlyElementsOf(
                        indicators.trend(Indicator.COVERAGE_COMMUNES, province("33"), Years.FIRST, Years.LAST).stream()
                                .map(FigureFormat::number)
                                .toList());
        assertThat(trend.markers()).extracting(ChartOptions.Marker::category).containsExactly("2022", "2025");
        assertThat(trend.markers().getFirst().label()).isEqualTo("10/02/2022: áp dụng Thông tư 124/2021/TT-BCA");
        assertThat(trend.markers().getLast().label()).isEqualTo("01/07/2025: 63 → 34 tỉnh");
        assertThat(trend.notes().get(trend.categories().indexOf("2021")))
                .isEqualTo("đánh giá theo Thông tư 23/2012/TT-BCA");
        assertThat(trend.notes().get(trend.categories().indexOf("2022")))
                .isEqualTo("đánh giá theo Thông tư 124/2021/TT-BCA");
        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-legal-bases"))
                        .getText())
                .isEqualTo("Cơ sở pháp lý của các đánh giá (theo số liệu lưu trữ): 2019–2021: Thông tư 23/2012/TT-BCA; "
                        + "2022–2026: Thông tư 124/2021/TT-BCA.");
    }

    @Test
    void choosingUnitsYearAndIndicatorKeepsThemInTheAddressAndTheAddressBringsThemBack() {
        UI.getCurrent().navigate("compare");
        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-hint")).isVisible())
                .isTrue();
        assertThat(_find(Grid.class, spec -> spec.withId("compare-table")))
                .as("nothing to compare yet")
                .isEmpty();

        _setValue(unitsBox(), new LinkedHashSet<>(List.of(province("37"))));
        _setValue(unitsBox(), new LinkedHashSet<>(List.of(province("37"), province("01"))));
        assertThat(currentAddress()).isEqualTo("compare?indicator=COVERAGE_COMMUNES&units=37,01&year=2025");
        _setValue(yearSelect(), 2026);
        assertThat(currentAddress()).isEqualTo("compare?indicator=COVERAGE_COMMUNES&units=37,01&year=2026");
        assertThat(table().getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("Chỉ tiêu", "Ninh Bình", "Hà Nội", "Toàn quốc");

        UI.getCurrent()
                .navigate("compare", QueryParameters.fromString("indicator=FESTIVAL_SITES&units=37,01&year=2023"));
        assertThat(unitsBox().getValue()).containsExactlyInAnyOrder(province("37"), province("01"));
        assertThat(yearSelect().getValue()).isEqualTo(2023);
        assertThat(_get(ApexChart.class, spec -> spec.withId("compare-trend"))
                        .getOptions()
                        .markers())
                .as("festival sites are not assessed: only the reform")
                .extracting(ChartOptions.Marker::category)
                .containsExactly("2025");
    }

    @Test
    void communesOfOneProvinceAreComparedTheSameWay() {
        AdminUnit hungYen = province("33");
        List<AdminUnit> communes = units.within(hungYen, UnitLevel.COMMUNE).subList(0, 2);
        String codes = communes.getFirst().getCode() + "," + communes.getLast().getCode();

        UI.getCurrent()
                .navigate("compare", QueryParameters.simple(Map.of("province", "33", "units", codes, "year", "2026")));

        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText())
                .isEqualTo("So sánh các xã, phường của " + hungYen.getName());
        assertThat(table().getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly(
                        "Chỉ tiêu",
                        communes.getFirst().getShortName(),
                        communes.getLast().getShortName(),
                        "Toàn quốc");
        Figure models = indicators.figure(Indicator.MODELS, communes.getFirst(), Period.year(2026));
        int row = OverviewView.KEY_FIGURES.indexOf(Indicator.MODELS);
        assertThat(GridKt._getCellComponent(
                                table(), row, "unit-" + communes.getFirst().getCode())
                        .getElement()
                        .getTextRecursively())
                .startsWith(models.hasData() ? FigureFormat.marked(models) : "Chưa có số liệu");
    }

    @Test
    void unknownUnitsTooManyUnitsAndABadYearAreEachExplainedInVietnameseAndEnglish() {
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("units", "01,04,08,11,12", "year", "1990")));
        expectNotifications(
                "Đã chọn 5 đơn vị; chỉ so sánh được nhiều nhất 4. / 5 units chosen; at most 4 can be compared.",
                "Năm “1990” không hợp lệ, đang hiển thị năm 2025. / “1990” is not a valid year; showing 2025.");
        assertThat(currentAddress()).isEqualTo("compare?indicator=COVERAGE_COMMUNES&units=01,04,08,11&year=2025");

        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("units", "01,36,33")));
        expectNotifications("Không có tỉnh, thành phố mã “36” trong 34 tỉnh, thành phố hiện nay; đã bỏ mã này. / "
                + "There is no province “36” among today's 34 provinces; it was left out.");
        assertThat(currentAddress()).isEqualTo("compare?indicator=COVERAGE_COMMUNES&units=01,33&year=2025");
        assertThat(table().getColumns()).hasSize(4);
    }

    @Test
    void anOfficerComparesAnyProvincesButOnlyItsOwnCommunes() {
        signIn(Role.PROVINCE_OFFICER, "33");
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("units", "01,37")));
        assertThat(table().getColumns()).hasSize(4);

        List<AdminUnit> own = units.within(province("33"), UnitLevel.COMMUNE).subList(0, 2);
        UI.getCurrent()
                .navigate(
                        "compare",
                        QueryParameters.simple(Map.of(
                                "province",
                                "33",
                                "units",
                                own.getFirst().getCode() + "," + own.getLast().getCode())));
        assertThat(table().getColumns()).hasSize(4);

        List<AdminUnit> other = units.within(province("01"), UnitLevel.COMMUNE).subList(0, 2);
        UI.getCurrent()
                .navigate(
                        "compare",
                        QueryParameters.simple(Map.of(
                                "province",
                                "01",
                                "units",
                                other.getFirst().getCode() + ","
                                        + other.getLast().getCode())));
        assertThat(_find(CompareView.class)).isEmpty();
    }

    private AdminUnit province(String code) {
        return units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, code).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CompareView.Row> table() {
        return _get(Grid.class, spec -> spec.withId("compare-table"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<AdminUnit> unitsBox() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("compare-units"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> yearSelect() {
        return _get(Select.class, spec -> spec.withId("year"));
    }

    private static String currentAddress() {
        return ChangeViewTest.currentAddress();
    }
}
