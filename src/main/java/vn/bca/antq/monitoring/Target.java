package vn.bca.antq.monitoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Indicator;

/** The value an indicator should reach in a unit by the deadline of a year (percent for a rate), and who set it. */
public record Target(
        Indicator indicator, long unitId, int year, BigDecimal value, LocalDate deadline, String setBy, Instant setAt)
        implements Serializable {

    /** How far {@code value} is short of the target (zero once reached); null without a value. */
    public @Nullable BigDecimal shortBy(@Nullable BigDecimal value) {
        return value == null ? null : this.value.subtract(value).max(BigDecimal.ZERO);
    }

    /** The deadline when none is given: the last day of the year. */
    public static LocalDate endOf(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
