package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.choropleth.Legend;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.ui.ChangeMeasure;
import vn.bca.antq.indicator.ui.FigureChange;
import vn.bca.antq.security.Role;

class ChangeViewTest extends KaribuTest {

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private AdministrativeUnits units;

    @Test
    void theChangeMapAnswersWhichProvincesImprovedMostSince2020() {
        UI.getCurrent()
                .navigate(
                        "change",
                        QueryParameters.simple(Map.of("indicator", "COVERAGE_COMMUNES", "from", "2020", "to", "2025")));
        List<Expected> expected = expectedChanges(Indicator.COVERAGE_COMMUNES, 2020, 2025);
        Expected mostImproved = expected.getFirst();
        List<String> tiedFirst = expected.stream()
                .filter(e -> e.difference().compareTo(mostImproved.difference()) == 0)
                .map(e -> e.unit().getShortName())
                .toList();

        assertThat(tiedFirst)
                .anySatisfy(name -> assertThat(text("change-headline-rises"))
                        .startsWith("Tăng nhiều nhất: " + name + " +" + Format.number(mostImproved.difference())
                                + " điểm %"));
        Figure nation2020 = indicators.national(Indicator.COVERAGE_COMMUNES, Period.year(2020));
        Figure nation2025 = indicators.national(Indicator.COVERAGE_COMMUNES, Period.year(2025));
        assertThat(text("change-headline-whole"))
                .isEqualTo("Toàn quốc: " + Format.percent(nation2020.value()) + " năm 2020 → "
                        + Format.percent(nation2025.value()) + " năm 2025, thay đổi "
                        + Format.signed(nation2025.value().subtract(nation2020.value())) + " điểm %.");
        ApexChart ranking = _get(ApexChart.class, spec -> spec.withId("change-ranking"));
        assertThat(ranking.getOptions().categories().getFirst()).isIn(tiedFirst);
        assertThat(ranking.getOptions().series().getFirst().data().getFirst())
                .isEqualTo(mostImproved.difference().doubleValue());
        assertThat(ranking.getOptions().series().getFirst().data().getLast())
                .isEqualTo(expected.getLast().difference().doubleValue());
    }

    @Test
    void theTableShowsForEveryProvinceTheValuesAndTheChangeTheIndicatorServiceComputes() {
        UI.getCurrent()
                .navigate(
                        "change",
                        QueryParameters.simple(Map.of("indicator", "COVERAGE_COMMUNES", "from", "2020", "to", "2025")));
        Map<String, Expected> expected = expectedChanges(Indicator.COVERAGE_COMMUNES, 2020, 2025).stream()
                .collect(Collectors.toMap(e -> e.unit().getCode(), Function.identity()));

        List<FigureChange> rows = table().getGenericDataView().getItems().toList();

        assertThat(rows).hasSize(34);
        for (FigureChange row : rows) {
            Expected e = expected.get(row.unit().getCode());
            assertThat(row.before().value())
                    .as(row.unit().getShortName())
                    .isEqualByComparingTo(e.before().value());
            assertThat(row.after().value())
                    .as(row.unit().getShortName())
                    .isEqualByComparingTo(e.after().value());
            assertThat(row.difference()).as(row.unit().getShortName()).isEqualByComparingTo(e.difference());
        }
        assertThat(table().getColumnByKey("before").getHeaderText()).isEqualTo("2020");
        assertThat(table().getColumnByKey("after").getHeaderText()).isEqualTo("2025");
    }

    @Test
    void theMapColoursRisesAndFallsOnAScaleCentredOnNoChangeAndNamesTheSources() {
        UI.getCurrent()
                .navigate(
                        "change",
                        QueryParameters.simple(Map.of("indicator", "COVERAGE_COMMUNES", "from", "2020", "to", "2025")));
        List<Expected> expected = expectedChanges(Indicator.COVERAGE_COMMUNES, 2020, 2025);
        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("change-map"));

