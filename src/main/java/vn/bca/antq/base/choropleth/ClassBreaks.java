package vn.bca.antq.base.choropleth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Class breaks for a choropleth: quantiles (about the same number of units in each class; good for skewed counts),
 * equal intervals (classes of equal width; good for shares in percent) or diverging classes (changes: equal widths
 * symmetric around zero, with zero in the middle class). Null and non-finite values are "no data" and never move a
 * break. Ties can merge quantile classes, so a classification may have fewer classes than asked for; all-equal
 * values give one class, no values give none.
 */
public final class ClassBreaks {

    private ClassBreaks() {}

    public static Classification quantiles(
            Collection<? extends @Nullable Number> values, int classes, ColourRamp ramp) {
        double[] sorted = finiteSorted(values);
        check(classes);
        if (sorted.length == 0) {
            return new Classification(List.of(), List.of());
        }
        List<Double> bounds = new ArrayList<>();
        bounds.add(sorted[0]);
        for (int j = 1; j < classes; j++) {
            double bound =
                    sorted[(int) ((long) j * sorted.length / classes)]; // class j starts at its share of the units
            if (bound > bounds.getLast()) {
                bounds.add(bound);
            }
        }
        return close(bounds, sorted[sorted.length - 1], ramp);
    }

    public static Classification equalIntervals(
            Collection<? extends @Nullable Number> values, int classes, ColourRamp ramp) {
        double[] sorted = finiteSorted(values);
        check(classes);
        if (sorted.length == 0) {
            return new Classification(List.of(), List.of());
        }
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        List<Double> bounds = new ArrayList<>();
        bounds.add(min);
        for (int j = 1; j < classes && max > min; j++) {
            bounds.add(min + (max - min) * j / classes);
        }
        return close(bounds, max, ramp);
    }

    /**
     * Changes around zero: {@code classes} (odd: 3, 5 or 7) equal intervals from −m to +m, m the largest change either
     * way, so that the middle class holds zero ("no change") and a rise and a fall of the same size get the mirrored
     * colours of a diverging ramp. All changes zero: one class, the ramp's middle colour.
     */
    public static Classification diverging(
            Collection<? extends @Nullable Number> values, int classes, ColourRamp ramp) {
        double[] sorted = finiteSorted(values);
        check(classes);
        if (classes % 2 == 0 || !ramp.diverging()) {
            throw new IllegalArgumentException(
                    "Diverging classes need an odd number of classes and a diverging ramp, not " + classes + " of "
                            + ramp);
        }
        if (sorted.length == 0) {
            return new Classification(List.of(), List.of());
        }
        double m = Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
        if (m == 0) {
            return new Classification(List.of(0.0, 0.0), ramp.colours(1));
        }
        List<Double> bounds = new ArrayList<>();
        for (int j = 0; j < classes; j++) {
            bounds.add(-m + 2 * m * j / classes);
        }
        bounds.add(m);
        return new Classification(bounds, ramp.colours(classes));
    }

    private static Classification close(List<Double> lowerBounds, double max, ColourRamp ramp) {
        List<Double> bounds = new ArrayList<>(lowerBounds);
        bounds.add(max);
        return new Classification(bounds, ramp.colours(bounds.size() - 1));
    }

    private static double[] finiteSorted(Collection<? extends @Nullable Number> values) {
        return values.stream()
                .filter(v -> v != null && Double.isFinite(v.doubleValue()))
                .mapToDouble(Number::doubleValue)
                .sorted()
                .toArray();
    }

    private static void check(int classes) {
        if (classes < ColourRamp.MIN_CLASSES || classes > ColourRamp.MAX_CLASSES) {
            throw new IllegalArgumentException("1 to 7 classes, not " + classes);
        }
    }
}
