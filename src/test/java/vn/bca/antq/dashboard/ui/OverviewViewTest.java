package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.FigureCard;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;

class OverviewViewTest extends KaribuTest {

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private AdministrativeUnits units;

    @Test
    void openingTheHomePageShowsOneCardPerNationalFigureOfTheDefaultYear() {
        UI.getCurrent().navigate("");

        _get(OverviewView.class);
        assertThat(yearSelect().getValue()).isEqualTo(2025);
        assertThat(_find(FigureCard.class)).hasSize(7);
        assertThat(card(Indicator.FESTIVAL_SITES).getElement().getTextRecursively())
                .contains("Điểm tổ chức Ngày hội");
        assertThat(eraNote()).contains("63").contains("34").contains("01/07/2025");
    }

    @Test
    void choosingTheYear2022ShowsTheFestivalFiguresOfTheSeedArticle() {
        UI.getCurrent().navigate("");

        _setValue(yearSelect(), 2022);

        assertThat(currentAddress()).isEqualTo("?indicator=COVERAGE_COMMUNES&year=2022");
        FigureCard festival = card(Indicator.FESTIVAL_SITES);
        assertThat(festival.getValueText()).isEqualTo("5.813");
        assertThat(details(festival))
                .contains("Nguồn: Cổng thông tin điện tử tỉnh Hưng Yên, 11/2022", "Tổng số được báo cáo trực tiếp");
        assertThat(card(Indicator.FESTIVAL_SITES_CENTRAL_LEADERS).getValueText())
                .isEqualTo("28");
        assertThat(eraNote()).contains("tính lại trên cơ cấu hiện nay (34 tỉnh");
    }

