package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The rule of progress to a target: the expected value on a day lies on the straight line from the starting value on
 * 1 January (last year's value for a stock such as a coverage rate; zero for a flow such as festival sites, which
 * count afresh each year) to the target on the deadline.
 * <ul>
 * <li>REACHED: the value is at or above the target;</li>
 * <li>ON_TRACK: not reached, but at or above the expected value;</li>
 * <li>AT_RISK: below the expected value by at most {@link #RISK_SHARE} of the year's planned rise;</li>
 * <li>BEHIND: further below, or below the target once the deadline has passed;</li>
 * <li>NO_DATA: no value yet.</li>
 * </ul>
 * Without a starting value (a stock not measured last year) there is no line: a unit short of its target is on
 * track until the deadline.
 */
public final class TargetProgress {

    /** How far below the straight line a unit may be, as a share of the planned rise, before it is behind. */
    public static final BigDecimal RISK_SHARE = new BigDecimal("0.25");

    private TargetProgress() {}

    /** The value expected on {@code day}: on the line from {@code start} on 1 January to the target on the deadline. */
    public static BigDecimal expected(
            BigDecimal target, BigDecimal start, int year, LocalDate deadline, LocalDate day) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (!day.isAfter(first)) {
            return start;
        }
        if (!day.isBefore(deadline)) {
            return target;
        }
        BigDecimal share = BigDecimal.valueOf(ChronoUnit.DAYS.between(first, day))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(first, deadline)), 6, RoundingMode.HALF_UP);
        return start.add(target.subtract(start).multiply(share)).setScale(4, RoundingMode.HALF_UP);
    }

    public static Progress of(
            BigDecimal target,
            @Nullable BigDecimal start,
            @Nullable BigDecimal value,
            int year,
            LocalDate deadline,
            LocalDate day) {
        if (value == null) {
            return Progress.NO_DATA;
        }
        if (value.compareTo(target) >= 0) {
            return Progress.REACHED;
        }
        if (day.isAfter(deadline)) {
            return Progress.BEHIND;
        }
        if (start == null) {
            return Progress.ON_TRACK;
        }
        BigDecimal expected = expected(target, start, year, deadline, day);
        if (value.compareTo(expected) >= 0) {
            return Progress.ON_TRACK;
        }
        BigDecimal rise = target.subtract(start).max(BigDecimal.ZERO);
        return expected.subtract(value).compareTo(rise.multiply(RISK_SHARE)) <= 0 ? Progress.AT_RISK : Progress.BEHIND;
    }
}
