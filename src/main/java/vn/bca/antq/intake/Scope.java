package vn.bca.antq.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/**
 * What one submission covers: a province of the 34-province structure, a year and a dataset, and the units its rows
 * may name — the units of that year's structure inside the province (for a year before the 2025 reform, inside the
 * old provinces that became part of it), by code.
 */
public record Scope(AdminUnit province, int year, Dataset dataset, Era era, Map<String, AdminUnit> unitsByCode) {

    public String provinceCode() {
        return province.getCode();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    public Collection<AdminUnit> units() {
        return unitsByCode.values();
    }

    public List<AdminUnit> units(UnitLevel level) {
        return units().stream().filter(u -> u.getLevel() == level).toList();
    }

    public Map<Long, AdminUnit> unitsById() {
        return unitsByCode.values().stream().collect(Collectors.toMap(AdminUnit::getId, u -> u));
    }

    public Set<Long> unitIds() {
        return unitsByCode.values().stream().map(AdminUnit::getId).collect(Collectors.toSet());
    }

    /** The unit a code names, also when a spreadsheet dropped its leading zeros ("1" for "00001"). */
    public Optional<AdminUnit> unit(String code) {
        for (String candidate : List.of(code, pad(code, 2), pad(code, 3), pad(code, 5))) {
            AdminUnit unit = unitsByCode.get(candidate);
            if (unit != null) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** The first day a fact of this year may carry for a unit (a unit created mid-year starts then). */
    public LocalDate firstDayOf(AdminUnit unit) {
        return unit.getValidFrom().isAfter(firstDay()) ? unit.getValidFrom() : firstDay();
    }

    public LocalDate lastDayOf(AdminUnit unit) {
        LocalDate to = unit.getValidTo();
        return to != null && to.isBefore(lastDay()) ? to : lastDay();
    }

    private static String pad(String code, int length) {
        return code.length() >= length ? code : "0".repeat(length - code.length()) + code;
    }
}