        assertThat(map.getLayer()).contains("provinces-34");
        assertThat(map.getData()).hasSize(34);
        assertThat(map.getData().get(expected.getFirst().unit().getCode()).fill())
                .as("the largest rise: darkest blue-green")
                .isEqualTo("#018571");
        Legend legend = map.getLegend();
        assertThat(legend.title()).isEqualTo("Thay đổi 2020–2025 (điểm %)");
        assertThat(legend.entries()).hasSize(5);
        assertThat(legend.entries().get(2).colour()).isEqualTo("#f5f5f5");
        assertThat(legend.entries().get(2).label()).startsWith("−").contains(" – +");
        assertThat(map.getData().get(expected.getFirst().unit().getCode()).tooltip())
                .anySatisfy(line -> assertThat(line).startsWith("Thay đổi: +"))
                .anySatisfy(line -> assertThat(line).startsWith("Nguồn: ").contains("Dữ liệu mô phỏng"));
    }

    @Test
    void aCountChangesAsADifferenceOrAPercentageOfTheFirstYear() {
        UI.getCurrent()
                .navigate(
                        "change",
                        QueryParameters.simple(Map.of(
                                "indicator", "FESTIVAL_SITES", "from", "2022", "to", "2025", "measure", "percent")));
        Map<String, Expected> expected = expectedChanges(Indicator.FESTIVAL_SITES, 2022, 2025).stream()
                .collect(Collectors.toMap(e -> e.unit().getCode(), Function.identity()));

        for (FigureChange row : table().getGenericDataView().getItems().toList()) {
            Expected e = expected.get(row.unit().getCode());
            BigDecimal percent = e.difference()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(e.before().value(), 2, java.math.RoundingMode.HALF_UP);
            assertThat(row.difference()).as(row.unit().getShortName()).isEqualByComparingTo(percent);
        }
        assertThat(measureSelect().isVisible()).isTrue();
        assertThat(_get(ChoroplethMap.class, spec -> spec.withId("change-map"))
                        .getLegend()
                        .title())
                .isEqualTo("Thay đổi 2022–2025 (%)");
    }

    @Test
    void everyChoiceIsKeptInTheAddressAndTheAddressBringsItBack() {
        UI.getCurrent().navigate("change");
        assertThat(currentAddress()).isEqualTo("change");
        assertThat(fromSelect().getValue()).isEqualTo(2020);
        assertThat(toSelect().getValue()).isEqualTo(2025);
        assertThat(_find(Select.class, spec -> spec.withId("measure")))
                .as("a rate changes in points only")
                .isEmpty();

        _setValue(fromSelect(), 2021);
        assertThat(currentAddress()).isEqualTo("change?from=2021&indicator=COVERAGE_COMMUNES&measure=points&to=2025");
        _setValue(indicatorBox(), Indicator.MODELS);
        assertThat(currentAddress()).isEqualTo("change?from=2021&indicator=MODELS&measure=count&to=2025");
        _setValue(measureSelect(), ChangeMeasure.PERCENT);
        assertThat(currentAddress()).isEqualTo("change?from=2021&indicator=MODELS&measure=percent&to=2025");
        _setValue(toSelect(), 2020);
        assertThat(currentAddress())
                .as("an end before the start moves the start back")
                .isEqualTo("change?from=2019&indicator=MODELS&measure=percent&to=2020");

        UI.getCurrent()
                .navigate("change", QueryParameters.fromString("from=2021&indicator=MODELS&measure=percent&to=2025"));
        assertThat(fromSelect().getValue()).isEqualTo(2021);
        assertThat(toSelect().getValue()).isEqualTo(2025);
        assertThat(indicatorBox().getValue()).isEqualTo(Indicator.MODELS);
        assertThat(measureSelect().getValue()).isEqualTo(ChangeMeasure.PERCENT);
    }

    @Test
    void aYearThatIsNotUnderstoodFallsBackWithAMessageInVietnameseAndEnglish() {
        UI.getCurrent().navigate("change", QueryParameters.simple(Map.of("from", "abc", "to", "2026")));

        expectNotifications("Năm “abc” không hợp lệ (chỉ từ 2019 đến 2026), đang dùng năm 2020. / "
                + "“abc” is not a valid year (only 2019 to 2026); using 2020.");
        assertThat(currentAddress()).isEqualTo("change?from=2020&indicator=COVERAGE_COMMUNES&measure=points&to=2026");
        assertThat(fromSelect().getValue()).isEqualTo(2020);
    }

    @Test
    void yearsInTheWrongOrderAnUnfitMeasureAndAnUnknownProvinceAreEachExplained() {
        UI.getCurrent()
                .navigate("change", QueryParameters.simple(Map.of("from", "2025", "to", "2020", "measure", "percent")));
        expectNotifications(
                "Năm đầu (2025) phải trước năm cuối (2020), đang so sánh 2020 với 2025. / The first year (2025) must come before the last (2020); comparing 2020 with 2025.",
                "Không đo được thay đổi “percent” cho chỉ tiêu “" + Indicator.COVERAGE_COMMUNES.name(Language.VI)
                        + "”, đang dùng cách đo mặc định. / " + "A change “percent” cannot be measured for “"
                        + Indicator.COVERAGE_COMMUNES.name(Language.EN) + "”; using the default measure.");
        assertThat(currentAddress()).isEqualTo("change?from=2020&indicator=COVERAGE_COMMUNES&measure=points&to=2025");

        UI.getCurrent().navigate("change", QueryParameters.simple(Map.of("province", "99<script>")));
        expectNotifications(
                "Không có tỉnh, thành phố mã “99<script>” trong 34 tỉnh, thành phố hiện nay, đang hiển thị toàn quốc. / "
                        + "There is no province “99<script>” among today's 34 provinces; showing the whole country.");
        assertThat(currentAddress()).isEqualTo("change?from=2020&indicator=COVERAGE_COMMUNES&measure=points&to=2025");
        assertThat(_get(ChoroplethMap.class, spec -> spec.withId("change-map")).getData())
                .hasSize(34);
    }

    @Test
    void aClickOnAProvinceShowsTheChangeOfItsCommunesAndTheCrumbLeadsBack() {
        UI.getCurrent().navigate("change", QueryParameters.simple(Map.of("from", "2025", "to", "2026")));
        ChoroplethMap map = _get(ChoroplethMap.class, spec -> spec.withId("change-map"));

        _fireDomEvent(
                map,
                "antq-feature-click",
                JsonMapper.builder()
                        .build()
                        .createObjectNode()
                        .put("event.detail.code", "37")
                        .put("event.detail.name", "Ninh Bình"));

        assertThat(currentAddress())
                .isEqualTo("change?from=2025&indicator=COVERAGE_COMMUNES&measure=points&province=37&to=2026");
        AdminUnit ninhBinh =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "37").orElseThrow();
        ChoroplethMap communes = _get(ChoroplethMap.class, spec -> spec.withId("change-map"));
        assertThat(communes.getLayer()).contains("province-34/37/communes");
        assertThat(table().getGenericDataView().getItems().toList())
                .hasSize(units.within(ninhBinh, UnitLevel.COMMUNE).size());
        assertThat(text("change-headline-whole")).startsWith("Ninh Bình: ");
        Anchor back = _get(Breadcrumbs.class)
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .flatMap(li -> li.getChildren())
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(back.getText()).isEqualTo("Toàn quốc");
        assertThat(back.getHref()).startsWith("change?");
        assertThat(QueryParameters.fromString(back.getHref().substring("change?".length()))
                        .getParameters())
                .isEqualTo(Map.of(
                        "from",
                        List.of("2025"),
                        "to",
                        List.of("2026"),
                        "indicator",
                        List.of("COVERAGE_COMMUNES"),
                        "measure",
                        List.of("points")));
    }

    @Test
    void communesOfTodayWithoutFiguresForTheFirstYearAreExplainedAndWithFiguresAreNot() {
        AdminUnit ninhBinh =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "37").orElseThrow();
        String explanation = "Năm 2020 chưa có số liệu theo các xã, phường hiện nay (có từ 01/07/2025).";
        boolean figures2020 =
                indicators
                        .figuresWithin(Indicator.COVERAGE_COMMUNES, ninhBinh, UnitLevel.COMMUNE, Period.year(2020))
                        .stream()
                        .anyMatch(Figure::hasData);

        UI.getCurrent()
                .navigate("change", QueryParameters.simple(Map.of("from", "2020", "to", "2026", "province", "37")));
        String note = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("era-note"))
                .getText();
        UI.getCurrent()
                .navigate("change", QueryParameters.simple(Map.of("from", "2025", "to", "2026", "province", "37")));

        assertThat(note.contains(explanation)).isEqualTo(!figures2020);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("era-note"))
                        .getText())
                .doesNotContain("chưa có số liệu");
    }

    @Test
    void anOfficerComparesEveryProvinceButOpensOnlyItsOwnCommunes() {
        signIn(Role.PROVINCE_OFFICER, "33");
        UI.getCurrent().navigate("change");

        assertThat(table().getGenericDataView().getItems().count()).isEqualTo(34);
        List<FigureChange> rows = table().getGenericDataView().getItems().toList();
        assertThat(GridKt._getCellComponent(table(), indexOf(rows, "33"), "unit"))
                .as("its own province opens")
                .isInstanceOf(Anchor.class);
        assertThat(GridKt._getCellComponent(table(), indexOf(rows, "01"), "unit"))
                .as("another does not")
                .isInstanceOf(Span.class);

        UI.getCurrent()
                .navigate("change", QueryParameters.simple(Map.of("province", "33", "from", "2025", "to", "2026")));
        assertThat(_get(ChoroplethMap.class, spec -> spec.withId("change-map")).getLayer())
                .contains("province-34/33/communes");

        UI.getCurrent()
                .navigate("change", QueryParameters.simple(Map.of("province", "01", "from", "2025", "to", "2026")));
        assertThat(_find(ChangeView.class)).isEmpty();
    }

    private static int indexOf(List<FigureChange> rows, String code) {
        return java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).unit().getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** The change of every province as the indicator service computes it, largest rise first. */
    private List<Expected> expectedChanges(Indicator indicator, int from, int to) {
        Map<Long, Figure> before =
                indicators.figures(indicator, Era.PROVINCES_34, UnitLevel.PROVINCE, Period.year(from)).stream()
                        .collect(Collectors.toMap(f -> f.unit().getId(), Function.identity()));
        return indicators.figures(indicator, Era.PROVINCES_34, UnitLevel.PROVINCE, Period.year(to)).stream()
                .map(after -> new Expected(after.unit(), before.get(after.unit().getId()), after))
                .filter(e -> e.before().value() != null && e.after().value() != null)
                .sorted(Comparator.comparing(Expected::difference).reversed())
                .toList();
    }

    private record Expected(AdminUnit unit, Figure before, Figure after) {
        BigDecimal difference() {
            return after.value().subtract(before.value());
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<FigureChange> table() {
        return _get(Grid.class, spec -> spec.withId("change-table"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> fromSelect() {
        return _get(Select.class, spec -> spec.withId("from-year"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> toSelect() {
        return _get(Select.class, spec -> spec.withId("to-year"));
    }

    @SuppressWarnings("unchecked")
    private static Select<ChangeMeasure> measureSelect() {
        return _get(Select.class, spec -> spec.withId("measure"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Indicator> indicatorBox() {
        return _get(ComboBox.class, spec -> spec.withId("indicator"));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** The address shown, its parameters in alphabetical order (the router keeps them in no particular order). */
    static String currentAddress() {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        String query = location.getQueryParameters().getParameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .collect(Collectors.joining("&"));
        return location.getPath() + (query.isEmpty() ? "" : "?" + query);
    }
}
