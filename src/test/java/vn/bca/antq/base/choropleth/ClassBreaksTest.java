package vn.bca.antq.base.choropleth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Class breaks: every value lands in one class, ties and gaps behave, and "no data" never becomes a colour. */
class ClassBreaksTest {

    @Test
    void quantilesPutTheSameNumberOfUnitsInEachClass() {
        List<Integer> values = IntStream.rangeClosed(1, 10).boxed().toList();

        Classification c = ClassBreaks.quantiles(values, 5, ColourRamp.BLUES);

        assertThat(c.bounds()).containsExactly(1.0, 3.0, 5.0, 7.0, 9.0, 10.0);
        assertThat(c.colours()).containsExactly("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");
        int[] perClass = new int[5];
        values.forEach(v -> perClass[c.classOf(v)]++);
        assertThat(perClass).containsExactly(2, 2, 2, 2, 2);
    }

    @Test
    void quantilesFollowSkewedCountsWhereEqualIntervalsLumpThem() {
        List<Integer> skewed = List.of(1, 2, 2, 3, 4, 5, 6, 8, 12, 500);

        Classification quantiles = ClassBreaks.quantiles(skewed, 5, ColourRamp.GREENS);
        Classification intervals = ClassBreaks.equalIntervals(skewed, 5, ColourRamp.GREENS);

        assertThat(skewed.stream().map(quantiles::classOf).distinct()).hasSize(5);
        assertThat(skewed.stream().map(intervals::classOf).distinct()).containsExactlyInAnyOrder(0, 4);
    }

    @Test
    void equalIntervalsSplitTheRangeIntoEqualWidths() {
        Classification c = ClassBreaks.equalIntervals(List.of(60, 70, 97.37, 100), 4, ColourRamp.GREENS);

        assertThat(c.bounds()).containsExactly(60.0, 70.0, 80.0, 90.0, 100.0);
        assertThat(c.classOf(60)).isZero();
        assertThat(c.classOf(70)).as("a bound starts the upper class").isEqualTo(1);
        assertThat(c.classOf(97.37)).isEqualTo(3);
        assertThat(c.classOf(100)).as("the maximum is in the last class").isEqualTo(3);
        assertThat(c.colourOf(100)).isEqualTo("#238b45");
    }

    @Test
    void missingValuesAreNoDataAndDoNotMoveTheBreaks() {
        List<Double> values = new ArrayList<>(Arrays.asList(10.0, null, 20.0, Double.NaN, 30.0, 40.0));

        Classification c = ClassBreaks.equalIntervals(values, 3, ColourRamp.BLUES);

        assertThat(c.bounds()).containsExactly(10.0, 20.0, 30.0, 40.0);
        assertThat(c.classOf(null)).isEqualTo(-1);
        assertThat(c.colourOf(null)).isNull();
        assertThat(c.colourOf(Double.NaN)).isNull();
        assertThat(c.legend("Số vụ", 0, "").entries()).hasSize(3);
        assertThat(c.legend("Số vụ", 0, "").noDataLabel()).isEqualTo("Không có số liệu");
    }

    @Test
    void allEqualValuesMakeOneClass() {
        Classification quantiles = ClassBreaks.quantiles(List.of(5, 5, 5, 5), 5, ColourRamp.BLUES);
        Classification intervals = ClassBreaks.equalIntervals(List.of(5, 5, 5, 5), 5, ColourRamp.BLUES);

        assertThat(quantiles.classes()).isEqualTo(1);
        assertThat(intervals.classes()).isEqualTo(1);
        assertThat(quantiles.colourOf(5)).isEqualTo("#9ecae1");
        assertThat(quantiles.legend(null, 0, "").entries())
                .singleElement()
                .satisfies(e -> assertThat(e.label()).isEqualTo("5"));
    }

    @Test
    void tiesMergeQuantileClassesInsteadOfMakingEmptyOnes() {
        Classification c = ClassBreaks.quantiles(List.of(0, 0, 0, 0, 0, 0, 1, 2, 3, 4), 5, ColourRamp.ORANGES);

        assertThat(c.bounds()).containsExactly(0.0, 1.0, 3.0, 4.0);
        assertThat(c.classes()).isEqualTo(3);
        assertThat(c.colours()).containsExactly("#fee6ce", "#fdae6b", "#e6550d");
    }

    @Test
    void noValuesMakeNoClassesAndEveryUnitIsNoData() {
        Classification c = ClassBreaks.quantiles(List.of(), 5, ColourRamp.BLUES);

        assertThat(c.classes()).isZero();
        assertThat(c.colourOf(42)).isNull();
        assertThat(c.legend("Trống", 0, "").entries()).isEmpty();
        assertThat(ClassBreaks.equalIntervals(Arrays.asList(null, null), 5, ColourRamp.BLUES)
                        .classes())
                .isZero();
    }

