package vn.bca.antq.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Period;

/** How a change between two years is measured: points for rates, a difference or a percentage for counts, bounds kept. */
@IntegrationTest
class FigureChangeTest {

    @Autowired
    private AdministrativeUnits units;

    @Test
    void aRateChangesInPercentagePointsComputedFromItsCounts() {
        FigureChange change =
                new FigureChange(hanoi(), rate(2020, 190, 200), rate(2025, 97, 100), ChangeMeasure.POINTS);

        assertThat(change.difference()).isEqualByComparingTo("2");
        assertThat(change.bound()).isEmpty();
    }

    @Test
    void aCountChangesAsADifferenceOrAsAPercentageOfTheFirstYear() {
        assertThat(new FigureChange(hanoi(), count(2020, 200, false), count(2025, 150, false), ChangeMeasure.COUNT)
                        .difference())
                .isEqualByComparingTo("-50");
        assertThat(new FigureChange(hanoi(), count(2020, 200, false), count(2025, 150, false), ChangeMeasure.PERCENT)
                        .difference())
                .isEqualByComparingTo("-25");
        assertThat(new FigureChange(hanoi(), count(2020, 3, false), count(2025, 4, false), ChangeMeasure.PERCENT)
                        .difference())
                .isEqualByComparingTo("33.33");
    }

    @Test
    void aChangeNeedsBothYearsAndAPercentageCannotStartFromZero() {
        assertThat(new FigureChange(
                                hanoi(),
                                Figure.empty(hanoi(), Indicator.MODELS, Period.year(2020)),
                                count(2025, 4, false),
                                ChangeMeasure.COUNT)
                        .hasData())
                .isFalse();
        assertThat(new FigureChange(hanoi(), count(2020, 0, false), count(2025, 4, false), ChangeMeasure.PERCENT)
                        .difference())
                .isNull();
        assertThat(new FigureChange(hanoi(), count(2020, 0, false), count(2025, 4, false), ChangeMeasure.COUNT)
                        .difference())
                .isEqualByComparingTo("4");
    }

    @Test
    void aLowerBoundMakesTheChangeABoundAndTwoLeaveItUnknown() {
        FigureChange atLeast =
                new FigureChange(hanoi(), count(2020, 17, false), count(2022, 500, true), ChangeMeasure.COUNT);
        FigureChange atMost =
                new FigureChange(hanoi(), count(2022, 500, true), count(2023, 520, false), ChangeMeasure.COUNT);

        assertThat(atLeast.difference()).isEqualByComparingTo("483");
        assertThat(atLeast.bound()).isEqualTo("≥ ");
        assertThat(atMost.bound()).isEqualTo("≤ ");
        assertThat(new FigureChange(hanoi(), count(2022, 500, true), count(2023, 520, true), ChangeMeasure.COUNT)
                        .difference())
                .isNull();
    }

    @Test
    void changesPairEachUnitWithItsOwnFigureOfTheFirstYear() {
        List<AdminUnit> provinces =
                units.all(Era.PROVINCES_34, UnitLevel.PROVINCE).subList(0, 2);
        List<Figure> before = List.of(rateOf(provinces.get(1), 2020, 50, 100), rateOf(provinces.get(0), 2020, 80, 100));
        List<Figure> after = List.of(rateOf(provinces.get(0), 2025, 90, 100), rateOf(provinces.get(1), 2025, 40, 100));

        List<FigureChange> changes = FigureChange.of(before, after, ChangeMeasure.POINTS);

        assertThat(changes).extracting(FigureChange::unit).containsExactly(provinces.get(0), provinces.get(1));
        assertThat(changes)
                .extracting(FigureChange::difference)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("-10"));
    }

    @Test
    void measuresFitTheIndicator() {
        assertThat(ChangeMeasure.fitting(Indicator.COVERAGE_COMMUNES)).containsExactly(ChangeMeasure.POINTS);
        assertThat(ChangeMeasure.fitting(Indicator.FESTIVAL_SITES))
                .containsExactly(ChangeMeasure.COUNT, ChangeMeasure.PERCENT);
        assertThat(ChangeMeasure.ofCode(" Percent ")).contains(ChangeMeasure.PERCENT);
        assertThat(ChangeMeasure.ofCode("points").orElseThrow().fits(Indicator.MODELS))
                .isFalse();
    }

    private AdminUnit hanoi() {
        return units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "01").orElseThrow();
    }

    private Figure rate(int year, long recognised, long total) {
        return rateOf(hanoi(), year, recognised, total);
    }

    private static Figure rateOf(AdminUnit unit, int year, long recognised, long total) {
        return new Figure(
                unit,
                Indicator.COVERAGE_COMMUNES,
                Period.year(year),
                recognised,
                total,
                null,
                false,
                true,
                List.of(),
                false,
                false);
    }

    private Figure count(int year, long value, boolean lowerBound) {
        return new Figure(
                hanoi(),
                Indicator.EXEMPLARS,
                Period.year(year),
                value,
                null,
                null,
                lowerBound,
                true,
                List.of(),
                false,
                false);
    }
}
