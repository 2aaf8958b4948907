package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.admin.UnitLookup;
import vn.bca.antq.base.ui.Format;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.coverage.AssessmentService;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.report.ui.ReportDownloads;
import vn.bca.antq.security.Role;

/**
 * One province in a year ({@code /province/36?year=2020&indicator=COVERAGE_COMMUNES}): its key figures, its districts
 * (until mid-2025) or communes (after) on a map with a ranking, and its trend against the nation. A code of the other
 * administrative structure says what became of the province instead of failing.
 */
@Route("province/:code")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
class ProvinceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final IndicatorService indicators;
    private final AdministrativeUnits units;
    private final GeoLayers geo;
    private final ReportDownloads reports;
    private final AssessmentService assessments;
    private final DashboardControls controls = new DashboardControls(this::navigate);
    private final Div crumbs = new Div();
    private final H2 heading = new H2();
    private final Paragraph eraNote = new Paragraph();
    private final Div content = new Div();
    private final UnitsPanel children;
    private final ApexChart trend = new ApexChart(ChartOptions.line(List.of(), Series.of("", List.of())));
    private DashboardParameters shown = DashboardParameters.defaults();
    private String code = "";
    private String title = "";

    ProvinceView(IndicatorService indicators, AdministrativeUnits units, GeoLayers geo, ReportDownloads reports, Exports exports,
                 AssessmentService assessments) {
        this.assessments = assessments;
        this.indicators = indicators;
        this.units = units;
        this.geo = geo;
        this.reports = reports;
        addClassName("province");
        children = new UnitsPanel("province-map", this::href, this::open, exports);
        trend.setId("trend-chart");
        eraNote.addClassName("era-note");
        add(crumbs, heading, controls, eraNote, content);
    }

    static String href(String provinceCode, DashboardParameters parameters) {
        return "province/" + provinceCode + "?" + parameters.toQuery().getQueryString();
    }

    static void open(Component host, String provinceCode, DashboardParameters parameters) {
        host.getUI().ifPresent(ui -> ui.navigate(ProvinceView.class, new RouteParameters("code", provinceCode), parameters.toQuery()));
    }

    @Override
    public String getPageTitle() {
        return title + " – ANTQ";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        DashboardParameters parameters = DashboardParameters.from(event.getLocation().getQueryParameters());
        if (parameters.hasRejected()) {
            DashboardNotices.invalidParameters(this, parameters);
            event.forwardTo(ProvinceView.class, new RouteParameters("code", code), parameters.toQuery());
            return;
        }
        shown = parameters;
        controls.show(parameters);
        eraNote.setText(DashboardNotices.eraNote(this, parameters.year()));
        content.removeAll();
        content.getElement().removeAttribute("id");
        crumbs.removeAll();
        switch (units.lookup(UnitLevel.PROVINCE, code, Era.ofYear(parameters.year()))) {
            case UnitLookup.Found found -> show(found.unit());
            case UnitLookup.OtherEra other -> explainOtherEra(other);
            case UnitLookup.Unknown unknown -> explain(getTranslation("province.unknown", unknown.code()), "/", getTranslation("province.back"));
        }
    }

    private void show(AdminUnit province) {
        title = province.getName();
        crumbs.add(Breadcrumbs.of(List.of(Breadcrumbs.nation(this, shown), Breadcrumbs.Crumb.here(province.getName()))));
        heading.setText(province.getName());
        reports.forProvince(province, shown.year()).ifPresent(controls::offer);
        Period year = Period.year(shown.year());
        Div cards = new Div();
        cards.addClassName("figure-cards");
        OverviewView.KEY_FIGURES.forEach(i -> cards.add(FigureCards.of(this, indicators.figure(i, province, year),
                indicators.figure(i, province, Period.year(shown.year() - 1)))));
        content.add(cards);
        units.successorsOf(province).stream().findFirst().flatMap(s -> units.byId(s.getSuccessorId())).ifPresent(successor ->
                content.add(new Paragraph(getTranslation("province.merged-later", province.getShortName(), successor.getName(),
                        Format.date(successor.getValidFrom())))));
        Era era = province.getEra();
        UnitLevel level = era != null && era.hasDistricts() ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        MapLayer layer = level == UnitLevel.DISTRICT ? MapLayer.districtsOf(province.getCode()) : MapLayer.communesOf(province.getCode());
        children.show(indicators.figuresWithin(shown.indicator(), province, level, year), geo.url(layer), List.of(),
                getTranslation(level == UnitLevel.DISTRICT ? "export.units.districts" : "export.units.communes", province.getName()), shown,
                indicators.national(shown.indicator(), year));
        trend.setOptions(DashboardCharts.trend(this, getTranslation("province.trend", FigureText.name(shown.indicator())), List.of(
                new DashboardCharts.NamedTrend(province.getShortName(), indicators.trend(shown.indicator(), province,
                        DashboardParameters.FIRST_YEAR, DashboardParameters.LAST_YEAR)),
                new DashboardCharts.NamedTrend(getTranslation("breadcrumbs.nation"), indicators.trend(shown.indicator(), units.nation(),
                        DashboardParameters.FIRST_YEAR, DashboardParameters.LAST_YEAR))), assessments.legalBasesByYear(province)));
        content.add(children, trend);
    }

    /** A province of the other structure: Thái Bình in 2026 is now part of Hưng Yên; Hưng Yên in 2020 had no Thái Bình yet. */
    private void explainOtherEra(UnitLookup.OtherEra other) {
        title = other.unit().getName();
        crumbs.add(Breadcrumbs.of(List.of(Breadcrumbs.nation(this, shown), Breadcrumbs.Crumb.here(title))));
        heading.setText(other.unit().getName());
        boolean merged = other.unit().getEra() == Era.PROVINCES_63;
        String message = merged && !other.counterparts().isEmpty()
                ? getTranslation("province.merged", other.unit().getName(), other.counterparts().getFirst().getName(),
                Format.date(Era.REFORM_DATE), String.valueOf(shown.year()))
                : getTranslation("province.not-yet", other.unit().getName(), Format.date(Era.REFORM_DATE), String.valueOf(shown.year()));
        Div links = new Div();
        other.counterparts().forEach(c -> links.add(link(href(c.getCode(), shown), c.getName())));
        content.add(new Paragraph(message), links);
        content.setId("province-message");
    }

    private void explain(String message, String href, String linkText) {
        title = getTranslation("province.unknown-title");
        heading.setText(title);
        content.add(new Paragraph(message), link(href, linkText));
        content.setId("province-message");
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        anchor.addClassName("message-link");
        return anchor;
    }

    private void navigate(DashboardParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(ProvinceView.class, new RouteParameters("code", code), parameters.toQuery()));
    }

    private String href(AdminUnit unit) {
        return path(unit) + "?" + shown.toQuery().getQueryString();
    }

    private String path(AdminUnit unit) {
        String kind = unit.getLevel() == UnitLevel.DISTRICT ? "district" : "commune";
        return "province/" + code + "/" + kind + "/" + unit.getCode();
    }

    private void open(AdminUnit unit) {
        getUI().ifPresent(ui -> ui.navigate(path(unit), shown.toQuery()));
    }
}
