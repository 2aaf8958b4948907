package vn.bca.antq.indicator;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.PredecessorShare;

/**
 * A running total: numerator, denominator, lower-bound flag and sources; a published rate survives only alone.
 * {@code restated}: it carries figures of old units onto a new commune; {@code estimate}: some of them are equal
 * shares of an old unit split among several new communes.
 */
final class Tally {
    @Nullable
    Long numerator;

    @Nullable
    Long denominator;

    @Nullable
    BigDecimal publishedRate;

    int rows;
    boolean lowerBound;
    boolean restated;
    boolean estimate;
    final Set<Long> sourceIds = new HashSet<>();

    static Tally of(
            @Nullable Long num,
            @Nullable Long den,
            @Nullable BigDecimal rate,
            int rowCount,
            boolean atLeast,
            long sourceId) {
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
        sum.restated = restated || other.restated;
        sum.estimate = estimate || other.estimate;
        sum.sourceIds.addAll(sourceIds);
        sum.sourceIds.addAll(other.sourceIds);
        return sum;
    }

    /**
     * The part of an old unit's total that a successor carries: its share of the numerator and the denominator
     * ({@code apportioned}), or the whole total ({@link Restatement#SHARE_OF_PREDECESSORS}). A published rate survives
     * only an exact succession.
     */
    Tally carried(PredecessorShare share, boolean apportioned) {
        Tally part = new Tally();
        part.numerator = numerator == null || !apportioned ? numerator : Long.valueOf(share.of(numerator));
        part.denominator = denominator == null || !apportioned ? denominator : Long.valueOf(share.of(denominator));
        part.publishedRate = share.exact() ? publishedRate : null;
        part.rows = rows;
        part.lowerBound = lowerBound;
        part.restated = true;
        part.estimate = estimate || !share.exact();
        part.sourceIds.addAll(sourceIds);
        return part;
    }

    private static @Nullable Long plus(@Nullable Long a, @Nullable Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(a + b);
    }
}
