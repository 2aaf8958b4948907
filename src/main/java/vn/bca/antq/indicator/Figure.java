package vn.bca.antq.indicator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceKind;

/**
 * One indicator's figure for one unit and period, with everything needed to explain it: numerator and denominator
 * of a rate, whether it is only a lower bound ("hơn 500"), whether it was reported for this unit as a total or summed
 * from its sub-units, and the sources it comes from. On today's structure a new commune's figure of a period before
 * the 2025 reform is {@code restated} from the old units it was formed from, and an {@code estimate} when it holds an
 * equal share of an old unit split among several new communes (see {@link Restatement}, docs/GEOGRAPHY.md).
 */
public record Figure(
        AdminUnit unit,
        Indicator indicator,
        Period period,
        @Nullable Long numerator,
        @Nullable Long denominator,
        @Nullable BigDecimal publishedRate,
        boolean lowerBound,
        boolean reportedForUnit,
        List<Source> sources,
        boolean restated,
        boolean estimate)
        implements Serializable {

    public static Figure empty(AdminUnit unit, Indicator indicator, Period period) {
        return new Figure(unit, indicator, period, null, null, null, false, false, List.of(), false, false);
    }

    public boolean hasData() {
        return value() != null;
    }

    /** The figure to show: a count, or a percentage (the published one where a source printed it). */
    public @Nullable BigDecimal value() {
        return switch (indicator.aggregation()) {
            case SUM -> numerator == null ? null : BigDecimal.valueOf(numerator);
            case RATIO -> publishedRate != null ? publishedRate : rate();
            case NONE ->
                publishedRate != null ? publishedRate : numerator == null ? null : BigDecimal.valueOf(numerator);
        };
    }

    private @Nullable BigDecimal rate() {
        if (numerator == null || denominator == null || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    public Set<SourceKind> sourceKinds() {
        Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
        sources.forEach(s -> kinds.add(s.getKind()));
        return kinds;
    }

    /** Some of the figure is synthetic demo data. */
    public boolean synthetic() {
        return sources.stream().anyMatch(s -> s.getKind() == SourceKind.SYNTHETIC);
    }

    /** All of the figure is synthetic demo data. */
    public boolean whollySynthetic() {
        return !sources.isEmpty() && sources.stream().allMatch(s -> s.getKind() == SourceKind.SYNTHETIC);
    }

    /** Some of the figure comes from an import the ministry has not approved yet. */
    public boolean unapproved() {
        return sources.stream().anyMatch(Source::isUnapproved);
    }
}
