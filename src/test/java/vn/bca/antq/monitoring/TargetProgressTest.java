package vn.bca.antq.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TargetProgressTest {

    private static final int YEAR = 2026;
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    /** Day 181 of 364 days to the deadline: very nearly half way. */
    private static final LocalDate MID_YEAR = LocalDate.of(2026, 7, 1);

    @Test
    void theExpectedValueRunsInAStraightLineFromTheStartOnFirstJanuaryToTheTargetOnTheDeadline() {
        assertThat(expected("90", "98", LocalDate.of(2026, 1, 1))).isEqualByComparingTo("90");
        assertThat(expected("90", "98", DEADLINE)).isEqualByComparingTo("98");
        assertThat(expected("90", "98", LocalDate.of(2027, 3, 1))).isEqualByComparingTo("98");
        // 181 of 364 days: 90 + 8 × 181/364
        assertThat(expected("90", "98", MID_YEAR)).isEqualByComparingTo("93.9780");
    }

    @Test
    void aValueAtOrAboveTheTargetHasReachedItWhateverTheDay() {
        assertThat(progress("90", "98", "98", MID_YEAR)).isEqualTo(Progress.REACHED);
        assertThat(progress("90", "98", "99.5", LocalDate.of(2027, 2, 1))).isEqualTo(Progress.REACHED);
    }

    @Test
    void onTheLineIsOnTrackAndJustBelowItIsAtRisk() {
        assertThat(progress("90", "98", "93.978", MID_YEAR)).isEqualTo(Progress.ON_TRACK);
        assertThat(progress("90", "98", "93.97", MID_YEAR)).isEqualTo(Progress.AT_RISK);
    }

    @Test
    void belowTheLineByMoreThanAQuarterOfThePlannedRiseIsBehind() {
        // the rise is 8 points: a quarter is 2, so the line minus 2 (91,978) is still at risk and below it is behind
        assertThat(progress("90", "98", "91.978", MID_YEAR)).isEqualTo(Progress.AT_RISK);
        assertThat(progress("90", "98", "91.97", MID_YEAR)).isEqualTo(Progress.BEHIND);
    }

    @Test
    void belowTheTargetAfterTheDeadlineIsBehindHoweverClose() {
        assertThat(progress("90", "98", "97.99", DEADLINE)).isEqualTo(Progress.AT_RISK);
        assertThat(progress("90", "98", "97.99", DEADLINE.plusDays(1))).isEqualTo(Progress.BEHIND);
    }

    @Test
    void withoutAValueThereIsNoProgressAndWithoutAStartNoLine() {
        assertThat(progress("90", "98", null, MID_YEAR)).isEqualTo(Progress.NO_DATA);
        assertThat(TargetProgress.of(new BigDecimal("98"), null, new BigDecimal("50"), YEAR, DEADLINE, MID_YEAR))
                .isEqualTo(Progress.ON_TRACK);
        assertThat(TargetProgress.of(
                        new BigDecimal("98"), null, new BigDecimal("50"), YEAR, DEADLINE, DEADLINE.plusDays(1)))
                .isEqualTo(Progress.BEHIND);
    }

    @Test
    void aUnitAlreadyAboveItsTargetLastYearThatFellBelowItIsBehind() {
        assertThat(progress("99", "98", "97", MID_YEAR)).isEqualTo(Progress.BEHIND);
    }

    private static BigDecimal expected(String start, String target, LocalDate day) {
        return TargetProgress.expected(new BigDecimal(target), new BigDecimal(start), YEAR, DEADLINE, day);
    }

    private static Progress progress(String start, String target, String value, LocalDate day) {
        return TargetProgress.of(
                new BigDecimal(target),
                new BigDecimal(start),
                value == null ? null : new BigDecimal(value),
                YEAR,
                DEADLINE,
                day);
    }
}
