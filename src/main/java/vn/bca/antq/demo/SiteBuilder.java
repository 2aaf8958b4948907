package vn.bca.antq.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bca.antq.admin.Era;
import vn.bca.antq.base.text.VietnameseText;
import vn.bca.antq.demo.DemoDataset.ModelRow;
import vn.bca.antq.demo.DemoDataset.SiteRow;
import vn.bca.antq.demo.DemoUnits.Commune;
import vn.bca.antq.demo.ModelBuilder.Plan;
import vn.bca.antq.demo.RandomStreams.Draw;

/**
 * The replication sites of each model. A site on an old commune still running at the reform ends on 30/06/2025
 * (old communes cease to exist then) and continues from 01/07/2025 on the new commune that took the old one over.
 */
final class SiteBuilder {

    private static final LocalDate LAST_OLD_DAY = Era.REFORM_DATE.minusDays(1);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate END_2026 = LocalDate.of(2026, 12, 31);

    private final DemoUnits units;
    private final RandomStreams streams;
    private final Map<Long, Draw> draws = new HashMap<>();
    private final List<SiteRow> rows = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();

    SiteBuilder(DemoUnits units, RandomStreams streams) {
        this.units = units;
        this.streams = streams;
    }

    List<SiteRow> build(List<Plan> plans) {
        plans.forEach(this::sites);
        return rows;
    }

    private void sites(Plan plan) {
        Draw draw = draws.computeIfAbsent(plan.scope(), scope -> streams.of(scope, "sites"));
        ModelRow model = plan.model();
        boolean oldEra = model.startedOn().isBefore(Era.REFORM_DATE);
        LocalDate lastStart = model.retiredOn() != null ? model.retiredOn() : oldEra ? END_2024 : END_2026;
        Map<Long, Integer> perCommune = new HashMap<>();
        int firstHamlet = draw.between(1, 8);
        for (int k = 0; k < plan.sites(); k++) {
            Commune commune = k == 0 ? plan.pilot() : draw.pick(plan.pool());
            int n = perCommune.merge(commune.id(), 1, Integer::sum);
            String place = Names.place(model.hostKind(), commune, firstHamlet + n - 1, draw);
            int teams = 1 + draw.weighted(45, 25, 15, 10, 5);
            int members = Math.clamp(teams * draw.between(4, 9), 5, 40);
            LocalDate started = k == 0 ? model.startedOn() : draw.date(model.startedOn(), lastStart);
            String at = unique(
                    model,
                    commune,
                    place,
                    place + ", " + Names.hamlet(commune, firstHamlet + n - 1).toLowerCase());
            String name = Names.site(at, commune);
            if (oldEra && model.retiredOn() == null) {
                rows.add(new SiteRow(model.index(), commune.id(), name, teams, members, started, LAST_OLD_DAY));
                units.successorOf(commune)
                        .ifPresent(next -> rows.add(new SiteRow(
                                model.index(),
                                next.id(),
                                Names.site(
                                        unique(model, next, at, at + " (" + DemoUnits.inText(commune.name()) + ")"),
                                        next),
                                teams,
                                members,
                                Era.REFORM_DATE,
                                null)));
            } else {
                rows.add(new SiteRow(model.index(), commune.id(), name, teams, members, started, model.retiredOn()));
            }
        }
    }

    /**
     * The place of a site in the commune: a model never has two sites of one name in a commune (the import tells sites
     * apart by it), so a second one takes the {@code alternative}: with its hamlet, or the old commune it came from.
     */
    private String unique(ModelRow model, Commune commune, String place, String alternative) {
        String chosen = place;
        for (int n = 1; !taken.add(model.index() + "|" + commune.id() + "|" + VietnameseText.fold(chosen)); n++) {
            chosen = n == 1 ? alternative : alternative + " (" + n + ")";
        }
        return chosen;
    }
}
