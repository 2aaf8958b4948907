package vn.bca.antq.dashboard.ui;

import java.util.List;
import java.util.Optional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;

/**
 * The administrative structure the comparison pages (the change map, units side by side) put every year on: today's
 * 34 provinces with their communes (the indicator service rolls the old provinces up whole into them for any year).
 * The one place where these pages choose a structure: a structure switch connects here.
 */
record ComparisonStructure(Era era) {

    static final ComparisonStructure CURRENT = new ComparisonStructure(Era.PROVINCES_34);

    /** What the pages say about the structure their figures stand on. */
    String noteKey() {
        return era == Era.PROVINCES_34 ? "comparison.structure.current" : "comparison.structure.reported";
    }

    /** The units a province is detailed into: its districts on the old structure, its communes on today's. */
    UnitLevel childLevel() {
        return era.hasDistricts() ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
    }

    List<AdminUnit> provinces(AdministrativeUnits units) {
        return units.all(era, UnitLevel.PROVINCE);
    }

    Optional<AdminUnit> province(AdministrativeUnits units, String code) {
        return units.find(era, UnitLevel.PROVINCE, code);
    }

    List<AdminUnit> children(AdministrativeUnits units, AdminUnit province) {
        return units.within(province, childLevel());
    }

    List<Figure> provinceFigures(IndicatorService indicators, Indicator indicator, int year) {
        return indicators.figures(indicator, era, UnitLevel.PROVINCE, Period.year(year));
    }

    List<Figure> childFigures(IndicatorService indicators, Indicator indicator, AdminUnit province, int year) {
        return indicators.figuresWithin(indicator, province, childLevel(), Period.year(year));
    }

    MapLayer provinceLayer() {
        return MapLayer.provinces(era);
    }

    MapLayer childLayer(AdminUnit province) {
        return era.hasDistricts() ? MapLayer.districtsOf(province.getCode()) : MapLayer.communesOf(province.getCode());
    }
}
