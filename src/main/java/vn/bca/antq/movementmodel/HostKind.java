package vn.bca.antq.movementmodel;

/** Where a model runs. */
public enum HostKind {
    RESIDENTIAL_AREA,
    COMMUNE,
    AGENCY,
    ENTERPRISE,
    SCHOOL,
    RELIGIOUS,
    CLAN
}
