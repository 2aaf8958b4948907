package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The rules that raise alerts, each switched on or off by the ADMIN with its threshold ({@code alert_rule}); these are
 * the defaults. Names and explanations are translations {@code alert.rule.<name>} and {@code alert.rule.<name>.help}.
 */
public enum AlertRule {
    /** The deadline has passed and the figure is below its target. */
    BELOW_TARGET(null),
    /** Before the deadline, the figure is below the straight line to its target ({@link TargetProgress}). */
    AT_RISK(null),
    /** A rate fell by more than this many percentage points since last year. */
    RATE_FELL(new BigDecimal("2")),
    /** A count fell by more than this percentage since last year. */
    COUNT_FELL(new BigDecimal("10")),
    /** A province's submission of a dataset is missing (not submitted) after its deadline. */
    SUBMISSION_MISSING(null),
    /** A submission has waited for the ministry's approval more than this many days. */
    APPROVAL_WAITING(new BigDecimal("7")),
    /** Fewer festival sites than last year, once the year's festival results are due. */
    FEWER_FESTIVAL_SITES(null);

    private final @Nullable BigDecimal defaultThreshold;

    AlertRule(@Nullable BigDecimal defaultThreshold) {
        this.defaultThreshold = defaultThreshold;
    }

    public @Nullable BigDecimal defaultThreshold() {
        return defaultThreshold;
    }

    public boolean hasThreshold() {
        return defaultThreshold != null;
    }

    public String labelKey() {
        return "alert.rule." + name();
    }
}
