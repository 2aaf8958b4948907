package vn.bca.antq.indicator;

/** How sub-units' figures combine into a unit's figure. */
public enum Aggregation {
    /** Counts add up. */
    SUM,
    /** Rates are sum(numerator) / sum(denominator), never an average of rates. */
    RATIO,
    /** Shown only where reported (a published rate without counts cannot be combined). */
    NONE
}
