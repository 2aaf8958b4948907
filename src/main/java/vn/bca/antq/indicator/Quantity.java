package vn.bca.antq.indicator;

/** What an indicator's value counts. */
public enum Quantity {
    COUNT,
    PERSONS,
    PERCENT,
    VND
}
