package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;

/**
 * What became of an old province or district in a year after the reform: the new communes formed from it (wholly or
 * in part, by the commune crosswalk) on the map of the new province, with their figures of the year; the province's
 * other communes are drawn pale.
 */
final class Successors {

    static final String MAP_ID = "successor-map";

    private Successors() {}

    /** Fills {@code panel} and returns the heading to put above it. */
    static Component show(
            Component host,
            UnitsPanel panel,
            AdministrativeUnits units,
            IndicatorService indicators,
            GeoLayers geo,
            AdminUnit old,
            AdminUnit newProvince,
            DashboardParameters parameters) {
        Set<AdminUnit> successors = units.successorCommunesOf(old).stream()
                .filter(c ->
                        units.ancestorAt(c, UnitLevel.PROVINCE).orElseThrow().equals(newProvince))
                .collect(Collectors.toSet());
        List<Figure> all = indicators.figuresWithin(
                parameters.indicator(), newProvince, UnitLevel.COMMUNE, Period.year(parameters.year()));
        List<Figure> figures =
                all.stream().filter(f -> successors.contains(f.unit())).toList();
        List<AdminUnit> others = all.stream()
                .map(Figure::unit)
                .filter(u -> !successors.contains(u))
                .toList();
        panel.show(
                figures,
                others,
                host.getTranslation("successors.outside", old.getName()),
                geo.url(MapLayer.communesOf(newProvince.getCode())),
                figures.stream().map(f -> f.unit().getCode()).toList(),
                host.getTranslation("successors.units", old.getName()),
                parameters,
                indicators.national(parameters.indicator(), Period.year(parameters.year())));
        H3 heading = new H3(host.getTranslation(
                "successors.heading",
                old.getName(),
                newProvince.getName(),
                String.valueOf(figures.size()),
                String.valueOf(parameters.year())));
        heading.setId("successors-heading");
        return heading;
    }
}
