package vn.bca.antq.indicator;

/** Families of indicators, in the order the dashboard shows them. */
public enum IndicatorGroup {
    COVERAGE,
    MODELS,
    FESTIVAL,
    PROPAGANDA,
    MOBILISATION,
    REINTEGRATION,
    CULTURE,
    DIRECTION,
    AWARDS
}
