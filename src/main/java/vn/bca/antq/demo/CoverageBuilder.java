package vn.bca.antq.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bca.antq.coverage.Category;
import vn.bca.antq.coverage.LegalBasis;
import vn.bca.antq.demo.DemoDataset.AssessmentRow;
import vn.bca.antq.demo.DemoUnits.Commune;
import vn.bca.antq.demo.DemoUnits.Province;
import vn.bca.antq.demo.RandomStreams.Draw;

/**
 * "An toàn về ANTT" assessments per commune, year and category: old communes 2019–2024, new communes 2025–2026
 * (a new commune starts from the totals of the old communes it took over).
 */
final class CoverageBuilder {

    private static final Category[] CATEGORIES = Category.values();
    /** Units per commune of average density before Circular 124, and how strongly density raises them. */
    private static final double[] PER_COMMUNE = {15, 1, 2.7, 24, 3.5};

    private static final double[] DENSITY_EXPONENT = {0.3, 0, 0.3, 0.8, 0.4};
    private static final double[] SPREAD = {0.35, 0, 0.45, 0.7, 0.3};
    /** Recognition rate in 2019, percent. */
    private static final double[] RATE_2019 = {92.5, 95, 96, 90.5, 97};
    /** Circular 124/2021 drops small and micro enterprises, primary schools and kindergartens from 2022. */
    private static final double[] KEPT_FROM_2022 = {1, 1, 1, 0.38, 0.42};

    private static final double PEOPLE_PER_OLD_COMMUNE = 96_210_000.0 / 10_595;

    /**
     * Nam Định 2020 (seed 001): province totals and recognised units the commune rows must add up to. Communes are
     * the exception: the seed counts 229, the unit list used up to 2024 (GSO, 01/05/2024) holds 226, so the commune
     * rows keep the seed's 6 communes not recognised and add up to 220 of 226 (see docs/FIGURES.md).
     */
    static final int NAM_DINH_2020_COMMUNES_NOT_RECOGNISED = 229 - 223;

    static final Map<Category, int[]> NAM_DINH_2020 = Map.of(
            Category.RESIDENTIAL_AREA,
            new int[] {3505, 3321},
            Category.AGENCY,
            new int[] {612, 595},
            Category.ENTERPRISE,
            new int[] {5449, 5027},
            Category.SCHOOL,
            new int[] {781, 772});

    private final DemoUnits units;
    private final RandomStreams streams;
    private final List<AssessmentRow> rows = new ArrayList<>();
    /** 2024 totals of the old communes, added up on the new commune each continues in. */
    private final Map<Long, double[]> carried = new HashMap<>();

    CoverageBuilder(DemoUnits units, RandomStreams streams) {
        this.units = units;
        this.streams = streams;
    }

    List<AssessmentRow> build() {
        units.oldProvinces().forEach(this::oldProvince);
        units.newProvinces().forEach(this::newProvince);
        return rows;
    }

    private void oldProvince(Province province) {
        Draw draw = streams.of(province.id(), "coverage");
        double density = province.population() / (double) province.communes().size() / PEOPLE_PER_OLD_COMMUNE;
        double[] offset = offsets(province);
        List<Commune> communes = province.communes();
        double[][] base = new double[communes.size()][];
        for (int i = 0; i < communes.size(); i++) {
            base[i] = new double[CATEGORIES.length];
            for (int c = 0; c < CATEGORIES.length; c++) {
                base[i][c] = PER_COMMUNE[c] * Math.pow(density, DENSITY_EXPONENT[c]) * draw.logNormal(SPREAD[c]);
            }
        }
        for (int year = 2019; year <= 2024; year++) {
            Split[] exact = province.id() == DemoUnits.NAM_DINH && year == 2020
                    ? namDinh2020(base, streams.of(province.id(), "coverage-communes-2020"))
                    : new Split[CATEGORIES.length];
            for (int i = 0; i < communes.size(); i++) {
                double[] carry = year == 2024
                        ? units.successorOf(communes.get(i))
                                .map(s -> carried.computeIfAbsent(s.id(), id -> new double[CATEGORIES.length]))
                                .orElse(null)
                        : null;
                for (int c = 0; c < CATEGORIES.length; c++) {
                    int total = exact[c] != null ? exact[c].totals[i] : total(base[i][c], c, year, draw);
                    int recognised =
                            exact[c] != null ? exact[c].recognised[i] : draw.binomial(total, rate(c, year, offset[c]));
                    add(communes.get(i).id(), year, CATEGORIES[c], total, recognised);
                    if (carry != null) {
                        carry[c] += total;
                    }
                }
            }
        }
    }

