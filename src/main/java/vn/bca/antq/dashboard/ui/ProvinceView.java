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
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.admin.UnitLookup;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.coverage.AssessmentService;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.monitoring.Target;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.report.ui.ReportDownloads;
import vn.bca.antq.security.Role;

/**
 * One province in a year ({@code /province/37?year=2020&indicator=COVERAGE_COMMUNES}): its key figures, its communes
 * (on today's structure, the default; restated before mid-2025) or its districts ({@code &structure=reported}, until
 * mid-2025) on a map with a ranking, and its trend against the nation. An old province's code on today's structure
 * shows it as reported; in a year after the reform, the page shows what became of it (docs/GEOGRAPHY.md).
 */
@Route("province/:code")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
class ProvinceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final IndicatorService indicators;
    private final AdministrativeUnits units;
    private final GeoLayers geo;
    private final ReportDownloads reports;
    private final Exports exports;
    private final AssessmentService assessments;
    private final TargetService targets;
    private final DashboardControls controls = new DashboardControls(this::navigate);
    private final Div crumbs = new Div();
    private final H2 heading = new H2();
    private final Paragraph eraNote = new Paragraph();
    private final Div content = new Div();
    private final UnitsPanel children;
    private final ApexChart trend = new ApexChart(ChartOptions.line(List.of(), Series.of("", List.of())));
    private DashboardParameters shown = DashboardParameters.defaults();
    private @Nullable AdminUnit shownProvince;
    private String code = "";
    private String title = "";

    ProvinceView(
            IndicatorService indicators,
            AdministrativeUnits units,
            GeoLayers geo,
            ReportDownloads reports,
            Exports exports,
            AssessmentService assessments,
            TargetService targets) {
        this.assessments = assessments;
        this.targets = targets;
        this.indicators = indicators;
        this.units = units;
        this.geo = geo;
        this.reports = reports;
        this.exports = exports;
        addClassName("province");
        children = new UnitsPanel("province-map", this::href, this::open, exports, targets);
        trend.setId("trend-chart");
        eraNote.addClassName("era-note");
        add(crumbs, heading, controls, eraNote, content);
    }

    static String href(String provinceCode, DashboardParameters parameters) {
        return "province/" + provinceCode + "?" + parameters.toQuery().getQueryString();
    }

    static void open(Component host, String provinceCode, DashboardParameters parameters) {
        host.getUI()
                .ifPresent(ui -> ui.navigate(
                        ProvinceView.class, new RouteParameters("code", provinceCode), parameters.toQuery()));
    }

    @Override
    public String getPageTitle() {
        return title + " – ANTQ";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        DashboardParameters parameters =
                DashboardParameters.from(event.getLocation().getQueryParameters());
        if (parameters.hasRejected()) {
            DashboardNotices.invalidParameters(this, parameters);
            event.forwardTo(ProvinceView.class, new RouteParameters("code", code), parameters.toQuery());
            return;
        }
        shown = parameters;
        shownProvince = null;
        controls.show(parameters);
        eraNote.setText(DashboardNotices.eraNote(this, parameters));
        content.removeAll();
        content.getElement().removeAttribute("id");
        crumbs.removeAll();
        switch (units.lookup(UnitLevel.PROVINCE, code, parameters.era())) {
            case UnitLookup.Found found -> show(found.unit());
            case UnitLookup.OtherEra other
            when other.unit().getEra() == Era.PROVINCES_63 && parameters.year() < Era.REFORM_DATE.getYear() -> {
                // An old province's address on today's structure (an old link): it existed that year, so it is shown as
                // reported.
                DashboardNotices.warn(getTranslation(
                        "structure.old-unit",
                        other.unit().getName(),
                        other.counterparts().getFirst().getName(),
                        Format.date(Era.REFORM_DATE)));
                event.forwardTo(
                        ProvinceView.class,
                        new RouteParameters("code", code),
                        parameters.withStructure(Structure.REPORTED).toQuery());
            }
            case UnitLookup.OtherEra other -> explainOtherEra(other);
            case UnitLookup.Unknown unknown ->
                explain(getTranslation("province.unknown", unknown.code()), "/", getTranslation("province.back"));
        }
    }

    private void show(AdminUnit province) {
        shownProvince = province;
        title = province.getName();
        crumbs.add(
                Breadcrumbs.of(List.of(Breadcrumbs.nation(this, shown), Breadcrumbs.Crumb.here(province.getName()))));
        heading.setText(province.getName());
        reports.forProvince(province, shown.year(), shown.structure()).ifPresent(controls::offer);
        Period year = Period.year(shown.year());
        Div cards = new Div();
        cards.addClassName("figure-cards");
        Map<Indicator, Target> goals = targets.byIndicator(shown.year(), province);
        OverviewView.KEY_FIGURES.forEach(i -> cards.add(FigureCards.of(
                this,
                indicators.figure(i, province, year),
                indicators.figure(i, province, Period.year(shown.year() - 1)),
                goals.get(i))));
        content.add(cards);
        Restatements.absorbedProvinces(this, units, province, shown).ifPresent(content::add);
        List<Figure> reportedApart = indicators.reportedApart(province, shown.year());
        if (!reportedApart.isEmpty()) {
            content.add(new ReportedApart(
                    reportedApart, units, exports, getTranslation("export.apart", province.getName())));
        }
        units.successorsOf(province).stream()
                .findFirst()
                .flatMap(s -> units.byId(s.getSuccessorId()))
                .ifPresent(successor -> content.add(new Paragraph(getTranslation(
                        "province.merged-later",
                        province.getShortName(),
                        successor.getName(),
                        Format.date(successor.getValidFrom())))));
        Era era = province.getEra();
        UnitLevel level = era != null && era.hasDistricts() ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        MapLayer layer = level == UnitLevel.DISTRICT
                ? MapLayer.districtsOf(province.getCode())
                : MapLayer.communesOf(province.getCode());
        List<Figure> figures = indicators.figuresWithin(shown.indicator(), province, level, year);
        children.show(
                figures,
                geo.url(layer),
                List.of(),
                getTranslation(
                        level == UnitLevel.DISTRICT ? "export.units.districts" : "export.units.communes",
                        province.getName()),
                shown,
                indicators.national(shown.indicator(), year));
        children.compareWith(indicators.figure(shown.indicator(), province, year));
        trend.setOptions(DashboardCharts.trend(
                this,
                getTranslation("province.trend", FigureText.name(shown.indicator())),
                List.of(
                        new DashboardCharts.NamedTrend(
                                province.getShortName(),
                                indicators.trend(
                                        shown.indicator(),
                                        province,
                                        DashboardParameters.FIRST_YEAR,
                                        DashboardParameters.LAST_YEAR)),
                        new DashboardCharts.NamedTrend(
                                getTranslation("breadcrumbs.nation"),
                                indicators.trend(
                                        shown.indicator(),
                                        units.nation(),
                                        DashboardParameters.FIRST_YEAR,
                                        DashboardParameters.LAST_YEAR))),
                assessments.legalBasesByYear(province)));
        content.add(children);
        if (level == UnitLevel.COMMUNE && Restatements.carriesOldFigures(shown)) {
            Restatements.communes(this, indicators.figure(shown.indicator(), province, year), figures)
                    .forEach(content::add);
        }
        content.add(trend);
    }

    /**
     * A province of the other structure: Thái Bình in 2026 is now part of Hưng Yên, and the page shows the communes
     * formed from it with their figures of the year; Hưng Yên in 2020 had no Thái Bình yet.
     */
    private void explainOtherEra(UnitLookup.OtherEra other) {
        AdminUnit unit = other.unit();
        title = unit.getName();
        crumbs.add(Breadcrumbs.of(List.of(Breadcrumbs.nation(this, shown), Breadcrumbs.Crumb.here(title))));
        heading.setText(unit.getName());
        boolean merged = unit.getEra() == Era.PROVINCES_63;
        String message = merged && !other.counterparts().isEmpty()
                ? getTranslation(
                        "province.merged",
                        unit.getName(),
                        other.counterparts().getFirst().getName(),
                        Format.date(Era.REFORM_DATE),
                        String.valueOf(shown.year()))
                : getTranslation(
                        "province.not-yet", unit.getName(), Format.date(Era.REFORM_DATE), String.valueOf(shown.year()));
        Div links = new Div();
        other.counterparts().forEach(c -> links.add(link(href(c.getCode(), shown), c.getName())));
        content.add(new Paragraph(message), links);
        content.setId("province-message");
        if (merged && !other.counterparts().isEmpty()) {
            content.add(
                    Successors.show(
                            this,
                            children,
                            units,
                            indicators,
                            geo,
                            unit,
                            other.counterparts().getFirst(),
                            shown),
                    children);
        }
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

    /** Another year, indicator or structure; an old province switched to today's structure opens the new one it joined. */
    private void navigate(DashboardParameters parameters) {
        String target = parameters.structure() == Structure.CURRENT
                        && shownProvince != null
                        && shownProvince.getEra() == Era.PROVINCES_63
                ? units.rollUpParent(shownProvince).map(AdminUnit::getCode).orElse(code)
                : code;
        getUI().ifPresent(ui ->
                ui.navigate(ProvinceView.class, new RouteParameters("code", target), parameters.toQuery()));
    }

    private String href(AdminUnit unit) {
        return path(unit) + "?" + shown.toQuery().getQueryString();
    }

    private String path(AdminUnit unit) {
        String province = units.ancestorAt(unit, UnitLevel.PROVINCE)
                .map(AdminUnit::getCode)
                .orElse(code);
        return unit.getLevel() == UnitLevel.DISTRICT
                ? UnitAddress.district(province, unit.getCode())
                : UnitAddress.commune(province, unit.getCode());
    }

    private void open(AdminUnit unit) {
        getUI().ifPresent(ui -> ui.navigate(path(unit), shown.toQuery()));
    }
}
