package vn.bca.antq.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.PredecessorShare;
import vn.bca.antq.admin.UnitLevel;

/**
 * The two structures tell the same story (docs/GEOGRAPHY.md), for every year 2019–2026 and every count the catalogue
 * adds up (counts, and the numerators and denominators of rates), on the demo database:
 * <ul>
 * <li>the provinces add up to the same national total on today's structure as on the structure of the year;</li>
 * <li>a new province holds exactly what the old provinces it absorbed hold;</li>
 * <li>the new communes of a province hold exactly what the old communes that went into them held: every old unit's
 * shares add up to it.</li>
 * </ul>
 */
@IntegrationTest
class StructureInvariantsTest {

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Test
    void bothStructuresAddUpToTheSameTotalsInEveryYearForEveryCount() {
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        long communeFigures = 0;
        long estimates = 0;
        for (int year = Years.FIRST; year <= Years.LAST; year++) {
            Period period = Period.year(year);
            for (Indicator indicator : Arrays.stream(Indicator.values())
                    .filter(i -> i.aggregation() != Aggregation.NONE)
                    .toList()) {
                List<Figure> today = indicators.figures(indicator, Era.PROVINCES_34, UnitLevel.PROVINCE, period);
                List<Figure> reported = indicators.figures(indicator, Era.PROVINCES_63, UnitLevel.PROVINCE, period);
                boolean carried = year <= Era.REFORM_DATE.getYear(); // old units' facts end on 30/06/2025
                List<Figure> newCommunes = carried
                        ? indicators.figures(indicator, Era.PROVINCES_34, UnitLevel.COMMUNE, period)
                        : List.of();
                Map<AdminUnit, Figure> oldUnits = new HashMap<>();
                for (UnitLevel level :
                        carried ? List.of(UnitLevel.DISTRICT, UnitLevel.COMMUNE) : List.<UnitLevel>of()) {
                    indicators
                            .figures(indicator, Era.PROVINCES_63, level, period)
                            .forEach(f -> oldUnits.put(f.unit(), f));
                }
                if (carried) {
                    long withData = newCommunes.stream().filter(Figure::hasData).count();
                    long estimated = newCommunes.stream()
                            .filter(f -> f.hasData() && f.estimate())
                            .count();
                    communeFigures += withData;
                    estimates += estimated;
                    if (indicator == Indicator.COVERAGE_RESIDENTIAL_AREAS && year == 2024) {
                        System.out.printf(
                                "Estimates, %s %d: %d of %d new communes' figures%n",
                                indicator, year, estimated, withData);
                    }
                }
                for (Count count : Count.of(indicator)) {
                    String what = indicator + " " + count.name + " " + year;
                    if (year < Era.REFORM_DATE.getYear()) {
                        softly.assertThat(sum(today, count))
                                .as("national total on both structures, " + what)
                                .isEqualTo(sum(reported, count));
                        Map<Long, Long> absorbed = new HashMap<>();
                        reported.forEach(f -> absorbed.merge(
                                units.rollUpParent(f.unit()).orElseThrow().getId(), count.of(f), Long::sum));
                        for (Figure province : today) {
                            softly.assertThat(count.of(province))
                                    .as(province.unit().getShortName() + " = what it absorbed, " + what)
                                    .isEqualTo(absorbed.getOrDefault(
                                            province.unit().getId(), 0L));
                        }
                    }
                    if (indicator.restatement() == Restatement.APPORTIONED && carried) {
                        checkCommunes(softly, newCommunes, oldUnits, count, what, year < Era.REFORM_DATE.getYear());
                    }
                    checked++;
                }
            }
        }
        System.out.printf(
                "Estimates, every indicator 2019-2025: %d of %d new communes' figures with data%n",
                estimates, communeFigures);
        softly.assertAll();
        assertThat(checked).as("counts checked over 8 years").isGreaterThan(8 * 40);
    }

    /**
     * Each old unit's shares add up to it; and before the reform (when new communes have no facts of their own) the
     * new communes of each province add up to the old units they carry.
     */
    private void checkCommunes(
            SoftAssertions softly,
            List<Figure> newCommunes,
            Map<AdminUnit, Figure> oldUnits,
            Count count,
            String what,
            boolean onlyCarried) {
        Map<AdminUnit, List<PredecessorShare>> sharesByPredecessor = new HashMap<>();
        Map<AdminUnit, Long> communesByProvince = new HashMap<>();
        Map<AdminUnit, Long> carriedByProvince = new HashMap<>();
        for (Figure commune : newCommunes) {
            AdminUnit province =
                    units.ancestorAt(commune.unit(), UnitLevel.PROVINCE).orElseThrow();
            communesByProvince.merge(province, count.of(commune), Long::sum);
            for (PredecessorShare share : units.sharesOf(commune.unit())) {
                sharesByPredecessor
                        .computeIfAbsent(share.predecessor(), p -> new ArrayList<>())
                        .add(share);
                if (share.position() == 0) {
                    carriedByProvince.merge(province, count.of(oldUnits.get(share.predecessor())), Long::sum);
                }
            }
        }
        sharesByPredecessor.forEach((predecessor, shares) -> {
            long whole = count.of(oldUnits.get(predecessor));
            softly.assertThat(shares)
                    .as("every successor of " + predecessor)
                    .hasSize(shares.getFirst().parts());
            softly.assertThat(shares.stream().mapToLong(s -> s.of(whole)).sum())
                    .as("shares of " + predecessor + ", " + what)
                    .isEqualTo(whole);
        });
        if (onlyCarried) {
            communesByProvince.forEach((province, sum) -> softly.assertThat(sum)
                    .as("communes of " + province.getShortName() + " = the old units they carry, " + what)
                    .isEqualTo(carriedByProvince.getOrDefault(province, 0L)));
        }
    }

    private static long sum(List<Figure> figures, Count count) {
        return figures.stream().mapToLong(count::of).sum();
    }

    /** A count a figure holds: a count indicator's value, or a rate's numerator or denominator. */
    private record Count(String name, Function<Figure, @Nullable Long> part) {

        static List<Count> of(Indicator indicator) {
            return indicator.aggregation() == Aggregation.RATIO
                    ? List.of(new Count("numerator", Figure::numerator), new Count("denominator", Figure::denominator))
                    : List.of(new Count("count", Figure::numerator));
        }

        long of(Figure figure) {
            Long value = part.apply(figure);
            return value == null ? 0 : value;
        }
    }
}
