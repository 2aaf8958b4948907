package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.admin.UnitLookup;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.dashboard.ui.Breadcrumbs.Crumb;
import vn.bca.antq.indicator.Period;

/**
 * What the address of a unit page names for the year asked: the unit to show with the period its figures cover, or
 * a {@link Problem} saying, in the UI language, why there is nothing to show and where to go instead. A district
 * ({@code province/36/district/365}) belongs to the 63-province structure (years up to the first half of 2025; on
 * today's structure it is shown as reported, and after the reform as what became of it), a commune
 * ({@code province/33/commune/12345}) to the 34-province structure (from 1/7/2025; on today's structure every year,
 * restated from the old units before it).
 */
final class UnitPlaces {

    sealed interface Place {}

    /** The unit, its province in the same structure, and the part of the year the unit existed. */
    record Shown(AdminUnit province, AdminUnit unit, Period period) implements Place {}

    /** Why the address shows no unit: a title, messages, and the links that lead on. */
    record Problem(String title, List<String> messages, List<Crumb> links) implements Place {}

    /** An old district in a year after the reform: what became of it (messages, links) and the new province it lies in. */
    record Succeeded(AdminUnit old, AdminUnit newProvince, List<String> messages, List<Crumb> links) implements Place {}

    /** An old district's address on today's structure in a year it existed: it is shown as reported, with this notice. */
    record AsReported(String notice) implements Place {}

    private UnitPlaces() {}

    static Place district(
            Component host,
            AdministrativeUnits units,
            String provinceCode,
            String districtCode,
            DashboardParameters parameters) {
        AdminUnit province;
        switch (units.lookup(UnitLevel.PROVINCE, provinceCode, Era.PROVINCES_63)) {
            case UnitLookup.Found found -> province = found.unit();
            case UnitLookup.OtherEra other -> {
                return changed(
                        host,
                        List.of(abolished(host, parameters.year())),
                        List.of(provinceLink(host, other.unit(), parameters)));
            }
            case UnitLookup.Unknown unknown -> {
                return unknown(
                        host, host.getTranslation("unit.unknown-province", provinceCode), nationLink(host, parameters));
            }
        }
        if (!(units.lookup(UnitLevel.DISTRICT, districtCode, Era.PROVINCES_63)
                instanceof UnitLookup.Found(AdminUnit district))) {
            return unknown(
                    host,
                    host.getTranslation("unit.unknown-district", districtCode, Format.date(Era.REFORM_DATE)),
                    provinceLink(host, province, parameters));
        }
        AdminUnit actual = units.ancestorAt(district, UnitLevel.PROVINCE).orElseThrow();
        if (!actual.getId().equals(province.getId())) {
            return wrongParent(
                    host,
                    district,
                    province,
                    actual,
                    UnitAddress.district(actual.getCode(), district.getCode()),
                    parameters);
        }
        AdminUnit successor = units.rollUpParent(province).orElseThrow();
        if (parameters.year() > Era.REFORM_DATE.getYear()) {
            return new Succeeded(
                    district,
                    successor,
                    List.of(abolished(host, parameters.year()), provinceFate(host, units, province, successor)),
                    List.of(provinceLink(host, successor, parameters)));
        }
        if (parameters.structure() == Structure.CURRENT) {
            return new AsReported(host.getTranslation(
                    "structure.old-unit", district.getName(), successor.getName(), Format.date(Era.REFORM_DATE)));
        }
        return new Shown(province, district, periodOf(district, parameters));
    }

