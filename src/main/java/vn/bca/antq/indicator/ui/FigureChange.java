package vn.bca.antq.indicator.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.indicator.Figure;

/**
 * One unit's figure in two years and the change between them, measured as {@code measure} says. A change needs both
 * figures; a lower bound ("hơn 500") makes the change a bound too, and two lower bounds leave it unknown.
 */
public record FigureChange(AdminUnit unit, Figure before, Figure after, ChangeMeasure measure) {

    /** The changes of the units of {@code after}, in its order, each paired with the same unit's figure in {@code before}. */
    public static List<FigureChange> of(List<Figure> before, List<Figure> after, ChangeMeasure measure) {
        Map<Long, Figure> earlier =
                before.stream().collect(Collectors.toMap(f -> f.unit().getId(), Function.identity(), (a, b) -> a));
        return after.stream()
                .map(f -> new FigureChange(
                        f.unit(),
                        earlier.getOrDefault(
                                f.unit().getId(),
                                Figure.empty(
                                        f.unit(),
                                        f.indicator(),
                                        before.isEmpty()
                                                ? f.period()
                                                : before.getFirst().period())),
                        f,
                        measure))
                .toList();
    }

    /** The change (points, units or percent), or null when a figure is missing, both are lower bounds, or a percentage starts from zero. */
    public @Nullable BigDecimal difference() {
        BigDecimal from = before.value();
        BigDecimal to = after.value();
        if (from == null || to == null || (before.lowerBound() && after.lowerBound())) {
            return null;
        }
        return switch (measure) {
            case POINTS, COUNT -> to.subtract(from);
            case PERCENT ->
                from.signum() == 0
                        ? null
                        : to.subtract(from).multiply(BigDecimal.valueOf(100)).divide(from, 2, RoundingMode.HALF_UP);
        };
    }

    public @Nullable Double number() {
        BigDecimal difference = difference();
        return difference == null ? null : difference.doubleValue();
    }

    public boolean hasData() {
        return difference() != null;
    }

    /** "≥" when the later figure is only a lower bound (the change is at least this), "≤" when the earlier one is. */
    public String bound() {
        return after.lowerBound() ? "≥ " : before.lowerBound() ? "≤ " : "";
    }

    /** Some of either figure awaits the ministry's approval. */
    public boolean unapproved() {
        return before.unapproved() || after.unapproved();
    }
}
