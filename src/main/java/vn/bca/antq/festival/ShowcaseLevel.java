package vn.bca.antq.festival;

/** The level that chose a festival site as its showcase. */
public enum ShowcaseLevel {
    MINISTRY,
    PROVINCE,
    DISTRICT,
    COMMUNE
}
