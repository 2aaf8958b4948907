package vn.bca.antq.geo;

/**
 * Hoàng Sa and Trường Sa: a few pixels at national zoom, so every layer that holds them also carries a label point
 * with the name and the province they belong to.
 */
public enum Archipelago {
    HOANG_SA("Quần đảo Hoàng Sa (Đà Nẵng)", "48", "498", "48", "20333"),
    TRUONG_SA("Quần đảo Trường Sa (Khánh Hòa)", "56", "576", "56", "22736");

    private final String label;
    private final String oldProvinceCode;
    private final String oldDistrictCode;
    private final String newProvinceCode;
    private final String newCommuneCode;

    Archipelago(
            String label,
            String oldProvinceCode,
            String oldDistrictCode,
            String newProvinceCode,
            String newCommuneCode) {
        this.label = label;
        this.oldProvinceCode = oldProvinceCode;
        this.oldDistrictCode = oldDistrictCode;
        this.newProvinceCode = newProvinceCode;
        this.newCommuneCode = newCommuneCode;
    }

    /** The text shown on the map, e.g. "Quần đảo Hoàng Sa (Đà Nẵng)". */
    public String label() {
        return label;
    }

    public String oldProvinceCode() {
        return oldProvinceCode;
    }

    /** The district of the 63-province era (Huyện Hoàng Sa 498, Huyện Trường Sa 576). */
    public String oldDistrictCode() {
        return oldDistrictCode;
    }

    public String newProvinceCode() {
        return newProvinceCode;
    }

    /** The commune of the 34-province era (Đặc khu Hoàng Sa 20333, Đặc khu Trường Sa 22736). */
    public String newCommuneCode() {
        return newCommuneCode;
    }
}
