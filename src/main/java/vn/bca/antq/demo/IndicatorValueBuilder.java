package vn.bca.antq.demo;

import static vn.bca.antq.demo.DemoUnits.HUNG_YEN;
import static vn.bca.antq.demo.DemoUnits.NAM_DINH;
import static vn.bca.antq.demo.DemoUnits.THAI_BINH;
import static vn.bca.antq.demo.DemoUnits.TUYEN_QUANG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.coverage.Category;
import vn.bca.antq.demo.DemoDataset.AssessmentRow;
import vn.bca.antq.demo.DemoDataset.ValueRow;
import vn.bca.antq.demo.DemoUnits.Province;
import vn.bca.antq.demo.RandomStreams.Draw;
import vn.bca.antq.indicator.Indicator;

/**
 * Reported counters per province. Flows: one row per year (2025 split at the reform between the old and the new
 * province); stocks: one row per year on the province valid on 31/12, with the residential areas of the year's
 * assessments as their base. Rates per 1,000 people come from Thái Bình's five-year totals (seed 000).
 */
final class IndicatorValueBuilder {

    /** A reporting period; {@code share} is the part of a year's activity that falls in it. */
    private record Span(int year, LocalDate start, LocalDate end, double share) {
        static Span year(int year) {
            return new Span(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 1);
        }
    }

    /** A province's values of one indicator, over several spans, must add up to a seed figure. */
    private record Anchor(long provinceId, Indicator indicator, int fromYear, int toYear, long target) {}

    /** Seed 000: Thái Bình's five-year totals (2018–2022) and its population, in thousands. */
    private static final Map<Indicator, Integer> THAI_BINH_FIVE_YEARS = Map.of(
            Indicator.PROPAGANDA_BANNERS,
            6229,
            Indicator.PROPAGANDA_SIGNBOARDS,
            496,
            Indicator.PHOTO_EXHIBITIONS,
            310,
            Indicator.LEGAL_CLASSES,
            305,
            Indicator.LEGAL_CLASS_ATTENDANCES,
            673_364,
            Indicator.BROADCAST_REPORTS,
            265,
            Indicator.NEWS_ARTICLES,
            1512,
            Indicator.CONTESTS,
            42,
            Indicator.CONTEST_PARTICIPANTS,
            6230);

    private static final double THAI_BINH_THOUSANDS = 1_860;
    /** Per 1,000 people and year for the counters the seeds give no national base for (guesses). */
    private static final Map<Indicator, Double> OTHER_FLOWS = Map.of(
            Indicator.CONTACTS_PRESTIGIOUS_PERSONS,
            0.4,
            Indicator.CONTACTS_RELIGIOUS_DIGNITARIES,
            0.5,
            Indicator.REINTEGRATED_OFFENDERS,
            0.6,
            Indicator.REINTEGRATION_LOANS_OR_JOBS,
            0.11);
    /** Events that gather people, fewer in 2020–2021 (COVID). */
    private static final List<Indicator> GATHERINGS = List.of(
            Indicator.PHOTO_EXHIBITIONS,
            Indicator.LEGAL_CLASSES,
            Indicator.LEGAL_CLASS_ATTENDANCES,
            Indicator.CONTESTS,
            Indicator.CONTEST_PARTICIPANTS);

    private static final List<Indicator> STOCKS = List.of(
            Indicator.CULTURAL_RESIDENTIAL_AREAS,
            Indicator.CULTURAL_FAMILIES,
            Indicator.VILLAGE_COVENANTS,
            Indicator.FIVE_NO_RESIDENTIAL_AREAS,
            Indicator.SELF_MANAGED_TEAMS);

    private static final List<Anchor> ANCHORS = anchors();

    private final DemoUnits units;
    private final RandomStreams streams;
    private final List<ValueRow> rows = new ArrayList<>();

    IndicatorValueBuilder(DemoUnits units, RandomStreams streams) {
        this.units = units;
        this.streams = streams;
    }

