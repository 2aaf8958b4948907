package vn.bca.antq.indicator;

/** How sub-units' figures combine into a unit's figure. */
public enum Aggregation {
    /** Counts add up. */
    SUM,
    /** Rates are sum(numerator) / sum(denominator), never an average of rates. */
    RATIO,
    /**
     * Shown only where reported, never rolled up: a published rate without its counts, or a count the reporting unit
     * defines its own way. A province or the nation shows no value of its own for it (one commune's 100% is not the
     * nation's); where it was reported is listed apart (see {@link IndicatorService#reportedApart}).
     */
    NONE
}
