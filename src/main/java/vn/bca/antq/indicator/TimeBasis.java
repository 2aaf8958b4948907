package vn.bca.antq.indicator;

/** How an indicator relates to time. */
public enum TimeBasis {
    /** What happened during the period (festival sites, banners): the period's events add up. */
    FLOW,
    /** A state at the end of the period (models running, units recognised in the year's assessment). */
    STOCK
}
