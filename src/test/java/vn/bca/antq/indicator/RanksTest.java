package vn.bca.antq.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/** One rule of ranking for every page, slide and report. */
@IntegrationTest
class RanksTest {

    @Autowired
    private AdministrativeUnits units;

    @Test
    void equalValuesShareARankAndTheNextRankSkipsThem() {
        List<AdminUnit> p = provinces();
        Figure a = count(p.get(0), 10), b = count(p.get(1), 30), c = count(p.get(2), 20), d = count(p.get(3), 20);
        List<Figure> all = List.of(a, b, c, d);

        assertThat(List.of(a, b, c, d)).extracting(f -> Ranks.of(f, all)).containsExactly(4, 1, 2, 2);
        assertThat(Ranks.highestFirst(all)).containsExactly(b, c, d, a);
    }

    @Test
    void unitsWithoutDataAreNeitherRankedNorCounted() {
        List<AdminUnit> p = provinces();
        Figure none = Figure.empty(p.get(0), Indicator.MODELS, Period.year(2025));
        Figure some = count(p.get(1), 5);
        List<Figure> all = List.of(none, some);

        assertThat(Ranks.of(none, all)).isZero();
        assertThat(Ranks.of(some, all)).isEqualTo(1);
        assertThat(Ranks.ranked(all)).isEqualTo(1);
        assertThat(Ranks.highestFirst(all)).containsExactly(some);
    }

    private List<AdminUnit> provinces() {
        return units.all(Era.PROVINCES_34, UnitLevel.PROVINCE).subList(0, 4);
    }

    private static Figure count(AdminUnit unit, long value) {
        return new Figure(
                unit, Indicator.MODELS, Period.year(2025), value, null, null, false, true, List.of(), false, false);
    }
}
