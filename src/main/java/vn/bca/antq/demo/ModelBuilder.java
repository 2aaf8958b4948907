package vn.bca.antq.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.Era;
import vn.bca.antq.base.text.VietnameseText;
import vn.bca.antq.demo.DemoDataset.ModelRow;
import vn.bca.antq.demo.DemoUnits.Commune;
import vn.bca.antq.demo.DemoUnits.District;
import vn.bca.antq.demo.DemoUnits.Province;
import vn.bca.antq.demo.RandomStreams.Draw;
import vn.bca.antq.movementmodel.HostKind;
import vn.bca.antq.movementmodel.InitiatingBody;
import vn.bca.antq.movementmodel.ModelRegister.ModelType;
import vn.bca.antq.movementmodel.ModelStatus;

/**
 * Named models per province (20–120, by population), each with the communes its sites may use and how many sites
 * it has. Old models keep their old home unit after the reform (their sites move); a few new ones start after it.
 */
final class ModelBuilder {

    /** A model and what the site builder needs to replicate it. */
    record Plan(ModelRow model, long scope, List<Commune> pool, Commune pilot, int sites) {}

    private record TypeProfile(double weight, boolean coastalOnly, List<HostKind> hosts, double... hostWeights) {}

    private static final Map<String, TypeProfile> PROFILES = Map.ofEntries(
            Map.entry(
                    "SELF_MANAGED_SECURITY_TEAM",
                    new TypeProfile(
                            20,
                            false,
                            List.of(
                                    HostKind.RESIDENTIAL_AREA,
                                    HostKind.AGENCY,
                                    HostKind.ENTERPRISE,
                                    HostKind.RELIGIOUS),
                            70,
                            10,
                            12,
                            8)),
            Map.entry(
                    "SECURITY_CAMERA",
                    new TypeProfile(18, false, List.of(HostKind.RESIDENTIAL_AREA, HostKind.ENTERPRISE), 85, 15)),
            Map.entry("SAFE_SCHOOL_GATE", new TypeProfile(8, false, List.of(HostKind.SCHOOL), 1)),
            Map.entry("PEACEFUL_FISHING_VILLAGE", new TypeProfile(4, true, List.of(HostKind.RESIDENTIAL_AREA), 1)),
            Map.entry("SELF_MANAGED_FISHING_FLEET", new TypeProfile(3, true, List.of(HostKind.RESIDENTIAL_AREA), 1)),
            Map.entry(
                    "DRUG_PREVENTION_CLUB",
                    new TypeProfile(
                            10, false, List.of(HostKind.COMMUNE, HostKind.SCHOOL, HostKind.ENTERPRISE), 60, 25, 15)),
            Map.entry("SAFE_CLAN", new TypeProfile(8, false, List.of(HostKind.CLAN), 1)),
            Map.entry("FIVE_NO_RESIDENTIAL_AREA", new TypeProfile(10, false, List.of(HostKind.RESIDENTIAL_AREA), 1)),
            Map.entry("MODEL_TRAFFIC_ROAD", new TypeProfile(8, false, List.of(HostKind.COMMUNE), 1)),
            Map.entry("BOUNDARY_SECURITY_CLUSTER", new TypeProfile(5, false, List.of(HostKind.COMMUNE), 1)),
            Map.entry("FARMERS_REINTEGRATION", new TypeProfile(6, false, List.of(HostKind.COMMUNE), 1)));
    private static final TypeProfile OTHER_TYPE = new TypeProfile(2, false, List.of(HostKind.RESIDENTIAL_AREA), 1);
    /** Old provinces with a coastline (fishing models only there). */
    private static final Set<String> COASTAL = Set.of(
            "22", "31", "34", "36", "37", "38", "40", "42", "44", "45", "46", "48", "49", "51", "52", "54", "56", "58",
            "60", "77", "79", "82", "83", "84", "91", "94", "95", "96");

    private static final InitiatingBody[] BODIES = InitiatingBody.values();
    /** Nam Định's mix (seed 001), used everywhere: 2 / 3 / 14 / 18 of 37. */
    private static final double[] BODY_WEIGHTS = {5, 8, 38, 49};

    private static final int[] NAM_DINH_ACTIVE_2020 = {2, 3, 14, 18};
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private final DemoUnits units;
    private final RandomStreams streams;
    private final List<ModelType> kinds;
    private final int scale;
    private final List<Plan> plans = new ArrayList<>();
    private final Map<Long, Set<String>> namesByProvince = new HashMap<>();

    ModelBuilder(DemoUnits units, RandomStreams streams, List<ModelType> kinds, int scale) {
        this.units = units;
        this.streams = streams;
        this.kinds = kinds;
        this.scale = scale;
    }

    List<Plan> build() {
        units.oldProvinces().forEach(this::oldProvince);
        units.newProvinces().forEach(this::newProvince);
        return plans;
    }

    private void oldProvince(Province province) {
        Draw draw = streams.of(province.id(), "models");
        List<Draft> drafts = province.id() == DemoUnits.NAM_DINH
                ? namDinh(draw)
                : generic(draw, (int)
                        Math.clamp(Math.round(30 * province.population() / 1e6 * draw.logNormal(0.3)), 20, 120));
        int activeSites = (int) Math.round(1.2e-3 * province.population() * draw.logNormal(0.1)) * scale;
        List<Draft> active = drafts.stream().filter(d -> d.retiredOn == null).toList();
        double[] weights = active.stream()
                .mapToDouble(d -> draw.logNormal(0.9)
                        * (d.body == InitiatingBody.LOCAL ? 0.5 : 1.5)
                        * Math.sqrt(2025 - d.startedOn.getYear()))
                .toArray();
        int[] sites = Apportion.of(Math.max(0, activeSites - active.size()), weights);
        List<District> districts = province.districts().stream()
                .filter(x -> !x.communes().isEmpty())
                .toList();
        int next = 0;
        for (Draft d : drafts) {
            int count = d.retiredOn == null
                    ? 1 + sites[next++]
                    : Math.max(1, (int) Math.round(8 * draw.logNormal(0.8))) * scale;
            if (d.body == InitiatingBody.LOCAL) {
                District district = draw.pick(districts);
                add(draw, province, district.id(), district.communes(), d, count);
            } else {
                add(draw, province, province.id(), province.communes(), d, count);
            }
        }
    }

