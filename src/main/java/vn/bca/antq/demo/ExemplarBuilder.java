package vn.bca.antq.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.Era;
import vn.bca.antq.award.RecipientKind;
import vn.bca.antq.demo.DemoDataset.ExemplarRow;
import vn.bca.antq.demo.DemoDataset.ModelRow;
import vn.bca.antq.demo.DemoUnits.Commune;
import vn.bca.antq.demo.DemoUnits.Province;
import vn.bca.antq.demo.ModelBuilder.Plan;
import vn.bca.antq.demo.RandomStreams.Draw;

/**
 * Advanced exemplars recognised at the festival (August) or the year-end review (December), 2010–2026, on the commune
 * valid on that day, often linked to a running model: about 1,100 nationally by the end of 2025 (docs/DOMAIN.md) in every
 * province but Thái Bình, whose own article counts "hơn 500" by 2022 (seed 000). The count is cumulative, so Thái Bình's
 * synthetic exemplars reach a little over 500 by the end of 2022 and go on growing at the same pace: its series passes
 * through the seed instead of jumping to it.
 */
final class ExemplarBuilder {

    private static final int NATIONAL_TOTAL_2010_2026 = 1_190;
    /** Thái Bình's exemplars recognised 2010–2022: a little over the seed's "hơn 500". */
    static final int THAI_BINH_BY_2022 = 520;

    private static final int FIRST_YEAR = 2010;
    private static final int SEED_YEAR = 2022;
    private static final int LAST_YEAR = 2026;

    private final DemoUnits units;
    private final RandomStreams streams;
    private final int scale;

    ExemplarBuilder(DemoUnits units, RandomStreams streams, int scale) {
        this.units = units;
        this.streams = streams;
        this.scale = scale;
    }

    List<ExemplarRow> build(List<Plan> plans) {
        Map<Long, List<Plan>> plansByProvince = plans.stream().collect(Collectors.groupingBy(Plan::scope));
        List<Province> provinces = units.oldProvinces();
        double[] weights = provinces.stream()
                .mapToDouble(p -> p.id() == DemoUnits.THAI_BINH
                        ? 0
                        : p.population() * streams.of(p.id(), "exemplar-weight").logNormal(0.3))
                .toArray();
        int[] counts = Apportion.of(NATIONAL_TOTAL_2010_2026 * scale, weights);
        List<ExemplarRow> rows = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            Province province = provinces.get(i);
            Draw draw = streams.of(province.id(), "exemplars");
            List<Plan> own = plansByProvince.getOrDefault(province.id(), List.of());
            if (province.id() == DemoUnits.THAI_BINH) {
                int later = (int) Math.round(
                        THAI_BINH_BY_2022 * weight(SEED_YEAR + 1, LAST_YEAR) / weight(FIRST_YEAR, SEED_YEAR));
                add(rows, THAI_BINH_BY_2022 * scale, () -> exemplar(draw, province, own, FIRST_YEAR, SEED_YEAR));
                add(rows, later * scale, () -> exemplar(draw, province, own, SEED_YEAR + 1, LAST_YEAR));
            } else {
                add(rows, counts[i], () -> exemplar(draw, province, own, FIRST_YEAR, LAST_YEAR));
            }
        }
        return rows;
    }

    private static void add(List<ExemplarRow> rows, int count, Supplier<ExemplarRow> exemplar) {
        for (int n = 0; n < count; n++) {
            rows.add(exemplar.get());
        }
    }

    /** More exemplars are recognised each year than the year before: year y weighs 1 + 0.1 (y − 2010). */
    private static double weight(int year) {
        return 1 + 0.1 * (year - FIRST_YEAR);
    }

    private static double weight(int fromYear, int toYear) {
        return IntStream.rangeClosed(fromYear, toYear)
                .mapToDouble(ExemplarBuilder::weight)
                .sum();
    }

    private ExemplarRow exemplar(Draw draw, Province province, List<Plan> plans, int fromYear, int toYear) {
        int year = fromYear
                + draw.weighted(IntStream.rangeClosed(fromYear, toYear)
                        .mapToDouble(ExemplarBuilder::weight)
                        .toArray());
        LocalDate on = draw.chance(0.5)
                ? draw.date(LocalDate.of(year, 8, 1), LocalDate.of(year, 8, 19))
                : draw.date(LocalDate.of(year, 12, 10), LocalDate.of(year, 12, 28));
        boolean oldEra = on.isBefore(Era.REFORM_DATE);
        List<Plan> running =
                plans.stream().filter(p -> isRunning(p.model(), on)).toList();
        @Nullable Plan plan = !running.isEmpty() && draw.chance(0.6) ? draw.pick(running) : null;
        List<Commune> communes =
                !oldEra ? units.successorOf(province).communes() : plan != null ? plan.pool() : province.communes();
        Commune commune = draw.pick(communes);
        String hamlet = DemoUnits.inText(Names.hamlet(commune, draw.between(1, 12)));
        boolean collective = draw.chance(0.55);
        String name = collective
                ? draw.pick(List.of("Nhân dân và cán bộ " + hamlet, "Ban Công an " + hamlet, "Tổ tự quản " + hamlet))
                : Names.person(draw) + ", " + hamlet;
        return new ExemplarRow(
                commune.id(),
                plan == null ? null : plan.model().index(),
                Names.site(name, commune),
                collective ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL,
                on);
    }

    private static boolean isRunning(ModelRow model, LocalDate on) {
        return !model.startedOn().isAfter(on)
                && (model.retiredOn() == null || model.retiredOn().isAfter(on));
    }
}
