package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Indicator;

/** One change of a target: its value before and after (null when there was none, or it was removed), by whom, when. */
public record TargetChange(
        Indicator indicator,
        long unitId,
        int year,
        @Nullable BigDecimal before,
        @Nullable BigDecimal after,
        String by,
        Instant at) {}
