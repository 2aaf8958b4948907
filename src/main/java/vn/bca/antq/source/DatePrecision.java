package vn.bca.antq.source;

/** How much of a date is known: an article that prints no date is dated only to the month or year it must be from. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
