package vn.bca.antq.coverage;

/** The five categories assessed for the "An toàn về an ninh, trật tự" recognition. */
public enum Category {
    RESIDENTIAL_AREA,
    COMMUNE,
    AGENCY,
    ENTERPRISE,
    SCHOOL
}
