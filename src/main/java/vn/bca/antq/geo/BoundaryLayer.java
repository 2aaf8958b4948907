package vn.bca.antq.geo;

import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/** The boundary layers shipped in src/main/resources/geo (see NOTICE.md there), each joined to units by code. */
public enum BoundaryLayer {
    PROVINCES_63(Era.PROVINCES_63, UnitLevel.PROVINCE, "geo/provinces63_districts705_2024.topo.json", "provinces"),
    DISTRICTS_705(Era.PROVINCES_63, UnitLevel.DISTRICT, "geo/provinces63_districts705_2024.topo.json", "districts"),
    PROVINCES_34(Era.PROVINCES_34, UnitLevel.PROVINCE, "geo/provinces34_communes3321_2025.topo.json", "provinces"),
    COMMUNES_3321(Era.PROVINCES_34, UnitLevel.COMMUNE, "geo/provinces34_communes3321_2025.topo.json", "communes");

    private final Era era;
    private final UnitLevel level;
    private final String resource;
    private final String topoObject;

    BoundaryLayer(Era era, UnitLevel level, String resource, String topoObject) {
        this.era = era;
        this.level = level;
        this.resource = resource;
        this.topoObject = topoObject;
    }

    public Era era() {
        return era;
    }

    public UnitLevel level() {
        return level;
    }

    String resource() {
        return resource;
    }

    String topoObject() {
        return topoObject;
    }

    /** The more detailed commune layer of one new province, for drilling down. */
    static String provinceCommunesResource(String provinceCode) {
        return "geo/communes_2025/" + provinceCode + ".topo.json";
    }
}
