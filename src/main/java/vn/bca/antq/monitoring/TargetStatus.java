package vn.bca.antq.monitoring;

import java.io.Serializable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.indicator.Indicator;

/**
 * One unit's indicator in a year against its target: the target (null: none), last year's value, this year's value,
 * and the progress (null without a target).
 */
public record TargetStatus(
        AdminUnit unit,
        Indicator indicator,
        int year,
        @Nullable Target target,
        @Nullable BigDecimal lastYear,
        @Nullable BigDecimal value,
        @Nullable Progress progress)
        implements Serializable {

    /** How far the value is short of the target (zero once reached); null without a target or a value. */
    public @Nullable BigDecimal gap() {
        return target == null ? null : target.shortBy(value);
    }
}
