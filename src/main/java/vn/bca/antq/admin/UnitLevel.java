package vn.bca.antq.admin;

public enum UnitLevel {
    NATION,
    PROVINCE,
    DISTRICT,
    COMMUNE
}