    /** A few models launched on the new units after the reform. */
    private void newProvince(Province province) {
        Draw draw = streams.of(province.id(), "models");
        for (int n = draw.between(0, 3); n > 0; n--) {
            InitiatingBody body = BODIES[draw.weighted(BODY_WEIGHTS)];
            Draft d = new Draft(body, draw.date(Era.REFORM_DATE, LocalDate.of(2026, 6, 30)), null);
            Commune home = draw.pick(province.communes());
            List<Commune> pool = body == InitiatingBody.LOCAL ? List.of(home) : province.communes();
            add(
                    draw,
                    province,
                    body == InitiatingBody.LOCAL ? home.id() : province.id(),
                    pool,
                    d,
                    draw.between(1, 8) * scale);
        }
    }

    private record Draft(
            InitiatingBody body,
            LocalDate startedOn,
            @Nullable LocalDate retiredOn) {}

    private List<Draft> generic(Draw draw, int count) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate started = startDate(draw, 2005, 2024);
            LocalDate retired =
                    draw.chance(0.12) ? started.plusYears(draw.between(2, 10)).plusDays(draw.between(0, 364)) : null;
            drafts.add(new Draft(
                    BODIES[draw.weighted(BODY_WEIGHTS)],
                    started,
                    retired != null && retired.isAfter(END_2024) ? null : retired));
        }
        return drafts;
    }

    /** Exactly 37 models active on 31/12/2020 split 2/3/14/18, plus 4 retired before and 6 started after. */
    private List<Draft> namDinh(Draw draw) {
        List<Draft> drafts = new ArrayList<>();
        for (int b = 0; b < BODIES.length; b++) {
            for (int i = 0; i < NAM_DINH_ACTIVE_2020[b]; i++) {
                LocalDate started = startDate(draw, 2005, 2020);
                LocalDate retired = draw.chance(0.1) ? draw.date(LocalDate.of(2021, 1, 1), END_2024) : null;
                drafts.add(new Draft(BODIES[b], started, retired));
            }
        }
        for (int i = 0; i < 4; i++) {
            LocalDate started = startDate(draw, 2005, 2014);
            drafts.add(new Draft(
                    BODIES[draw.weighted(BODY_WEIGHTS)],
                    started,
                    draw.date(started.plusYears(2), LocalDate.of(2020, 12, 31))));
        }
        for (int i = 0; i < 6; i++) {
            drafts.add(new Draft(BODIES[draw.weighted(BODY_WEIGHTS)], startDate(draw, 2021, 2024), null));
        }
        return drafts;
    }

    /** More models start in recent years than early on. */
    private static LocalDate startDate(Draw draw, int fromYear, int toYear) {
        double[] weights = new double[toYear - fromYear + 1];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + 0.12 * (fromYear + i - 2005);
        }
        int year = fromYear + draw.weighted(weights);
        return draw.date(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A new province is coastal when one of the old provinces it absorbed was. */
    private boolean isCoastal(Province province) {
        return units.oldProvinces().stream()
                .anyMatch(old -> COASTAL.contains(old.code())
                        && (old.id() == province.id()
                                || Objects.equals(units.newProvinceOfOld().get(old.id()), province.id())));
    }

    private void add(Draw draw, Province province, long homeUnitId, List<Commune> pool, Draft d, int sites) {
        boolean coastal = isCoastal(province);
        double[] typeWeights = kinds.stream()
                .mapToDouble(k -> {
                    TypeProfile p = PROFILES.getOrDefault(k.code(), OTHER_TYPE);
                    return p.coastalOnly() && !coastal ? 0 : p.weight();
                })
                .toArray();
        ModelType kind = kinds.get(draw.weighted(typeWeights));
        TypeProfile profile = PROFILES.getOrDefault(kind.code(), OTHER_TYPE);
        HostKind host = profile.hosts().get(draw.weighted(profile.hostWeights()));
        Commune pilot = draw.pick(pool);
        ModelStatus status = d.retiredOn != null
                ? ModelStatus.RETIRED
                : !d.startedOn.isBefore(LocalDate.of(2024, 1, 1))
                        ? ModelStatus.NEW
                        : sites >= 5 ? ModelStatus.REPLICATED : ModelStatus.REVIEWED;
        ModelRow model = new ModelRow(
                plans.size(),
                homeUnitId,
                kind.id(),
                uniqueName(province, kind.nameVi() + " – " + DemoUnits.inText(pilot.name())),
                d.body,
                host,
                status,
                d.startedOn,
                d.retiredOn);
        plans.add(new Plan(model, province.id(), pool, pilot, sites));
    }

    /**
     * A model is known by its name within today's province (the import matches rows to models that way), so a second
     * model of one type piloted in a commune of the same name is numbered: "… – Xã Tân Lập (2)".
     */
    private String uniqueName(Province province, String name) {
        long today = units.newProvinceOfOld().getOrDefault(province.id(), province.id());
        Set<String> taken = namesByProvince.computeIfAbsent(today, id -> new HashSet<>());
        String unique = name;
        for (int n = 2; !taken.add(VietnameseText.fold(unique)); n++) {
            unique = name + " (" + n + ")";
        }
        return unique;
    }
}
