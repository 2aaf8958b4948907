package vn.bca.antq.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/** Builds the {@link Scope} of a submission from the administrative structure. */
@Component
class Scopes {

    private final AdministrativeUnits units;

    Scopes(AdministrativeUnits units) {
        this.units = units;
    }

    /**
     * The scope, or empty when the code is not a province of the 34-province structure. Targets are set for the
     * communes of today's structure whatever the year (the province's own targets are the ministry's, on its page).
     */
    Optional<Scope> of(String provinceCode, int year, Dataset dataset) {
        return units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, provinceCode)
                .map(province -> dataset == Dataset.TARGETS
                        ? new Scope(province, year, dataset, Era.PROVINCES_34, byCode(communesInForce(province)))
                        : new Scope(province, year, dataset, Era.ofYear(year), unitsOf(province, year, dataset)));
    }

    private List<AdminUnit> communesInForce(AdminUnit province) {
        return units.within(province, UnitLevel.COMMUNE).stream()
                .filter(u -> u.getValidTo() == null)
                .toList();
    }

    /** The province of the year's structure and everything below it, keyed by code (codes are unique within an era). */
    private Map<String, AdminUnit> unitsOf(AdminUnit province, int year, Dataset dataset) {
        Era era = Era.ofYear(year);
        List<AdminUnit> provinces = era == Era.PROVINCES_34
                ? List.of(province)
                : units.rollUpChildren(province).stream()
                        .filter(u -> u.getLevel() == UnitLevel.PROVINCE && u.getEra() == era)
                        .toList();
        List<AdminUnit> found = new ArrayList<>();
        for (AdminUnit p : provinces) {
            if (dataset != Dataset.SAFETY) {
                found.add(p);
                found.addAll(units.within(p, UnitLevel.DISTRICT));
            } else if (era.hasDistricts()) {
                found.addAll(units.within(p, UnitLevel.DISTRICT));
            }
            found.addAll(units.within(p, UnitLevel.COMMUNE));
        }
        return byCode(found);
    }

    private static Map<String, AdminUnit> byCode(List<AdminUnit> found) {
        Map<String, AdminUnit> byCode = new LinkedHashMap<>();
        found.forEach(u -> byCode.put(u.getCode(), u));
        return byCode;
    }
}