    private static List<Anchor> anchors() {
        List<Anchor> anchors = new ArrayList<>();
        // Seed 000 covers 2018–2022: four of its five years are ours.
        THAI_BINH_FIVE_YEARS.forEach((indicator, total) ->
                anchors.add(new Anchor(THAI_BINH, indicator, 2019, 2022, Math.round(0.8 * total))));
        // Seed 003 gives lower bounds for 2019–11/2022: a little more over the four years.
        anchors.add(new Anchor(TUYEN_QUANG, Indicator.CONTACTS_PRESTIGIOUS_PERSONS, 2019, 2022, 1540));
        anchors.add(new Anchor(TUYEN_QUANG, Indicator.CONTACTS_RELIGIOUS_DIGNITARIES, 2019, 2022, 2089));
        // Seeds 001 and 002: the neighbouring years stay in line with the seeded year (whose own row the seed keeps).
        // Seed 001: "hàng chục" (dozens of) documents of the Party committee and People's Committee in 2020 (stored as
        // at
        // least 20); the provincial police's 6 letters are an indicator of their own, without a synthetic series.
        anchors.add(new Anchor(NAM_DINH, Indicator.DOCUMENTS_ISSUED, 2020, 2020, 30));
        anchors.add(new Anchor(NAM_DINH, Indicator.CULTURAL_RESIDENTIAL_AREAS, 2020, 2020, 2863));
        anchors.add(new Anchor(NAM_DINH, Indicator.CULTURAL_FAMILIES, 2020, 2020, 507_361));
        anchors.add(new Anchor(NAM_DINH, Indicator.VILLAGE_COVENANTS, 2020, 2020, 3432));
        anchors.add(new Anchor(NAM_DINH, Indicator.FIVE_NO_RESIDENTIAL_AREAS, 2020, 2020, 1568));
        anchors.add(new Anchor(HUNG_YEN, Indicator.SELF_MANAGED_TEAMS, 2022, 2022, 887));
        return anchors;
    }

    List<ValueRow> build(List<AssessmentRow> assessments) {
        Map<Long, Map<Integer, Long>> residentialAreas = residentialAreas(assessments);
        List<Span> oldFlows = new ArrayList<>();
        for (int year = 2019; year <= 2024; year++) {
            oldFlows.add(Span.year(year));
        }
        List<Span> oldStocks = List.copyOf(oldFlows);
        oldFlows.add(new Span(2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 0.5));
        // A new province exists from 01/07/2025 only, so its 2025 stock is reported for the second half.
        Span secondHalf = new Span(2025, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 0.5);
        List<Span> newSpans = List.of(secondHalf, Span.year(2026));
        for (Province province : units.oldProvinces()) {
            values(province, oldFlows, oldStocks, residentialAreas.getOrDefault(province.id(), Map.of()));
        }
        for (Province province : units.newProvinces()) {
            values(province, newSpans, newSpans, residentialAreas.getOrDefault(province.id(), Map.of()));
        }
        return rows;
    }

    private void values(
            Province province, List<Span> flowSpans, List<Span> stockSpans, Map<Integer, Long> residentialAreas) {
        for (Indicator indicator : flowIndicators()) {
            Draw draw = streams.of(province.id(), "values-" + indicator.code());
            // A province's Party committee and People's Committee issue dozens of direction documents a year (seed
            // 001).
            double level = indicator == Indicator.DOCUMENTS_ISSUED
                    ? 30 * Math.sqrt(province.population() / 1.5e6)
                    : perThousand(indicator) * province.population() / 1000;
            level *= Math.exp(0.3 * propensity(province, indicator));
            double[] raw = new double[flowSpans.size()];
            for (int i = 0; i < raw.length; i++) {
                Span span = flowSpans.get(i);
                raw[i] = level
                        * span.share()
                        * (1 + 0.03 * (span.year() - 2019))
                        * covidDip(indicator, span.year())
                        * draw.logNormal(0.15);
            }
            emit(province, indicator, flowSpans, raw, null);
        }
        for (Indicator indicator : STOCKS) {
            Draw draw = streams.of(province.id(), "values-" + indicator.code());
            double propensity = propensity(province, indicator);
            double[] raw = new double[stockSpans.size()];
            long[] denominators = new long[stockSpans.size()];
            for (int i = 0; i < raw.length; i++) {
                int t = stockSpans.get(i).year() - 2019;
                long areas = Objects.requireNonNull(
                        residentialAreas.get(stockSpans.get(i).year()), "residential areas of every year");
                denominators[i] = areas;
                raw[i] = draw.logNormal(0.01)
                        * switch (indicator) {
                            case CULTURAL_RESIDENTIAL_AREAS ->
                                areas * Math.clamp(0.80 + 0.04 * propensity + 0.008 * t, 0.5, 0.98);
                            case CULTURAL_FAMILIES ->
                                province.population()
                                        * (1 + 0.009 * t)
                                        / 3.4
                                        * Math.clamp(0.88 + 0.03 * propensity + 0.004 * t, 0.7, 0.98);
                            case VILLAGE_COVENANTS ->
                                areas * Math.clamp(0.96 + 0.015 * propensity + 0.003 * t, 0.85, 1);
                            case FIVE_NO_RESIDENTIAL_AREAS ->
                                areas * Math.clamp(0.30 + 0.08 * propensity + 0.03 * t, 0.1, 0.9);
                            default -> areas * 0.35 * Math.exp(0.3 * propensity) * (1 + 0.03 * t); // self-managed teams
                        };
            }
            emit(
                    province,
                    indicator,
                    stockSpans,
                    raw,
                    indicator == Indicator.CULTURAL_RESIDENTIAL_AREAS ? denominators : null);
        }
    }

