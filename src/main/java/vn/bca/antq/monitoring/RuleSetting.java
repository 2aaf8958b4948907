package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Whether a rule raises alerts, and its threshold (null for a rule without one). */
public record RuleSetting(
        AlertRule rule, boolean enabled, @Nullable BigDecimal threshold) {

    static RuleSetting byDefault(AlertRule rule) {
        return new RuleSetting(rule, true, rule.defaultThreshold());
    }

    /** The threshold, for a rule that has one. */
    BigDecimal limit() {
        if (threshold == null) {
            throw new IllegalStateException(rule + " has no threshold");
        }
        return threshold;
    }
}
