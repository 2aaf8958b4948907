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
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.ui.Format;
import vn.bca.antq.dashboard.ui.Breadcrumbs.Crumb;
import vn.bca.antq.export.Table;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.festival.FestivalService;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.movementmodel.ModelService;
import vn.bca.antq.security.Role;

/**
 * The page of an old district ({@code province/36/district/365?year=2020}) or a new commune
 * ({@code province/33/commune/12345?year=2026}): its key figures, communes, models and festival sites of the year.
 * When the address names no unit for that year, the page says why and links on (see {@link UnitPlaces}).
 */
@Route("province/:province/district/:district")
@RouteAlias("province/:province/commune/:commune")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
class UnitView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<Indicator> KEY_FIGURES = Stream.concat(UnitChoices.COVERAGE.stream(),
            Stream.of(Indicator.FESTIVAL_SITES, Indicator.MODELS, Indicator.MODEL_SITES, Indicator.EXEMPLARS)).toList();

    private final AdministrativeUnits units;
    private final IndicatorService indicators;
    private final ModelService models;
    private final FestivalService festivals;
    private final Exports exports;
    private String title = "";
    private String path = "";

    UnitView(AdministrativeUnits units, IndicatorService indicators, ModelService models, FestivalService festivals,
             Exports exports) {
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
        DashboardParameters parameters = DashboardParameters.from(event.getLocation().getQueryParameters());
        if (parameters.hasRejected()) {
            DashboardNotices.invalidParameters(this, parameters);
            event.forwardTo(path, parameters.toQuery());
            return;
        }
        RouteParameters route = event.getRouteParameters();
        String province = route.get("province").orElseThrow();
        UnitPlaces.Place place = route.get("district").isPresent()
                ? UnitPlaces.district(this, units, province, route.get("district").orElseThrow(), parameters)
                : UnitPlaces.commune(this, units, province, route.get("commune").orElseThrow(), parameters);
        removeAll();
        switch (place) {
            case UnitPlaces.Shown shown -> show(shown, parameters);
            case UnitPlaces.Problem problem -> explain(problem, parameters);
        }
    }

    private void show(UnitPlaces.Shown shown, DashboardParameters parameters) {
        AdminUnit unit = shown.unit();
        title = unit.getName();
        add(Breadcrumbs.of(List.of(Breadcrumbs.nation(this, parameters), Breadcrumbs.province(shown.province(), parameters),
                Crumb.here(unit.getName()))), new H2(unit.getName()), UnitHeader.of(this, shown),
                UnitChoices.year(this, unit, parameters, this::navigate));
        List<Figure> figures = KEY_FIGURES.stream().map(i -> indicators.figure(i, unit, shown.period())).toList();
        List<ModelService.ModelInUnit> running = models.modelsWithSitesIn(unit, shown.period().to());
        List<FestivalService.Site> sites = festivals.sitesIn(unit, parameters.year());
        if (figures.stream().noneMatch(Figure::hasData) && running.isEmpty() && sites.isEmpty()) {
            add(new UnitMessage("unit-no-data", getTranslation("unit.no-data", String.valueOf(parameters.year()), unit.getName()),
                    List.of(Breadcrumbs.province(shown.province(), parameters))));
            return;
        }
        Div cards = new Div();
        cards.addClassName("figure-cards");
        figures.forEach(f -> cards.add(f.indicator() == Indicator.MODELS
                ? FigureCards.modelsWithSites(this, running, shown.period().to()) : FigureCards.of(this, f)));
        add(new H3(getTranslation("unit.figures")), cards);
        List<Figure> reportedApart = indicators.reportedApart(unit, parameters.year());
        if (!reportedApart.isEmpty()) {
            add(new ReportedApart(reportedApart, units, exports, getTranslation("export.apart", unit.getName())));
        }
        String year = String.valueOf(parameters.year());
        if (unit.getLevel() == UnitLevel.DISTRICT) {
            Indicator coverage = UnitChoices.coverageOf(parameters);
            UnitCommuneGrid communes = new UnitCommuneGrid(UnitCommuneGrid.rows(units, indicators, unit, coverage, shown.period()));
            String name = getTranslation("export.unit.communes", unit.getName(), year, FigureText.name(coverage));
            add(new H3(getTranslation("unit.communes", unit.getName())),
                    UnitChoices.coverage(this, coverage, parameters, this::navigate), menu("commune-export", () -> communes.table(name)), communes);
        }
        add(new H3(getTranslation("unit.models", Format.date(shown.period().to()))));
        if (running.isEmpty()) {
            add(new Paragraph(getTranslation("unit.models.none")));
        } else {
            UnitModelGrid grid = new UnitModelGrid(running);
            String name = getTranslation("export.unit.models", unit.getName(), Format.date(shown.period().to()));
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

    private void explain(UnitPlaces.Problem problem, DashboardParameters parameters) {
        title = problem.title();
        add(Breadcrumbs.of(List.of(Breadcrumbs.nation(this, parameters), Crumb.here(problem.title()))), new H2(problem.title()),
                new UnitMessage("unit-problem", String.join(" ", problem.messages()), problem.links()));
    }

    private void navigate(DashboardParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(path, parameters.toQuery()));
    }
}
