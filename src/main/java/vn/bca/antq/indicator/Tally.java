package vn.bca.antq.indicator;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A running total: numerator, denominator, lower-bound flag and sources; a published rate survives only alone. */
final class Tally {
    @Nullable Long numerator;
    @Nullable Long denominator;
    @Nullable BigDecimal publishedRate;
    int rows;
    boolean lowerBound;
    final Set<Long> sourceIds = new HashSet<>();

    static Tally of(@Nullable Long num, @Nullable Long den, @Nullable BigDecimal rate, int rowCount, boolean atLeast, long sourceId) {
        Tally t = new Tally();
        t.numerator = num;
        t.denominator = den;
        t.publishedRate = rowCount == 1 ? rate : null;
        t.rows = rowCount;
        t.lowerBound = atLeast;
        t.sourceIds.add(sourceId);
        return t;
    }

    /** Adds another total; the result of adding two has no published rate (rates are recomputed from the sums). */
    Tally add(Tally other) {
        Tally sum = new Tally();
        sum.numerator = plus(numerator, other.numerator);
        sum.denominator = plus(denominator, other.denominator);
        sum.publishedRate = null;
        sum.rows = rows + other.rows;
        sum.lowerBound = lowerBound || other.lowerBound;
        sum.sourceIds.addAll(sourceIds);
        sum.sourceIds.addAll(other.sourceIds);
        return sum;
    }

    private static @Nullable Long plus(@Nullable Long a, @Nullable Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(a + b);
    }
}
