package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.intake.Dataset;

/**
 * An alert as stored: the rule it broke, the unit, the indicator (or the dataset of a submission), the year, the value
 * seen and what it was held against (the target, last year's value, the days waited), since when it is open, and
 * whether someone acknowledged it, with their comment.
 */
public record Alert(
        long id,
        AlertRule rule,
        long unitId,
        @Nullable Indicator indicator,
        @Nullable Dataset dataset,
        int year,
        @Nullable BigDecimal observed,
        @Nullable BigDecimal reference,
        Instant openedAt,
        @Nullable Instant closedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt,
        @Nullable String comment) {

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
