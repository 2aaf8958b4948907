package vn.bca.antq.indicator;

/** Families of indicators, in the order the dashboard shows them. */
public enum IndicatorGroup {
    COVERAGE("Tỷ lệ đạt chuẩn \"An toàn về ANTT\"", "Safety recognition coverage"),
    MODELS("Mô hình tự quản", "Self-management models"),
    FESTIVAL("Ngày hội toàn dân bảo vệ ANTQ", "Festival day"),
    PROPAGANDA("Tuyên truyền", "Propaganda and education"),
    MOBILISATION("Vận động quần chúng", "Mobilisation"),
    REINTEGRATION("Tái hòa nhập cộng đồng", "Reintegration of offenders"),
    CULTURE("Văn hóa cơ sở", "Grassroots culture"),
    DIRECTION("Chỉ đạo, điều hành", "Direction documents"),
    AWARDS("Khen thưởng", "Awards");

    private final String nameVi;
    private final String nameEn;

    IndicatorGroup(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }
}