    /** How far above (or below) the usual a province reports this indicator, in standard deviations. */
    private double propensity(Province province, Indicator indicator) {
        return units.trait(
                province,
                p -> streams.of(p.id(), "propensity-" + indicator.code()).gaussian());
    }

    private static List<Indicator> flowIndicators() {
        List<Indicator> flows =
                new ArrayList<>(THAI_BINH_FIVE_YEARS.keySet().stream().sorted().toList());
        flows.addAll(OTHER_FLOWS.keySet().stream().sorted().toList());
        flows.add(Indicator.DOCUMENTS_ISSUED);
        return flows;
    }

    private static double perThousand(Indicator indicator) {
        Integer thaiBinh = THAI_BINH_FIVE_YEARS.get(indicator);
        return thaiBinh != null ? thaiBinh / (THAI_BINH_THOUSANDS * 5) : OTHER_FLOWS.get(indicator);
    }

    private static double covidDip(Indicator indicator, int year) {
        if (!GATHERINGS.contains(indicator)) {
            return 1;
        }
        return year == 2020 ? 0.7 : year == 2021 ? 0.6 : 1;
    }

    /** Rounds the values, first scaling the series to its anchor so that the anchored spans add up to it exactly. */
    private void emit(
            Province province, Indicator indicator, List<Span> spans, double[] raw, long @Nullable [] denominators) {
        long[] values = new long[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = Math.round(raw[i]);
        }
        ANCHORS.stream()
                .filter(a -> a.provinceId() == province.id() && a.indicator() == indicator)
                .findFirst()
                .ifPresent(anchor -> {
                    List<Integer> anchored = new ArrayList<>();
                    double sum = 0;
                    for (int i = 0; i < spans.size(); i++) {
                        if (spans.get(i).year() >= anchor.fromYear()
                                && spans.get(i).year() <= anchor.toYear()) {
                            anchored.add(i);
                            sum += raw[i];
                        }
                    }
                    double factor = anchor.target() / sum;
                    for (int i = 0; i < raw.length; i++) {
                        values[i] = Math.round(raw[i] * factor);
                    }
                    int[] exact = Apportion.of(
                            (int) anchor.target(),
                            anchored.stream().mapToDouble(i -> raw[i]).toArray());
                    for (int k = 0; k < anchored.size(); k++) {
                        values[anchored.get(k)] = exact[k];
                    }
                });
        for (int i = 0; i < values.length; i++) {
            Long denominator = denominators == null ? null : denominators[i];
            long numerator = denominator == null ? values[i] : Math.min(values[i], denominator);
            rows.add(new ValueRow(
                    indicator.code(),
                    province.id(),
                    spans.get(i).start(),
                    spans.get(i).end(),
                    numerator,
                    denominator));
        }
    }

    /** Residential areas assessed per province and year (the sum of its communes' totals). */
    private Map<Long, Map<Integer, Long>> residentialAreas(List<AssessmentRow> assessments) {
        Map<Long, Long> provinceOf = new HashMap<>();
        for (List<Province> era : List.of(units.oldProvinces(), units.newProvinces())) {
            era.forEach(p -> p.communes().forEach(c -> provinceOf.put(c.id(), p.id())));
        }
        Map<Long, Map<Integer, Long>> areas = new HashMap<>();
        assessments.stream()
                .filter(a -> a.category() == Category.RESIDENTIAL_AREA)
                .forEach(a -> areas.computeIfAbsent(provinceOf.get(a.unitId()), id -> new HashMap<>())
                        .merge(a.year(), (long) a.total(), Long::sum));
        return areas;
    }
}