    @Test
    void theLegendWritesNumbersTheVietnameseWay() {
        Classification c = ClassBreaks.equalIntervals(List.of(1000, 1234567.5), 2, ColourRamp.BLUES);

        assertThat(c.legend(null, 1, "").entries())
                .extracting(Legend.Entry::label)
                .containsExactly("1.000 – 617.783,8", "617.783,8 – 1.234.567,5");
        assertThat(ClassBreaks.equalIntervals(List.of(90, 97.37), 1, ColourRamp.GREENS)
                        .legend(null, 2, "%")
                        .entries()
                        .getFirst()
                        .label())
                .isEqualTo("90 – 97,37%");
    }

    @Test
    void divergingClassesAreSymmetricAroundZeroWithZeroInTheNeutralMiddleClass() {
        Classification c = ClassBreaks.diverging(List.of(-1.0, 0.5, 2.0, 5.0), 5, ColourRamp.BRBG);

        assertThat(c.bounds()).containsExactly(-5.0, -3.0, -1.0, 1.0, 3.0, 5.0);
        assertThat(c.classOf(0)).as("no change").isEqualTo(2);
        assertThat(c.colourOf(0)).isEqualTo("#f5f5f5");
        assertThat(c.classOf(-5)).isZero();
        assertThat(c.classOf(5)).isEqualTo(4);
        assertThat(c.colourOf(-4)).as("a fall of 4 is brown").isEqualTo("#a6611a");
        assertThat(c.colourOf(4)).as("a rise of 4 is blue-green").isEqualTo("#018571");
        assertThat(c.classOf(2.0) + c.classOf(-2.0))
                .as("a rise and a fall of the same size mirror each other")
                .isEqualTo(4);
    }

    @Test
    void theLegendOfChangesIsCentredOnZeroAndWritesTheSigns() {
        Classification c = ClassBreaks.diverging(List.of(-0.5, 1.5, 7.2), 5, ColourRamp.BRBG);

        assertThat(c.changeLegend("Thay đổi", 1, "").entries())
                .extracting(Legend.Entry::label)
                .containsExactly("−7,2 – −4,3", "−4,3 – −1,4", "−1,4 – +1,4", "+1,4 – +4,3", "+4,3 – +7,2");
        assertThat(c.changeLegend(null, 0, "%").entries().get(2).label()).isEqualTo("−1 – +1%");
    }

    @Test
    void noChangeAnywhereIsOneNeutralClassAndNoValuesAreNoClass() {
        Classification none = ClassBreaks.diverging(List.of(0, 0, 0), 7, ColourRamp.BRBG);

        assertThat(none.classes()).isEqualTo(1);
        assertThat(none.colourOf(0)).isEqualTo("#f5f5f5");
        assertThat(ClassBreaks.diverging(Arrays.asList(null, Double.NaN), 5, ColourRamp.BRBG)
                        .classes())
                .isZero();
    }

    @Test
    void divergingClassesNeedAnOddCountAndADivergingRamp() {
        assertThatThrownBy(() -> ClassBreaks.diverging(List.of(1, -1), 4, ColourRamp.BRBG))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassBreaks.diverging(List.of(1, -1), 5, ColourRamp.GREENS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDivergingRampIsLightInTheMiddleAndDarkAtBothEnds() {
        for (int n = 3; n <= 7; n += 2) {
            List<String> colours = ColourRamp.BRBG.colours(n);
            int middle = n / 2;
            for (int i = 0; i < middle; i++) {
                assertThat(lightness(colours.get(i)))
                        .as("falls lighten towards the middle, " + n)
                        .isLessThan(lightness(colours.get(i + 1)));
                assertThat(lightness(colours.get(n - 1 - i)))
                        .as("rises lighten towards the middle, " + n)
                        .isLessThan(lightness(colours.get(n - 2 - i)));
            }
        }
    }

    @Test
    void everyRampRunsFromLightToDarkForEveryClassCount() {
        for (ColourRamp ramp :
                Arrays.stream(ColourRamp.values()).filter(r -> !r.diverging()).toList()) {
            for (int n = 1; n <= 7; n++) {
                List<String> colours = ramp.colours(n);
                assertThat(colours).hasSize(n).doesNotHaveDuplicates();
                for (int i = 1; i < n; i++) {
                    assertThat(lightness(colours.get(i))).as(ramp + " " + n).isLessThan(lightness(colours.get(i - 1)));
                }
            }
        }
        assertThatThrownBy(() -> ClassBreaks.quantiles(List.of(1), 8, ColourRamp.BLUES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double lightness(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    }
}
