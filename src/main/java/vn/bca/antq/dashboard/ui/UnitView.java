package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.dashboard.ui.Breadcrumbs.Crumb;
import vn.bca.antq.export.Table;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.festival.FestivalService;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.movementmodel.ModelService;
import vn.bca.antq.security.Role;

/**
 * The page of an old district ({@code province/36/district/365?year=2020&structure=reported}) or a new commune
 * ({@code province/33/commune/12345?year=2026}): its key figures, communes, models and festival sites of the year; a
 * new commune on today's structure also its trend since 2019, restated from its predecessors before the reform.
 * When the address names no unit for that year, the page says why and links on (see {@link UnitPlaces}); an old
 * district after the reform shows what became of it.
 */
@Route("province/:province/district/:district")
@RouteAlias("province/:province/commune/:commune")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
class UnitView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<Indicator> KEY_FIGURES = Stream.concat(
                    UnitChoices.COVERAGE.stream(),
                    Stream.of(Indicator.FESTIVAL_SITES, Indicator.MODELS, Indicator.MODEL_SITES, Indicator.EXEMPLARS))
            .toList();

    private final AdministrativeUnits units;
    private final IndicatorService indicators;
    private final ModelService models;
    private final FestivalService festivals;
    private final Exports exports;
    private final GeoLayers geo;
    private final TargetService targets;
    private String title = "";
    private String path = "";
    private @Nullable AdminUnit shownUnit;
    private DashboardParameters shownParameters = DashboardParameters.defaults();

    UnitView(
            AdministrativeUnits units,
            IndicatorService indicators,
            ModelService models,
            FestivalService festivals,
            Exports exports,
            GeoLayers geo,
            TargetService targets) {
        this.geo = geo;
        this.targets = targets;
        this.units = units;
        this.indicators = indicators;
        this.models = models;
        this.festivals = festivals;
        this.exports = exports;
        addClassName("unit-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unit.page-title", title);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        path = event.getLocation().getPath();
        DashboardParameters parameters =
                DashboardParameters.from(event.getLocation().getQueryParameters());
        if (parameters.hasRejected()) {
            DashboardNotices.invalidParameters(this, parameters);
            event.forwardTo(path, parameters.toQuery());
            return;
        }
        RouteParameters route = event.getRouteParameters();
        String province = route.get("province").orElseThrow();
        UnitPlaces.Place place = route.get("district").isPresent()
                ? UnitPlaces.district(
                        this, units, province, route.get("district").orElseThrow(), parameters)
                : UnitPlaces.commune(this, units, province, route.get("commune").orElseThrow(), parameters);
        removeAll();
        shownUnit = null;
        switch (place) {
            case UnitPlaces.Shown shown -> show(shown, parameters);
            case UnitPlaces.Problem problem -> explain(problem, parameters);
            case UnitPlaces.Succeeded succeeded -> explain(succeeded, parameters);
            case UnitPlaces.AsReported asReported -> {
                DashboardNotices.warn(asReported.notice());
                event.forwardTo(
                        path, parameters.withStructure(Structure.REPORTED).toQuery());
            }
        }
    }

    private void show(UnitPlaces.Shown shown, DashboardParameters parameters) {
        AdminUnit unit = shown.unit();
        shownUnit = unit;
        title = unit.getName();
        Div choices = new Div(
                UnitChoices.year(this, unit, parameters, this::navigate),
                new StructureSwitch(parameters, this::navigate));
        choices.addClassName("dashboard-controls");
        add(
                Breadcrumbs.of(List.of(
                        Breadcrumbs.nation(this, parameters),
                        Breadcrumbs.province(shown.province(), parameters),
                        Crumb.here(unit.getName()))),
                new H2(unit.getName()),
                UnitHeader.of(this, shown),
                choices);
        Restatements.predecessors(this, units, unit, parameters).ifPresent(this::add);
        List<Figure> figures = KEY_FIGURES.stream()
                .map(i -> indicators.figure(i, unit, shown.period()))
                .toList();
        List<ModelService.ModelInUnit> running =
                models.modelsWithSitesIn(unit, shown.period().to());
        List<FestivalService.Site> sites = festivals.sitesIn(unit, parameters.year());
        if (figures.stream().noneMatch(Figure::hasData) && running.isEmpty() && sites.isEmpty()) {
            add(new UnitMessage(
                    "unit-no-data",
                    getTranslation("unit.no-data", String.valueOf(parameters.year()), unit.getName()),
                    List.of(Breadcrumbs.province(shown.province(), parameters))));
            return;
        }
        Div cards = new Div();
        cards.addClassName("figure-cards");
        figures.forEach(f -> cards.add(
                f.indicator() == Indicator.MODELS
                        ? FigureCards.modelsWithSites(
                                this, running, shown.period().to())
                        : FigureCards.of(this, f)));
        add(new H3(getTranslation("unit.figures")), cards);
        List<Figure> reportedApart = indicators.reportedApart(unit, parameters.year());
        if (!reportedApart.isEmpty()) {
            add(new ReportedApart(reportedApart, units, exports, getTranslation("export.apart", unit.getName())));
        }
        if (!units.sharesOf(unit).isEmpty() && parameters.structure() == Structure.CURRENT) {
            add(trend(unit, parameters));
        }
        String year = String.valueOf(parameters.year());
        if (parameters.restated() && !units.sharesOf(unit).isEmpty()) {
            add(new UnitMessage(
                    "unit-lists-before",
                    getTranslation("unit.lists-before", Format.date(Era.REFORM_DATE)),
                    UnitPlaces.districtsBefore(this, units, unit, parameters)));
            return;
        }
        if (unit.getLevel() == UnitLevel.DISTRICT) {
            Indicator coverage = UnitChoices.coverageOf(parameters);
            UnitCommuneGrid communes =
                    new UnitCommuneGrid(UnitCommuneGrid.rows(units, indicators, unit, coverage, shown.period()));
            String name = getTranslation("export.unit.communes", unit.getName(), year, FigureText.name(coverage));
            add(
                    new H3(getTranslation("unit.communes", unit.getName())),
                    UnitChoices.coverage(this, coverage, parameters, this::navigate),
                    menu("commune-export", () -> communes.table(name)),
                    communes);
        }
        add(new H3(getTranslation("unit.models", Format.date(shown.period().to()))));
        if (running.isEmpty()) {
            add(new Paragraph(getTranslation("unit.models.none")));
        } else {
            UnitModelGrid grid = new UnitModelGrid(running);
            String name = getTranslation(
                    "export.unit.models",
                    unit.getName(),
                    Format.date(shown.period().to()));
            add(menu("model-export", () -> grid.table(name)), grid);
        }
        add(new H3(getTranslation("unit.festival", year)));
        if (sites.isEmpty()) {
            add(new Paragraph(getTranslation("unit.festival.none")));
        } else {
            UnitFestivalGrid grid = new UnitFestivalGrid(sites);
            String name = getTranslation("export.unit.festival", unit.getName(), year);
            add(menu("festival-export", () -> grid.table(name)), grid);
        }
    }

    private ExportMenu menu(String id, SerializableSupplier<Table> table) {
        ExportMenu menu = exports.menu(table);
        menu.setId(id);
        return menu;
    }

    /** A new commune's figures of every year, carried from its predecessors before the reform, estimates marked on the axis. */
    private ApexChart trend(AdminUnit unit, DashboardParameters parameters) {
        ApexChart chart = new ApexChart(DashboardCharts.trend(
                this,
                getTranslation("unit.trend", unit.getShortName(), FigureText.name(parameters.indicator())),
                List.of(new DashboardCharts.NamedTrend(
                        unit.getShortName(),
                        indicators.trend(
                                parameters.indicator(),
                                unit,
                                DashboardParameters.FIRST_YEAR,
                                DashboardParameters.LAST_YEAR)))));
        chart.setId("trend-chart");
        return chart;
    }

    /** What became of an old district after the reform: the message, then the communes formed from it. */
    private void explain(UnitPlaces.Succeeded succeeded, DashboardParameters parameters) {
        title = succeeded.old().getName();
        shownParameters = parameters;
        UnitsPanel panel = new UnitsPanel(
                Successors.MAP_ID, this::href, u -> getUI().ifPresent(ui -> ui.navigate(href(u))), exports, targets);
        add(
                Breadcrumbs.of(List.of(Breadcrumbs.nation(this, parameters), Crumb.here(title))),
                new H2(title),
                new UnitMessage("unit-problem", String.join(" ", succeeded.messages()), succeeded.links()),
                Successors.show(
                        this, panel, units, indicators, geo, succeeded.old(), succeeded.newProvince(), parameters),
                panel);
    }

    private String href(AdminUnit commune) {
        AdminUnit province = units.ancestorAt(commune, UnitLevel.PROVINCE).orElseThrow();
        return UnitAddress.href(UnitAddress.commune(province.getCode(), commune.getCode()), shownParameters);
    }

    private void explain(UnitPlaces.Problem problem, DashboardParameters parameters) {
        title = problem.title();
        add(
                Breadcrumbs.of(List.of(Breadcrumbs.nation(this, parameters), Crumb.here(problem.title()))),
                new H2(problem.title()),
                new UnitMessage("unit-problem", String.join(" ", problem.messages()), problem.links()));
    }

    /** Another year or structure; an old district switched to today's structure opens the new province it lies in. */
    private void navigate(DashboardParameters parameters) {
        String target = path;
        if (parameters.structure() == Structure.CURRENT
                && shownUnit != null
                && shownUnit.getEra() == Era.PROVINCES_63) {
            AdminUnit oldProvince =
                    units.ancestorAt(shownUnit, UnitLevel.PROVINCE).orElseThrow();
            target = UnitAddress.province(
                    units.rollUpParent(oldProvince).orElseThrow().getCode());
        }
        String to = target;
        getUI().ifPresent(ui -> ui.navigate(to, parameters.toQuery()));
    }
}
