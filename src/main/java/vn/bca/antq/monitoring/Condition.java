package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.intake.Dataset;

/** A condition that holds now and keeps its alert open; {@link #key} identifies it across runs. */
record Condition(
        AlertRule rule,
        long unitId,
        @Nullable Indicator indicator,
        @Nullable Dataset dataset,
        int year,
        @Nullable BigDecimal observed,
        @Nullable BigDecimal reference) {

    String key() {
        return rule + "|" + unitId + "|" + (indicator == null ? "" : indicator.code()) + "|"
                + (dataset == null ? "" : dataset.name()) + "|" + year;
    }
}