    private void newProvince(Province province) {
        Draw draw = streams.of(province.id(), "coverage");
        double[] offset = offsets(province);
        for (int year = 2025; year <= 2026; year++) {
            for (Commune commune : province.communes()) {
                double[] base = carried.computeIfAbsent(commune.id(), id -> fallbackBase(draw));
                for (int c = 0; c < CATEGORIES.length; c++) {
                    // The 2024 totals already reflect Circular 124, so only a mild drift is applied.
                    int total = c == Category.COMMUNE.ordinal()
                            ? 1
                            : (int) Math.round(base[c] * (1 + 0.01 * (year - 2024)) * draw.logNormal(0.03));
                    add(commune.id(), year, CATEGORIES[c], total, draw.binomial(total, rate(c, year, offset[c])));
                }
            }
        }
    }

    /** A new commune none of whose predecessors are in the 2024 list (island special zones): about three old communes. */
    private static double[] fallbackBase(Draw draw) {
        double[] base = new double[CATEGORIES.length];
        for (int c = 0; c < CATEGORIES.length; c++) {
            base[c] = 3 * PER_COMMUNE[c] * KEPT_FROM_2022[c] * draw.logNormal(SPREAD[c]);
        }
        return base;
    }

    /** How many points a province's recognition rates lie above or below the national ones. */
    private double[] offsets(Province province) {
        double[] offset = new double[CATEGORIES.length];
        for (int c = 0; c < CATEGORIES.length; c++) {
            String stream = "coverage-offset-" + CATEGORIES[c];
            offset[c] =
                    units.trait(province, p -> 1.5 * streams.of(p.id(), stream).gaussian());
        }
        return offset;
    }

    private static int total(double base, int category, int year, Draw draw) {
        if (category == Category.COMMUNE.ordinal()) {
            return 1;
        }
        double trend = switch (CATEGORIES[category]) {
            case RESIDENTIAL_AREA -> 1 - 0.01 * (year - 2019); // hamlets are merged slowly
            case ENTERPRISE -> 1 + 0.04 * (year - 2019);
            default -> 1;
        };
        double kept = year >= 2022 ? KEPT_FROM_2022[category] : 1;
        return (int) Math.round(base * trend * kept * draw.logNormal(0.03));
    }

    private static double rate(int category, int year, double offset) {
        return Math.clamp((RATE_2019[category] + 0.5 * (year - 2019) + offset) / 100, 0.85, 0.995);
    }

    private record Split(int[] totals, int[] recognised) {}

    /**
     * Per seeded category: the seed's total split over the communes by their base, then its shortfall by their totals;
     * the communes themselves: the seed's number not recognised, drawn at random.
     */
    private static Split[] namDinh2020(double[][] base, Draw draw) {
        Split[] exact = new Split[CATEGORIES.length];
        int[] ones = new int[base.length];
        Arrays.fill(ones, 1);
        int[] recognisedCommunes = ones.clone();
        int[] order = draw.permutation(base.length);
        for (int k = 0; k < NAM_DINH_2020_COMMUNES_NOT_RECOGNISED; k++) {
            recognisedCommunes[order[k]] = 0;
        }
        exact[Category.COMMUNE.ordinal()] = new Split(ones, recognisedCommunes);
        NAM_DINH_2020.forEach((category, seed) -> {
            int c = category.ordinal();
            double[] weights = new double[base.length];
            for (int i = 0; i < base.length; i++) {
                weights[i] = base[i][c];
            }
            int[] totals = Apportion.of(seed[0], weights);
            int[] shortfall = Apportion.capped(
                    seed[0] - seed[1], Arrays.stream(totals).asDoubleStream().toArray(), totals);
            int[] recognised = new int[base.length];
            for (int i = 0; i < base.length; i++) {
                recognised[i] = totals[i] - shortfall[i];
            }
            exact[c] = new Split(totals, recognised);
        });
        return exact;
    }

    private void add(long unitId, int year, Category category, int total, int recognised) {
        LocalDate assessedOn = LocalDate.of(year, 11, 30);
        LegalBasis basis = year <= 2021 ? LegalBasis.CIRCULAR_23_2012 : LegalBasis.CIRCULAR_124_2021;
        rows.add(new AssessmentRow(unitId, year, category, total, recognised, basis, assessedOn));
    }
}