    static Place commune(
            Component host,
            AdministrativeUnits units,
            String provinceCode,
            String communeCode,
            DashboardParameters parameters) {
        Optional<AdminUnit> commune = units.find(Era.PROVINCES_34, UnitLevel.COMMUNE, communeCode);
        AdminUnit province;
        switch (units.lookup(UnitLevel.PROVINCE, provinceCode, Era.PROVINCES_34)) {
            case UnitLookup.Found found -> province = found.unit();
            case UnitLookup.OtherEra other -> {
                AdminUnit successor = units.rollUpParent(other.unit()).orElseThrow();
                List<Crumb> links = new ArrayList<>();
                commune.filter(c -> units.ancestorAt(c, UnitLevel.PROVINCE)
                                .orElseThrow()
                                .getId()
                                .equals(successor.getId()))
                        .ifPresent(c -> links.add(
                                unitLink(host, c, UnitAddress.commune(successor.getCode(), c.getCode()), parameters)));
                links.add(provinceLink(host, successor, parameters));
                return changed(host, List.of(provinceFate(host, units, other.unit(), successor)), links);
            }
            case UnitLookup.Unknown unknown -> {
                return unknown(
                        host, host.getTranslation("unit.unknown-province", provinceCode), nationLink(host, parameters));
            }
        }
        switch (units.lookup(UnitLevel.COMMUNE, communeCode, Era.PROVINCES_34)) {
            case UnitLookup.Found found -> {
                AdminUnit actual =
                        units.ancestorAt(found.unit(), UnitLevel.PROVINCE).orElseThrow();
                if (!actual.getId().equals(province.getId())) {
                    return wrongParent(
                            host,
                            found.unit(),
                            province,
                            actual,
                            UnitAddress.commune(actual.getCode(), communeCode),
                            parameters);
                }
                if (parameters.year() < Era.REFORM_DATE.getYear() && parameters.structure() == Structure.REPORTED) {
                    return notYet(host, units, found.unit(), parameters);
                }
                return new Shown(province, found.unit(), periodOf(found.unit(), parameters));
            }
            case UnitLookup.OtherEra other -> {
                return replaced(host, units, other, parameters);
            }
            case UnitLookup.Unknown unknown -> {
                return unknown(
                        host,
                        host.getTranslation("unit.unknown-commune", communeCode, Format.date(Era.REFORM_DATE)),
                        provinceLink(host, province, parameters));
            }
        }
    }

