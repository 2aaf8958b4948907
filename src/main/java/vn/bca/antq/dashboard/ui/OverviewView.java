package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.coverage.AssessmentService;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorGroup;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.SyntheticMark;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.monitoring.Target;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.movementmodel.ModelService;
import vn.bca.antq.report.ui.ReportDownloads;
import vn.bca.antq.security.Role;

/**
 * The national overview of a year and indicator ({@code ?year=2022&indicator=FESTIVAL_SITES}): key figures with their
 * change since the previous year, the provinces on a map with a ranking (the 34 of today, or with
 * {@code &structure=reported} those of the year), the national trend across the 2025 reform, and breakdowns. A
 * province opens from the map, the ranking or the table.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "overview.menu")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
class OverviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int DEFAULT_YEAR = DashboardParameters.DEFAULT_YEAR;
    static final List<Indicator> KEY_FIGURES = List.of(
            Indicator.COVERAGE_RESIDENTIAL_AREAS,
            Indicator.COVERAGE_COMMUNES,
            Indicator.FESTIVAL_SITES,
            Indicator.FESTIVAL_SITES_CENTRAL_LEADERS,
            Indicator.MODELS,
            Indicator.MODEL_SITES,
            Indicator.EXEMPLARS);
    static final List<Indicator> COVERAGE = Indicator.inGroup(IndicatorGroup.COVERAGE);
    static final List<Indicator> INITIATORS = List.of(
            Indicator.MODELS_BY_PROVINCIAL_PARTY_COMMITTEE,
            Indicator.MODELS_BY_PROVINCIAL_PEOPLES_COMMITTEE,
            Indicator.MODELS_BY_PROVINCIAL_POLICE,
            Indicator.MODELS_BY_LOCAL_BODIES);

    private final IndicatorService indicators;
    private final AdministrativeUnits units;
    private final GeoLayers geo;
    private final ModelService models;
    private final ReportDownloads reports;
    private final AssessmentService assessments;
    private final TargetService targets;
    private final DashboardControls controls = new DashboardControls(this::navigate);
    private final Paragraph eraNote = new Paragraph();
    private final Div cards = new Div();
    private final UnitsPanel provinces;
    private final ApexChart trend = new ApexChart(ChartOptions.line(List.of(), Series.of("", List.of())));
    private final ApexChart coverage = new ApexChart(ChartOptions.columns(List.of(), Series.of("", List.of())));
    private final ApexChart byType = new ApexChart(ChartOptions.donut(List.of(), List.of()));
    private final ApexChart byInitiator = new ApexChart(ChartOptions.donut(List.of(), List.of()));
    private final ApexChart leaders = new ApexChart(ChartOptions.donut(List.of(), List.of()));
    private final Div apart = new Div();
    private final Exports exports;
    private DashboardParameters shown = DashboardParameters.defaults();

    OverviewView(
            IndicatorService indicators,
            AdministrativeUnits units,
            GeoLayers geo,
            ModelService models,
            ReportDownloads reports,
            Exports exports,
            AssessmentService assessments,
            TargetService targets) {
        this.assessments = assessments;
        this.targets = targets;
        this.indicators = indicators;
        this.units = units;
        this.geo = geo;
        this.models = models;
        this.reports = reports;
        this.exports = exports;
        addClassName("overview");
        provinces = new UnitsPanel("national-map", this::href, this::open, exports, targets);
        eraNote.addClassName("era-note");
        cards.addClassName("figure-cards");
        trend.setId("trend-chart");
        Div charts = new Div(trend, coverage, byType, byInitiator, leaders);
        charts.addClassName("dashboard-charts");
        add(
                Breadcrumbs.of(List.of(Breadcrumbs.Crumb.here(getTranslation("breadcrumbs.nation")))),
                new H2(getTranslation("overview.heading")),
                controls,
                eraNote,
                cards,
                provinces,
                charts,
                apart);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardParameters parameters =
                DashboardParameters.from(event.getLocation().getQueryParameters());
        if (parameters.hasRejected()) {
            DashboardNotices.invalidParameters(this, parameters);
            event.forwardTo(OverviewView.class, parameters.toQuery());
            return;
        }
        show(parameters);
    }

    private void show(DashboardParameters parameters) {
        shown = parameters;
        controls.show(parameters);
        controls.offer(reports.forNation(parameters.year(), parameters.structure()));
        Period year = Period.year(parameters.year());
        Period previous = Period.year(parameters.year() - 1);
        eraNote.setText(DashboardNotices.eraNote(this, parameters));
        cards.removeAll();
        Map<Indicator, Target> goals = targets.byIndicator(parameters.year(), units.nation());
        KEY_FIGURES.forEach(i -> cards.add(
                FigureCards.of(this, indicators.national(i, year), indicators.national(i, previous), goals.get(i))));
        Era era = parameters.era();
        provinces.show(
                indicators.figures(parameters.indicator(), era, UnitLevel.PROVINCE, year),
                geo.url(MapLayer.provinces(era)),
                List.of(),
                getTranslation("export.units.provinces"),
                parameters,
                indicators.national(parameters.indicator(), year));
        provinces.compareWith(indicators.national(parameters.indicator(), year));
        trend.setOptions(DashboardCharts.trend(
                this,
                getTranslation("overview.trend", FigureText.name(parameters.indicator())),
                List.of(new DashboardCharts.NamedTrend(
                        getTranslation("breadcrumbs.nation"),
                        indicators.trend(
                                parameters.indicator(),
                                units.nation(),
                                DashboardParameters.FIRST_YEAR,
                                DashboardParameters.LAST_YEAR))),
                assessments.legalBasesByYear(units.nation())));
        showBreakdowns(year);
        apart.removeAll();
        List<Figure> reportedApart = indicators.reportedApart(units.nation(), parameters.year());
        if (!reportedApart.isEmpty()) {
            apart.add(new ReportedApart(
                    reportedApart,
                    units,
                    exports,
                    getTranslation("export.apart", getTranslation("breadcrumbs.nation"))));
        }
    }

    private void showBreakdowns(Period year) {
        List<Figure> coverageFigures =
                COVERAGE.stream().map(i -> indicators.national(i, year)).toList();
        coverage.setOptions(DashboardCharts.comparison(
                this,
                getTranslation("overview.coverage-by-category"),
                coverageFigures,
                COVERAGE.stream()
                        .map(i -> getTranslation("overview.category." + i.code()))
                        .toList()));
        List<ModelService.TypeCount> types =
                models.runningModelsByType(units.nation(), LocalDate.of(year.toYear(), 12, 31));
        byType.setOptions(ChartOptions.donut(
                        types.stream()
                                .map(t -> FigureText.pick(t.typeVi(), t.typeEn()))
                                .toList(),
                        types.stream().map(ModelService.TypeCount::models).toList())
                .withTitle(FigureText.synthetic(
                        this,
                        SyntheticMark.of(
                                types.stream()
                                        .mapToLong(ModelService.TypeCount::synthetic)
                                        .sum(),
                                types.stream()
                                        .mapToLong(ModelService.TypeCount::models)
                                        .sum()),
                        getTranslation("overview.models-by-type"))));
        List<Figure> initiators =
                INITIATORS.stream().map(i -> indicators.national(i, year)).toList();
        byInitiator.setOptions(ChartOptions.donut(
                        INITIATORS.stream().map(FigureText::name).toList(),
                        initiators.stream().map(FigureFormat::number).toList())
                .withTitle(FigureText.synthetic(
                        this, SyntheticMark.of(initiators), getTranslation("overview.models-by-initiator"))));
        Figure sites = indicators.national(Indicator.FESTIVAL_SITES, year);
        Figure withLeaders = indicators.national(Indicator.FESTIVAL_SITES_CENTRAL_LEADERS, year);
        long all = sites.numerator() == null ? 0 : sites.numerator();
        long led = withLeaders.numerator() == null ? 0 : withLeaders.numerator();
        leaders.setOptions(ChartOptions.donut(
                        List.of(
                                getTranslation("overview.festival.leaders"),
                                getTranslation("overview.festival.others")),
                        List.of(led, Math.max(0, all - led)))
                .withTitle(FigureText.synthetic(
                        this,
                        SyntheticMark.of(List.of(sites, withLeaders)),
                        getTranslation("overview.festival-sites"))));
    }

    private void navigate(DashboardParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(OverviewView.class, parameters.toQuery()));
    }

    private String href(AdminUnit province) {
        return ProvinceView.href(province.getCode(), shown);
    }

    private void open(AdminUnit province) {
        ProvinceView.open(this, province.getCode(), shown);
    }
}