    @Test
    void aRateShowsItsValueWithItsNumeratorAndDenominator() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "2020"));
        Figure expected = indicators.national(Indicator.COVERAGE_RESIDENTIAL_AREAS, Period.year(2020));

        FigureCard residentialAreas = card(Indicator.COVERAGE_RESIDENTIAL_AREAS);

        assertThat(residentialAreas.getValueText())
                .isEqualTo(Format.percent(expected.value()))
                .endsWith("%")
                .contains(",");
        assertThat(details(residentialAreas))
                .contains(
                        "Đạt chuẩn/tổng số: " + Format.number(expected.numerator()) + "/"
                                + Format.number(expected.denominator()),
                        "Cộng từ số liệu cấp dưới");
    }

    @Test
    void aFigureSummedFromAnArticleAndDemoDataNamesBothAndKeepsTheLowerBound() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "2022"));

        assertThat(details(card(Indicator.EXEMPLARS)))
                .contains("Nguồn: Công an tỉnh Thái Bình, 2022; Dữ liệu mô phỏng", "Cộng từ số liệu cấp dưới");
        assertThat(card(Indicator.EXEMPLARS).getValueText()).startsWith("≥ ");
    }

    @Test
    void anArticleIsCitedByOutletAndDateWithItsTitleAndFileOnlyInTheDetails() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "2022"));
        Element source = card(Indicator.FESTIVAL_SITES)
                .getElement()
                .getChild(2)
                .getChildren()
                .filter(e -> e.getText().startsWith("Nguồn:"))
                .findFirst()
                .orElseThrow();

        assertThat(source.getText())
                .isEqualTo("Nguồn: Cổng thông tin điện tử tỉnh Hưng Yên, 11/2022")
                .doesNotContain(".txt");
        assertThat(source.getAttribute("title"))
                .contains(
                        "Tổng kết công tác tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022",
                        "Hoàng Bền",
                        "002_9e525a15b9b8ba69.txt");
        assertThat(_get(UnitsPanel.class).getElement().getTextRecursively()).doesNotContain(".txt");
    }

    @Test
    void theMapTheRankingAndTheChartsSayThatTheirFiguresAreSynthetic() {
        UI.getCurrent().navigate("", QueryParameters.simple(java.util.Map.of("year", "2023", "indicator", "MODELS")));

        assertThat(_get(UnitsPanel.class).map().getLegend().title())
                .isEqualTo("Số liệu mô phỏng · Mô hình đang hoạt động");
        assertThat(chartTitle("ranking-chart")).startsWith("Số liệu mô phỏng · ");
        assertThat(chartTitle("trend-chart")).as("2020 holds Nam Định's seed").startsWith("Có số liệu mô phỏng · ");
        assertThat(_find(ApexChart.class))
                .hasSize(6)
                .allSatisfy(chart -> assertThat(chart.getOptions().title()).containsIgnoringCase("số liệu mô phỏng"));
        assertThat(_get(Span.class, spec -> spec.withId("demo-notice")).getText())
                .contains("số liệu mô phỏng");
    }

    @Test
    void aRateShownOnlyWhereReportedGivesNoProvinceAValueAndSaysWhereItWasReported() {
        UI.getCurrent()
                .navigate(
                        "",
                        QueryParameters.simple(
                                java.util.Map.of("year", "2022", "indicator", "RESIDENT_PARTICIPATION")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("national-map-note"))
                        .getText())
                .contains("chỉ có ở nơi được báo cáo", "không cộng lên cấp trên");
        assertThat(_get(UnitsPanel.class).map().getData().values())
                .allSatisfy(style -> assertThat(style.value()).isNull());
        Grid<Figure> apart = _get(ReportedApart.class).grid();
        assertThat(_findAll(apart))
                .filteredOn(f -> f.indicator() == Indicator.RESIDENT_PARTICIPATION)
                .singleElement()
                .satisfies(f -> assertThat(f.unit().getName()).isEqualTo("Thị trấn Thiệu Hóa"));
        assertThat(_getFormattedRow(
                        apart,
                        _findAll(apart)
                                .indexOf(_findAll(apart).stream()
                                        .filter(f -> f.indicator() == Indicator.RESIDENT_PARTICIPATION)
                                        .findFirst()
                                        .orElseThrow())))
                .containsExactly(
                        "Thị trấn Thiệu Hóa (Tỉnh Thanh Hóa)",
                        "Tỷ lệ Nhân dân tham gia phong trào",
                        "01/01/2022 – 16/08/2022",
                        "100%",
                        "Cổng thông tin điện tử huyện Thiệu Hóa, 08/2022");
    }

    @Test
    void anEmptyFigureShowsNoDataAndNoSource() {
        UI.getCurrent().navigate("");
        Figure empty = Figure.empty(units.nation(), Indicator.MODELS, Period.year(2019));

        FigureCard card = FigureCards.of(_get(OverviewView.class), empty);

        assertThat(card.getValueText()).isEqualTo("Chưa có số liệu");
        assertThat(card.hasClassName("figure-card--empty")).isTrue();
        assertThat(details(card)).isEmpty();
    }

    @Test
    void anInvalidYearFallsBackToTheDefaultWithANotice() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "abc"));

        assertThat(yearSelect().getValue()).isEqualTo(OverviewView.DEFAULT_YEAR);
        assertThat(currentAddress()).isEqualTo("?indicator=COVERAGE_COMMUNES&year=2025");
        expectNotifications("Năm “abc” không hợp lệ, đang hiển thị năm 2025.");
    }

    @Test
    void aYearOutsideTheRangeFallsBackToTheDefault() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "1990"));

        assertThat(yearSelect().getValue()).isEqualTo(OverviewView.DEFAULT_YEAR);
        expectNotifications("Năm “1990” không hợp lệ, đang hiển thị năm 2025.");
    }

    @Test
    void goingBackToAnEarlierAddressShowsThatYearAgain() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "2022"));
        _setValue(yearSelect(), 2024);

        UI.getCurrent().navigate("", QueryParameters.of("year", "2022")); // what the browser's Back button asks for

        assertThat(yearSelect().getValue()).isEqualTo(2022);
        assertThat(card(Indicator.FESTIVAL_SITES).getValueText()).isEqualTo("5.813");
    }

    @Test
    void switchingToEnglishShowsEnglishLabelsAndKeepsVietnameseNumbers() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "2022"));

        _setValue(_get(Select.class, spec -> spec.withId("language")), vn.bca.antq.base.text.Language.EN);

        assertThat(yearSelect().getLabel()).isEqualTo("Year");
        assertThat(currentAddress()).isEqualTo("?year=2022");
        FigureCard festival = card(Indicator.FESTIVAL_SITES);
        assertThat(festival.getElement().getTextRecursively()).contains("Festival sites");
        assertThat(festival.getValueText()).isEqualTo("5.813");
        assertThat(details(festival))
                .contains("Source: Cổng thông tin điện tử tỉnh Hưng Yên, 11/2022", "Reported as a total");
        assertThat(eraNote()).contains("63 provinces");
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> yearSelect() {
        return _get(Select.class, spec -> spec.withId("year"));
    }

    private static FigureCard card(Indicator indicator) {
        return _get(FigureCard.class, spec -> spec.withId(FigureCards.id(indicator)));
    }

    private static String chartTitle(String id) {
        return _get(ApexChart.class, spec -> spec.withId(id)).getOptions().title();
    }

    private static List<String> details(FigureCard card) {
        return card.getElement().getChild(2).getChildren().map(e -> e.getText()).toList();
    }

    private static String eraNote() {
        return _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("era-note"))
                .getText();
    }

    private static String currentAddress() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