    /**
     * The period a unit's page shows: as reported, the part of the year in which the unit existed (2025 is January to
     * June for a district, July to December for a new commune); on today's structure, a new commune's whole year.
     */
    static Period periodOf(AdminUnit unit, DashboardParameters parameters) {
        int year = parameters.year();
        if (parameters.structure() == Structure.CURRENT && unit.getEra() == Era.PROVINCES_34) {
            return Period.year(year);
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate validTo = unit.getValidTo();
        return new Period(
                unit.getValidFrom().isAfter(from) ? unit.getValidFrom() : from,
                validTo != null && validTo.isBefore(to) ? validTo : to);
    }

    private static String abolished(Component host, int year) {
        return host.getTranslation("unit.districts-abolished", Format.date(Era.REFORM_DATE), String.valueOf(year));
    }

    /** "Tỉnh Thái Bình (cũ) đã sáp nhập vào Tỉnh Hưng Yên từ 01/07/2025." and its variants. */
    private static String provinceFate(Component host, AdministrativeUnits units, AdminUnit old, AdminUnit successor) {
        String date = Format.date(units.successorsOf(old).stream()
                .map(s -> s.getEffectiveOn())
                .findFirst()
                .orElse(Era.REFORM_DATE));
        if (!old.getShortName().equals(successor.getShortName())) {
            return host.getTranslation("unit.province-merged", old.getName(), successor.getName(), date);
        }
        List<String> others = units.predecessorsOf(successor).stream()
                .map(s -> units.byId(s.getPredecessorId()).orElseThrow())
                .filter(u -> !u.getId().equals(old.getId()))
                .map(AdminUnit::getName)
                .toList();
        return others.isEmpty()
                ? host.getTranslation("unit.province-unchanged", old.getName(), successor.getName(), date)
                : host.getTranslation(
                        "unit.province-enlarged", old.getName(), successor.getName(), date, String.join(", ", others));
    }

    /** An old commune's code on a commune page: what it became, with links to its successors. */
    private static Problem replaced(
            Component host, AdministrativeUnits units, UnitLookup.OtherEra other, DashboardParameters parameters) {
        AdminUnit old = other.unit();
        String names = other.counterparts().stream().map(AdminUnit::getName).collect(Collectors.joining(", "));
        List<Crumb> links = new ArrayList<>();
        for (AdminUnit successor : other.counterparts()) {
            AdminUnit province = units.ancestorAt(successor, UnitLevel.PROVINCE).orElseThrow();
            links.add(unitLink(
                    host, successor, UnitAddress.commune(province.getCode(), successor.getCode()), parameters));
        }
        units.ancestorAt(old, UnitLevel.DISTRICT)
                .ifPresent(district -> links.add(districtLink(host, units, district, parameters)));
        return changed(
                host,
                List.of(host.getTranslation(
                        "unit.commune-replaced", old.getName(), names, Format.date(Era.REFORM_DATE))),
                links);
    }

    /** A new commune in a year before it existed: the figures are on the old districts it was formed from. */
    private static Problem notYet(
            Component host, AdministrativeUnits units, AdminUnit commune, DashboardParameters parameters) {
        List<Crumb> links = new ArrayList<>(districtsBefore(host, units, commune, parameters));
        units.ancestorAt(commune, UnitLevel.PROVINCE).ifPresent(p -> links.add(provinceLink(host, p, parameters)));
        return changed(
                host,
                List.of(host.getTranslation(
                        "unit.commune-not-yet",
                        commune.getName(),
                        Format.date(Era.REFORM_DATE),
                        String.valueOf(parameters.year()))),
                links);
    }

    /** Links to the old districts a new commune was formed from, as reported in the year shown (or 2025). */
    static List<Crumb> districtsBefore(
            Component host, AdministrativeUnits units, AdminUnit commune, DashboardParameters parameters) {
        Set<AdminUnit> districts = new LinkedHashSet<>();
        units.predecessorsOf(commune)
                .forEach(s -> units.byId(s.getPredecessorId())
                        .flatMap(old -> units.ancestorAt(old, UnitLevel.DISTRICT))
                        .ifPresent(districts::add));
        return districts.stream()
                .sorted(AdministrativeUnits.BY_NAME)
                .map(d -> districtLink(host, units, d, parameters))
                .toList();
    }

    private static Problem wrongParent(
            Component host,
            AdminUnit unit,
            AdminUnit asked,
            AdminUnit actual,
            String rightPath,
            DashboardParameters parameters) {
        return new Problem(
                host.getTranslation("unit.problem.wrong-parent"),
                List.of(host.getTranslation("unit.wrong-parent", unit.getName(), asked.getName(), actual.getName())),
                List.of(unitLink(host, unit, rightPath, parameters), provinceLink(host, asked, parameters)));
    }

    private static Problem unknown(Component host, String message, Crumb back) {
        return new Problem(host.getTranslation("unit.problem.unknown"), List.of(message), List.of(back));
    }

    private static Problem changed(Component host, List<String> messages, List<Crumb> links) {
        return new Problem(host.getTranslation("unit.problem.changed"), messages, links);
    }

    private static Crumb nationLink(Component host, DashboardParameters parameters) {
        return new Crumb(host.getTranslation("unit.back.nation"), UnitAddress.href(UnitAddress.nation(), parameters));
    }

    private static Crumb provinceLink(Component host, AdminUnit province, DashboardParameters parameters) {
        return unitLink(host, province, UnitAddress.province(province.getCode()), parameters);
    }

    private static Crumb districtLink(
            Component host, AdministrativeUnits units, AdminUnit district, DashboardParameters parameters) {
        AdminUnit province = units.ancestorAt(district, UnitLevel.PROVINCE).orElseThrow();
        DashboardParameters inItsYears = (parameters.year() > Era.REFORM_DATE.getYear()
                        ? parameters.withYear(Era.REFORM_DATE.getYear())
                        : parameters)
                .withStructure(Structure.REPORTED);
        return unitLink(host, district, UnitAddress.district(province.getCode(), district.getCode()), inItsYears);
    }

    private static Crumb unitLink(Component host, AdminUnit unit, String path, DashboardParameters parameters) {
        return new Crumb(
                host.getTranslation("unit.open", unit.getName(), String.valueOf(parameters.year())),
                UnitAddress.href(path, parameters));
    }
}
