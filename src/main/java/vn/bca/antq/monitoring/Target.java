package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.bca.antq.indicator.Indicator;

/** The value an indicator should reach in a unit by the deadline of a year (percent for a rate), and who set it. */
public record Target(
        Indicator indicator, long unitId, int year, BigDecimal value, LocalDate deadline, String setBy, Instant setAt) {

    /** The deadline when none is given: the last day of the year. */
    public static LocalDate endOf(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
