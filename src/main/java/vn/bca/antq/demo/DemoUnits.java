package vn.bca.antq.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.admin.UnitSuccession;

/**
 * The part of the administrative structure the generator needs, as plain values ordered by id, with the 2019
 * population of each province. The dataset is a pure function of this snapshot, the seed and the scale.
 */
record DemoUnits(
        List<Province> oldProvinces,
        List<Province> newProvinces,
        Map<Long, Commune> successorOfOldCommune,
        Map<Long, Long> newProvinceOfOld) {

    /** Ids of the old provinces the seed articles are about (id = 11000000 + GSO code). */
    static final long TUYEN_QUANG = 11_000_008L;

    static final long HUNG_YEN = 11_000_033L;
    static final long THAI_BINH = 11_000_034L;
    static final long NAM_DINH = 11_000_036L;

    record Province(
            long id, String code, String name, long population, List<District> districts, List<Commune> communes) {}

    record District(long id, String name, List<Commune> communes) {}

    record Commune(long id, String name, String shortName, long provinceId) {
        boolean isUrban() {
            return !name.startsWith("Xã ");
        }
    }

    Province newProvince(long id) {
        return newProvinces.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** The new province that absorbed an old one whole. */
    Province successorOf(Province old) {
        return newProvince(
                Objects.requireNonNull(newProvinceOfOld.get(old.id()), "every old province joined a new one"));
    }

    /** The old provinces a new one absorbed. */
    List<Province> predecessorsOf(Province newProvince) {
        return oldProvinces.stream()
                .filter(old -> Objects.equals(newProvinceOfOld.get(old.id()), newProvince.id()))
                .toList();
    }

    /**
     * A province's lasting trait: drawn for an old province, the population-weighted mean of its predecessors' for a
     * new one, so that trends carry on across the reform.
     */
    double trait(Province province, ToDoubleFunction<Province> ofOldProvince) {
        List<Province> predecessors = predecessorsOf(province);
        if (predecessors.isEmpty()) {
            return ofOldProvince.applyAsDouble(province);
        }
        return predecessors.stream()
                        .mapToDouble(p -> p.population() * ofOldProvince.applyAsDouble(p))
                        .sum()
                / province.population();
    }

    /** The new commune a site or a total of an old commune continues in, if any. */
    Optional<Commune> successorOf(Commune old) {
        return Optional.ofNullable(successorOfOldCommune.get(old.id()));
    }

    /** "Xã Yên Bình" becomes "xã Yên Bình", as it reads inside a sentence. */
    static String inText(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static DemoUnits of(AdministrativeUnits units) {
        Map<String, Long> population = population();
        List<Province> oldProvinces = provinces(units, Era.PROVINCES_63, population);
        Map<Long, Long> newProvinceOfOld = new HashMap<>();
        Map<Long, Long> newPopulation = new HashMap<>();
        for (Province old : oldProvinces) {
            long successor = firstSuccessor(units, old.id()).orElseThrow();
            newProvinceOfOld.put(old.id(), successor);
            newPopulation.merge(successor, old.population(), Long::sum);
        }
        List<Province> newProvinces = provinces(units, Era.PROVINCES_34, Map.of()).stream()
                .map(p -> new Province(
                        p.id(),
                        p.code(),
                        p.name(),
                        newPopulation.getOrDefault(p.id(), 0L),
                        p.districts(),
                        p.communes()))
                .toList();
        Map<Long, Commune> newCommunes = new HashMap<>();
        newProvinces.forEach(p -> p.communes().forEach(c -> newCommunes.put(c.id(), c)));
        Map<Long, Commune> successors = new HashMap<>();
        for (Province province : oldProvinces) {
            for (District district : province.districts()) {
                for (Commune commune : district.communes()) {
                    Commune successor = firstSuccessor(units, commune.id())
                            .map(newCommunes::get)
                            .orElseGet(() -> siblingSuccessor(units, district, newCommunes));
                    if (successor != null) {
                        successors.put(commune.id(), successor);
                    }
                }
            }
        }
        return new DemoUnits(oldProvinces, newProvinces, successors, newProvinceOfOld);
    }

    /**
     * About 560 communes of the 2024 list were merged into neighbours before the 2025 crosswalk starts: they
     * continue where the first commune of their district that has a successor went.
     */
    private static @Nullable Commune siblingSuccessor(
            AdministrativeUnits units, District district, Map<Long, Commune> newCommunes) {
        return district.communes().stream()
                .map(c -> firstSuccessor(units, c.id()))
                .flatMap(Optional::stream)
                .map(newCommunes::get)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The successor to follow: a full one before a partial one, then the lowest id. */
    private static Optional<Long> firstSuccessor(AdministrativeUnits units, long unitId) {
        return units.byId(unitId).stream()
                .flatMap(u -> units.successorsOf(u).stream())
                .sorted(Comparator.comparing((UnitSuccession s) -> s.getKind() != UnitSuccession.Kind.FULL)
                        .thenComparing(UnitSuccession::getSuccessorId))
                .map(UnitSuccession::getSuccessorId)
                .findFirst();
    }

    private static List<Province> provinces(AdministrativeUnits units, Era era, Map<String, Long> population) {
        return units.all(era, UnitLevel.PROVINCE).stream()
                .sorted(Comparator.comparing(AdminUnit::getId))
                .map(p -> {
                    List<District> districts = era.hasDistricts()
                            ? units.within(p, UnitLevel.DISTRICT).stream()
                                    .sorted(Comparator.comparing(AdminUnit::getId))
                                    .map(d -> new District(d.getId(), d.getName(), communes(units, d, p.getId())))
                                    .toList()
                            : List.of();
                    return new Province(
                            p.getId(),
                            p.getCode(),
                            p.getName(),
                            population.getOrDefault(p.getCode(), 0L),
                            districts,
                            communes(units, p, p.getId()));
                })
                .toList();
    }

    private static List<Commune> communes(AdministrativeUnits units, AdminUnit parent, long provinceId) {
        return units.within(parent, UnitLevel.COMMUNE).stream()
                .sorted(Comparator.comparing(AdminUnit::getId))
                .map(c -> new Commune(c.getId(), c.getName(), c.getShortName(), provinceId))
                .toList();
    }

    /** Approximate 2019 census population by old province code (src/main/resources/demo). */
    private static Map<String, Long> population() {
        Map<String, Long> byCode = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DemoUnits.class.getResourceAsStream("/demo/province_population_2019.csv")),
                StandardCharsets.UTF_8))) {
            in.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("code,"))
                    .forEach(line -> {
                        String[] cells = line.split(",");
                        byCode.put(cells[0], Long.parseLong(cells[2]));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byCode;
    }
}
