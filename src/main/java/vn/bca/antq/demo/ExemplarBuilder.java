package vn.bca.antq.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Advanced exemplars recognised at the festival (August) or the year-end review (December), 2010–2026: about 1,100
 * nationally by the end of 2025 (DOMAIN.md), on the commune valid on that day, often linked to a running model.
 */
final class ExemplarBuilder {

    private static final int NATIONAL_TOTAL_2010_2026 = 1_190;
    private static final int FIRST_YEAR = 2010;
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
                .mapToDouble(p -> p.population() * streams.of(p.id(), "exemplar-weight").logNormal(0.3)).toArray();
        int[] counts = Apportion.of(NATIONAL_TOTAL_2010_2026 * scale, weights);
        List<ExemplarRow> rows = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            Province province = provinces.get(i);
            Draw draw = streams.of(province.id(), "exemplars");
            for (int n = 0; n < counts[i]; n++) {
                rows.add(exemplar(draw, province, plansByProvince.getOrDefault(province.id(), List.of())));
            }
        }
        return rows;
    }

    private ExemplarRow exemplar(Draw draw, Province province, List<Plan> plans) {
        double[] yearWeights = new double[LAST_YEAR - FIRST_YEAR + 1];
        for (int i = 0; i < yearWeights.length; i++) {
            yearWeights[i] = 1 + 0.1 * i;
        }
        int year = FIRST_YEAR + draw.weighted(yearWeights);
        LocalDate on = draw.chance(0.5) ? draw.date(LocalDate.of(year, 8, 1), LocalDate.of(year, 8, 19))
                : draw.date(LocalDate.of(year, 12, 10), LocalDate.of(year, 12, 28));
        boolean oldEra = on.isBefore(Era.REFORM_DATE);
        List<Plan> running = plans.stream().filter(p -> isRunning(p.model(), on)).toList();
        @Nullable Plan plan = !running.isEmpty() && draw.chance(0.6) ? draw.pick(running) : null;
        List<Commune> communes = !oldEra ? units.successorOf(province).communes()
                : plan != null ? plan.pool() : province.communes();
        Commune commune = draw.pick(communes);
        String hamlet = DemoUnits.inText(Names.hamlet(commune, draw.between(1, 12)));
        boolean collective = draw.chance(0.55);
        String name = collective
                ? draw.pick(List.of("Nhân dân và cán bộ " + hamlet, "Ban Công an " + hamlet, "Tổ tự quản " + hamlet))
                : Names.person(draw) + ", " + hamlet;
        return new ExemplarRow(commune.id(), plan == null ? null : plan.model().index(), Names.site(name, commune),
                collective ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL, on);
    }

    private static boolean isRunning(ModelRow model, LocalDate on) {
        return !model.startedOn().isAfter(on) && (model.retiredOn() == null || model.retiredOn().isAfter(on));
    }
}
