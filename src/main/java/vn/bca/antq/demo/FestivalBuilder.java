package vn.bca.antq.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.bca.antq.demo.DemoDataset.FestivalRow;
import vn.bca.antq.demo.DemoUnits.Commune;
import vn.bca.antq.demo.DemoUnits.District;
import vn.bca.antq.demo.DemoUnits.Province;
import vn.bca.antq.demo.RandomStreams.Draw;
import vn.bca.antq.festival.ShowcaseLevel;
import vn.bca.antq.movementmodel.HostKind;

/**
 * Festival-day sites, held between 1/7 and 19/8: on old communes until 2024, on new communes in 2025–2026 (the
 * festival comes after the reform). National totals follow docs/DOMAIN.md; 2022 matches seed 002 exactly.
 */
final class FestivalBuilder {

    private static final int OLD_COMMUNES = 10_595;
    /** Sites per old commune nationally; 2020–21 lower (COVID). 2022 is fixed by the seed. */
    private static final Map<Integer, Double> SHARE =
            Map.of(2019, 0.53, 2020, 0.36, 2021, 0.27, 2023, 0.56, 2024, 0.57, 2025, 0.58, 2026, 0.59);
    /** Seed 002: 5,813 sites in 2022, 28 attended by central leaders; seed 004 stored one of them (Thiệu Hóa, no leaders). */
    static final int SITES_2022 = 5_813;

    static final int CENTRAL_LEADERS_2022 = 28;
    static final long SEEDED_COMMUNE_2022 = 13_015_772L;

    private final DemoUnits units;
    private final RandomStreams streams;
    private final int scale;

    FestivalBuilder(DemoUnits units, RandomStreams streams, int scale) {
        this.units = units;
        this.streams = streams;
        this.scale = scale;
    }

    List<FestivalRow> build() {
        List<FestivalRow> rows = new ArrayList<>();
        for (int year = 2019; year <= 2026; year++) {
            rows.addAll(year(year));
        }
        return rows;
    }

    private List<FestivalRow> year(int year) {
        List<Province> provinces = year <= 2024 ? units.oldProvinces() : units.newProvinces();
        int total = year == 2022
                ? SITES_2022 * scale - 1
                : (int) Math.round(Objects.requireNonNull(SHARE.get(year), "a share for every year") * OLD_COMMUNES)
                        * scale;
        double[] weights = provinces.stream()
                .mapToDouble(p -> Math.pow(p.communes().size(), 0.6)
                        * Math.pow(p.population() / 1e6, 0.4)
                        * streams.of(p.id(), "festival-weight-" + year).logNormal(0.15))
                .toArray();
        int[] perProvince = Apportion.of(total, weights);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            sites.addAll(province(provinces.get(i), year, perProvince[i]));
        }
        Draw national = streams.of(0, "festival-" + year);
        List<Site> showcases =
                sites.stream().filter(s -> s.level == ShowcaseLevel.PROVINCE).toList();
        Site ministry = showcases.get(national.between(0, showcases.size() - 1));
        ministry.level = ShowcaseLevel.MINISTRY;
        ministry.centralLeaders = true;
        int leaders = year == 2022 ? CENTRAL_LEADERS_2022 * scale : (int) Math.round(0.005 * total);
        // Central leaders visit provincial showcases first, then district ones, then any site (a stable sort of a
        // shuffle).
        List<Site> byProminence = new ArrayList<>();
        for (int i : national.permutation(sites.size())) {
            byProminence.add(sites.get(i));
        }
        byProminence.sort(Comparator.comparing(s -> s.level.ordinal()));
        byProminence.stream()
                .filter(s -> !s.centralLeaders)
                .limit(Math.max(0, leaders - 1))
                .forEach(s -> s.centralLeaders = true);
        return sites.stream().map(s -> s.row(national)).toList();
    }

    /** One province's sites: communes in a random order, round after round if there are more sites than communes. */
    private List<Site> province(Province province, int year, int count) {
        Draw draw = streams.of(province.id(), "festival-" + year);
        List<Commune> candidates = province.communes().stream()
                .filter(c -> year != 2022 || c.id() != SEEDED_COMMUNE_2022)
                .toList();
        Map<Long, Long> districtOf = new HashMap<>();
        for (District d : province.districts()) {
            d.communes().forEach(c -> districtOf.put(c.id(), d.id()));
        }
        List<Site> sites = new ArrayList<>();
        Map<Long, Integer> perCommune = new HashMap<>();
        Set<Long> districtsShown = new HashSet<>();
        while (sites.size() < count) {
            for (int index : draw.permutation(candidates.size())) {
                if (sites.size() == count) {
                    break;
                }
                Commune commune = candidates.get(index);
                int n = perCommune.merge(commune.id(), 1, Integer::sum);
                Long district = districtOf.get(commune.id());
                ShowcaseLevel level = sites.isEmpty()
                        ? ShowcaseLevel.PROVINCE
                        : district != null && districtsShown.add(district) && draw.chance(0.5)
                                ? ShowcaseLevel.DISTRICT
                                : ShowcaseLevel.COMMUNE;
                HostKind host = n == 1
                        ? List.of(HostKind.RESIDENTIAL_AREA, HostKind.SCHOOL, HostKind.AGENCY, HostKind.ENTERPRISE)
                                .get(draw.weighted(75, 10, 8, 7))
                        : HostKind.RESIDENTIAL_AREA;
                String place = Names.place(host, commune, draw.between(1, 6) + 6 * (n - 1), draw);
                LocalDate heldOn =
                        LocalDate.of(year, 7, 1).plusDays(Math.min(49, (int) (50 * Math.sqrt(draw.uniform()))));
                sites.add(new Site(commune.id(), Names.site(place, commune), heldOn, level));
            }
        }
        return sites;
    }

    /** A site being drafted: the national pass still picks the ministry's showcase and the leaders' visits. */
    private static final class Site {
        final long unitId;
        final String name;
        final LocalDate heldOn;
        ShowcaseLevel level;
        boolean centralLeaders;

        Site(long unitId, String name, LocalDate heldOn, ShowcaseLevel level) {
            this.unitId = unitId;
            this.name = name;
            this.heldOn = heldOn;
            this.level = level;
        }

        FestivalRow row(Draw draw) {
            double size = switch (level) {
                case MINISTRY -> 8;
                case PROVINCE -> 4;
                case DISTRICT -> 2;
                case COMMUNE -> 1;
            };
            int attendance = (int) Math.round(size * 400 * draw.logNormal(0.4) / 10) * 10;
            long gifts = Math.round(size * 150 * draw.logNormal(0.5)) * 100_000L;
            return new FestivalRow(unitId, name, heldOn, level, attendance, centralLeaders, gifts, (int)
                    Math.round(size * draw.between(5, 30)));
        }
    }
}
